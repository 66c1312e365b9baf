import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CertificateState } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';

/** A certificate's state as a small coloured label (the text says it; colour only helps). */
@Component({
  selector: 'cds-state-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip state-{{ state() }}" data-testid="state">{{ 'certification.states.' + state() | translate }}</span>`,
  styles: `
    :host { display: inline-block; }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    .state-valid { background: #d3f0dc; color: #0d4a24; }
    .state-expired { background: #fdefc3; color: #4d3800; }
    .state-superseded { background: #dde3ea; color: #22303c; }
    .state-revoked { background: #fbdad7; color: #7a1a13; }
  `,
})
export class StateChip {
  readonly state = input.required<CertificateState>();
}
