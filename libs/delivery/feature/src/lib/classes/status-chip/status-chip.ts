import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ClassMode, ClassState, EnrolmentState } from '@cds/contracts';
import { TranslatePipe } from '@ngx-translate/core';

export type StatusChipKind = 'mode' | 'class' | 'enrolment';

const KEYS: Record<StatusChipKind, string> = {
  mode: 'classes.modes.',
  class: 'classes.states.',
  enrolment: 'enrolment.states.',
};

/** A class's mode or state, or an enrolment's state, as a small coloured label (text, not colour alone). */
@Component({
  selector: 'cds-status-chip',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip {{ kind() }}-{{ value() }}">{{ key() | translate }}</span>`,
  styles: `
    :host { display: inline-block; }
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 8px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: #e3e3ea;
      color: #1f1f24;
    }
    .mode-online { background: #d8e6ff; color: #0b2d66; }
    .mode-in_person { background: #e8def8; color: #2e1a5c; }
    .mode-blended { background: #d4f0ee; color: #0b413d; }
    .class-upcoming, .enrolment-nominated, .enrolment-requested { background: #fdefc3; color: #4d3800; }
    .class-running, .enrolment-enrolled { background: #d3f0dc; color: #0d4a24; }
    .class-finished, .enrolment-completed { background: #dde3ea; color: #22303c; }
    .class-cancelled, .enrolment-rejected, .enrolment-failed { background: #fbdad7; color: #7a1a13; }
    .enrolment-waitlisted { background: #ffe0c2; color: #5a2d00; }
    .enrolment-withdrawn { background: #e7e0ec; color: #3b3342; }
  `,
})
export class StatusChip {
  readonly kind = input.required<StatusChipKind>();
  readonly value = input.required<ClassMode | ClassState | EnrolmentState>();
  protected readonly key = computed(() => KEYS[this.kind()] + this.value());
}
