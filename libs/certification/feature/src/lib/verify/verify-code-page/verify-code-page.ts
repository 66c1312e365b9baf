import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { VerificationStore } from '@cds/certification/data-access';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { readRefusal } from '../../read-refusal';
import { VerificationDetails } from '../verification-details/verification-details';

/**
 * `/verify/:code`, the page a certificate's QR code opens, for anyone and without signing in: the
 * verdict in large type, what the certificate states and whether its signature checks out. An
 * unknown or malformed code gets a plain answer, not an error pop-up.
 */
@Component({
  selector: 'cds-verify-code-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, RefusalBanner, TranslatePipe, VerificationDetails],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [VerificationStore],
  templateUrl: './verify-code-page.html',
  styleUrls: ['../verify-pages.scss'],
})
export class VerifyCodePage {
  private readonly store = inject(VerificationStore);

  /** From the route. */
  readonly code = input.required<string>();

  protected readonly result = this.store.result;
  protected readonly loading = this.store.loading;
  /** 404: no certificate has this code. */
  protected readonly notFound = computed(() => this.store.error()?.statusCode === 404);
  /** 400: the code cannot be one; the API says why. */
  protected readonly malformed = computed(() => (this.store.error()?.statusCode === 400 ? this.store.error()?.message || null : null));
  /** Anything else (too many checks, no network, a server error). */
  protected readonly failure = computed(() => {
    if (this.loading() || this.result() || this.notFound() || this.malformed() !== null || !this.store.loaded()) return null;
    return readRefusal(this.store.error()) ?? { text: null, key: 'errors.network', params: {} };
  });

  constructor() {
    effect(() => {
      const code = this.code().trim();
      untracked(() => this.store.load(code));
    });
  }
}
