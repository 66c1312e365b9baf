import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { codeFromInput, VerificationStore } from '@cds/certification/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { VerificationDetails } from '../verification-details/verification-details';

/**
 * `/verify`, for anyone: a code (or the whole address from a QR code) opens that certificate's page;
 * a credential file (.json) or a signed PDF is checked here, with the answer and, when authentic,
 * the certificate's state today (it may have been revoked since).
 */
@Component({
  selector: 'cds-verify-form-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    RefusalBanner,
    TranslatePipe,
    VerificationDetails,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [VerificationStore],
  templateUrl: './verify-form-page.html',
  styleUrls: ['../verify-pages.scss'],
})
export class VerifyFormPage {
  private readonly store = inject(VerificationStore);
  private readonly router = inject(Router);

  protected readonly code = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/\S/)] });
  protected readonly form = new FormGroup({ code: this.code });
  protected readonly checking = this.store.checking;
  protected readonly answer = this.store.answer;
  protected readonly problem = this.store.problem;
  protected readonly refusal = this.store.refusal;
  protected readonly fileName = this.store.fileName;

  protected submitCode(): void {
    const code = codeFromInput(this.code.value);
    if (!code) {
      this.code.setErrors({ required: true });
      this.code.markAsTouched();
      return;
    }
    void this.router.navigate(['/verify', code]);
  }

  protected picked(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // The same file may be picked again after an answer.
    input.value = '';
    if (file) this.store.check(file);
  }
}
