import { ChangeDetectionStrategy, Component, computed, inject, Injector, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { ClassSummary, EnrolmentDto, NominateResponse } from '@cds/contracts';
import { EnrolmentQueuesStore, QueueState } from '@cds/delivery/data-access';
import { AuthStore, Refusal, refusalOf } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { LoadMore, RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NgTemplateOutlet } from '@angular/common';
import { StatusChip } from '../../classes/status-chip/status-chip';
import { formatVnDateTimeShort } from '../../classes/vn-time';
import { NominateDialog, NominateDialogData } from '../nominate-dialog/nominate-dialog';
import { ReasonDialog, ReasonDialogData } from '../reason-dialog/reason-dialog';

export type EnrolmentTab = 'pending' | 'waitlist' | 'mine' | 'open';

/** What a decision or withdrawal did, said in words (the outcome line and the live region). */
export function outcomeKey(answer: EnrolmentDto): string {
  switch (answer.state) {
    case 'enrolled':
      return 'enrolment.outcome.enrolled';
    case 'waitlisted':
      return 'enrolment.outcome.waitlisted';
    case 'rejected':
      return 'enrolment.outcome.rejected';
    case 'withdrawn':
      return 'enrolment.outcome.withdrawn';
    default:
      return 'enrolment.outcome.other';
  }
}

/**
 * "Cử đi học và duyệt": for a certifier, nominations and requests to approve or reject (with a
 * reason) and the waiting list; for a unit admin, the nominations of their units and the open
 * classes to nominate people into. Refusals (out of scope, already decided, class closed) show on
 * the page in the person's language.
 */
@Component({
  selector: 'cds-enrolment-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    LoadMore,
    RefusalBanner,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    TranslatePipe,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EnrolmentQueuesStore],
  templateUrl: './enrolment-page.html',
  styleUrl: './enrolment-page.scss',
})
export class EnrolmentPage implements OnInit {
  protected readonly store = inject(EnrolmentQueuesStore);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);

  protected readonly fmt = formatVnDate;
  /** The day in Vietnam of an instant (dd/MM/yyyy). */
  protected readonly day = (iso: string) => formatVnDateTimeShort(iso).slice(0, 10);
  protected readonly canDecide = computed(() => this.auth.can('enrolment.decide'));
  protected readonly canNominate = computed(() => this.auth.can('enrolment.nominate'));
  protected readonly canWithdraw = computed(() => this.canDecide() || this.canNominate());
  protected readonly tabs = computed<EnrolmentTab[]>(() => [
    ...(this.canDecide() ? (['pending'] as const) : []),
    ...(this.canNominate() ? (['mine', 'open'] as const) : []),
    'waitlist',
  ]);
  protected readonly nominated = this.store.queue('nominated');
  protected readonly requested = this.store.queue('requested');
  protected readonly waitlisted = this.store.queue('waitlisted');
  /** Why the last write was refused, shown above the queues. */
  protected readonly refusal = signal<Refusal | null>(null);
  /** The last outcome, read out by the live region. */
  protected readonly announcement = signal('');
  /** The row being approved (its buttons wait). */
  protected readonly acting = signal<number | null>(null);

  ngOnInit(): void {
    this.reload();
  }

  protected reload(): void {
    this.refusal.set(null);
    const states: QueueState[] = ['nominated', 'waitlisted', ...(this.canDecide() ? (['requested'] as const) : [])];
    this.store.load(...states);
    if (this.canNominate()) this.store.loadOpenClasses();
  }

  protected isPending(row: EnrolmentDto): boolean {
    const state = this.store.current(row).state;
    return state === 'nominated' || state === 'requested';
  }

  protected isActive(row: EnrolmentDto): boolean {
    return ['nominated', 'requested', 'waitlisted', 'enrolled'].includes(this.store.current(row).state);
  }

  /** The outcome line of a row decided here. */
  protected outcome(row: EnrolmentDto): string | null {
    const answer = this.store.decided().get(row.id);
    return answer ? this.describe(answer) : null;
  }

  protected approve(row: EnrolmentDto): void {
    if (this.acting() !== null) return;
    this.acting.set(row.id);
    this.refusal.set(null);
    this.store.decide(row, { decision: 'approve' }).subscribe({
      next: (answer) => {
        this.acting.set(null);
        this.announcement.set(this.describe(answer));
        if (answer.state === 'waitlisted') this.waitlisted.reset();
      },
      error: (err: unknown) => {
        this.acting.set(null);
        this.refusal.set(refusalOf(err));
      },
    });
  }

  protected reject(row: EnrolmentDto): void {
    this.askReason({ kind: 'reject', enrolment: row, act: (reason) => this.store.decide(row, { decision: 'reject', reason }) });
  }

  protected withdraw(row: EnrolmentDto): void {
    this.askReason({ kind: 'withdraw', enrolment: row, act: (reason) => this.store.withdraw(row, reason) });
  }

  protected nominate(cls: ClassSummary): void {
    this.dialog
      .open<NominateDialog, NominateDialogData, NominateResponse>(NominateDialog, { data: { cls }, width: '640px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (!answer) return;
        this.announcement.set(this.translate.instant('enrolment.nominate.done', { count: answer.nominated.length, class: cls.code }));
        this.store.load('nominated');
        this.store.loadOpenClasses();
      });
  }

  private askReason(data: ReasonDialogData): void {
    this.refusal.set(null);
    this.dialog
      .open<ReasonDialog, ReasonDialogData, EnrolmentDto>(ReasonDialog, { data, width: '520px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (!answer) return;
        this.announcement.set(this.describe(answer));
        // A withdrawal moves the first one waiting up.
        if (answer.state === 'withdrawn') this.waitlisted.reset();
      });
  }

  private describe(answer: EnrolmentDto): string {
    return this.translate.instant(outcomeKey(answer), {
      name: answer.fullName,
      class: answer.classCode,
      position: answer.waitlistPosition ?? '',
      state: this.translate.instant(`enrolment.states.${answer.state}`),
    });
  }
}
