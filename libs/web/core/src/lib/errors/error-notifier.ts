import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslateService } from '@ngx-translate/core';
import { describeHttpError, ErrorMessage } from './api-error';

/** Turns an HTTP error into a sentence in the person's language. */
@Injectable({ providedIn: 'root' })
export class ErrorMessages {
  private readonly translate = inject(TranslateService);

  /** Translation key and parameters, for templates that re-translate when the language changes. */
  describe(err: unknown): ErrorMessage {
    const httpError = err instanceof HttpErrorResponse ? err : new HttpErrorResponse({ status: -1 });
    return describeHttpError(httpError, (k) => this.translate.instant(k) !== k);
  }

  messageFor(err: HttpErrorResponse): string {
    const { key, params } = this.describe(err);
    return this.translate.instant(key, params);
  }
}

/** Shows an HTTP error in a snack bar, in the person's language. */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly messages = inject(ErrorMessages);
  private readonly translate = inject(TranslateService);

  show(err: HttpErrorResponse): void {
    this.snackBar.open(this.messages.messageFor(err), this.translate.instant('errors.close'), {
      duration: 8000,
      politeness: 'assertive',
    });
  }
}
