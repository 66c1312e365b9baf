import { ChangeDetectionStrategy, Component, computed, inject, input, numberAttribute, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CheckInResponse } from '@cds/contracts';
import { LearningApi } from '@cds/delivery/data-access';
import { Refusal, refusalOf } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { LEARN_PATH, vnTimeAndDate } from '../learning-format';

/** Refusals that a fresh scan of the code on the trainer's screen fixes. */
const SCAN_AGAIN = ['attendance.code_expired', 'attendance.code_invalid'];
const ALREADY = 'attendance.already_checked_in';

/**
 * Where a learner's phone lands after scanning the QR code of a session: posts the code at once and
 * says what happened, in the person's language (the API answers refusals in it).
 */
@Component({
  selector: 'cds-check-in-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, RefusalBanner, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-in-page.html',
  styleUrl: './check-in-page.scss',
})
export class CheckInPage implements OnInit {
  private readonly api = inject(LearningApi);

  /** From the route (`classes/:classId/check-in?code=`). */
  readonly classId = input.required({ transform: numberAttribute });
  readonly code = input<string | undefined>(undefined);

  protected readonly checking = signal(false);
  protected readonly result = signal<CheckInResponse | null>(null);
  protected readonly refusal = signal<Refusal | null>(null);
  protected readonly scanAgain = computed(() => SCAN_AGAIN.includes(this.refusal()?.code ?? ''));
  protected readonly already = computed(() => this.refusal()?.code === ALREADY);
  /** Network trouble or a server error: sending the same code again may work. */
  protected readonly canRetry = computed(() => {
    const r = this.refusal();
    return !!r && r.code === null && r.text === null;
  });
  protected readonly classLink = computed(() => [LEARN_PATH, 'classes', this.classId()]);
  protected readonly homeLink = LEARN_PATH;
  protected readonly at = vnTimeAndDate;

  ngOnInit(): void {
    this.send();
  }

  protected send(): void {
    const code = this.code()?.trim();
    if (!code || this.checking()) return;
    this.checking.set(true);
    this.refusal.set(null);
    this.api.checkIn(this.classId(), { code }).subscribe({
      next: (res) => {
        this.checking.set(false);
        this.result.set(res);
      },
      error: (err: unknown) => {
        this.checking.set(false);
        this.refusal.set(refusalOf(err));
      },
    });
  }
}
