import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { VerificationResult } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { STATE_ICONS, verdictOf, vnDay } from '../../certificate-format';

/**
 * A certificate as the public sees it: a large verdict (valid, expired, revoked, superseded, or not
 * verifiable when the signature fails) with its meaning in a sentence, then what the paper states
 * and the signature check. Presentational: the page reads the result.
 */
@Component({
  selector: 'cds-verification-details',
  imports: [MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verification-details.html',
  styleUrl: './verification-details.scss',
})
export class VerificationDetails {
  readonly result = input.required<VerificationResult>();
  /** The heading level of the verdict (2 on its own page, 3 under an upload's answer). */
  readonly level = input<2 | 3>(2);

  protected readonly day = vnDay;
  protected readonly verdict = computed(() => verdictOf(this.result()));
  protected readonly icon = computed(() => STATE_ICONS[this.verdict()]);
}
