import { ComponentType } from '@angular/cdk/portal';
import { ChangeDetectionStrategy, Component, computed, inject, Injector, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ClassDetail, EnrolmentDto, EnrolmentState, NominateResponse, SessionDto } from '@cds/contracts';
import { ClassStore, DeliveryClassesApi } from '@cds/delivery/data-access';
import { AuthStore, DownloadedFile, fileNameFrom, saveBlob } from '@cds/web/core';
import { formatVnDate } from '@cds/web/i18n';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, Observable, tap } from 'rxjs';
import { NominateDialog, NominateDialogData } from '../../enrolment/nominate-dialog/nominate-dialog';
import { ReasonDialog, ReasonDialogData } from '../../enrolment/reason-dialog/reason-dialog';
import { ClassFormDialog, ClassFormDialogData } from '../class-form-dialog/class-form-dialog';
import { ConfirmDialog, ConfirmDialogData } from '../confirm-dialog/confirm-dialog';
import { participantsSheet } from '../participants-export/participants-sheet';
import { xlsxBlob } from '../participants-export/xlsx-sheet';
import { SessionDialog, SessionDialogData } from '../session-dialog/session-dialog';
import { StatusChip } from '../status-chip/status-chip';
import { formatVnDateTimeShort, formatVnTime, toVnWallTime } from '../vn-time';

/** States from which a person can still be taken out of the class. */
export const WITHDRAWABLE: readonly EnrolmentState[] = ['nominated', 'requested', 'waitlisted', 'enrolled'];

/** A class: its details, its schedule (add to a phone's calendar), its participants; nominate and withdraw. */
@Component({
  selector: 'cds-class-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, MatTableModule, TranslatePipe, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ClassStore],
  templateUrl: './class-page.html',
  styleUrl: './class-page.scss',
})
export class ClassPage implements OnInit {
  private readonly store = inject(ClassStore);
  private readonly api = inject(DeliveryClassesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);

  protected readonly fmt = formatVnDate;
  protected readonly detail = this.store.detail;
  protected readonly sessions = this.store.sessions;
  protected readonly loading = this.store.loading;
  protected readonly error = this.store.error;
  protected readonly participants = this.store.participants;
  protected readonly participantsLoading = this.store.participantsLoading;
  protected readonly participantsLoaded = this.store.participantsLoaded;
  protected readonly participantsError = this.store.participantsError;
  protected readonly busy = signal<'ics' | 'attendance' | null>(null);

  protected readonly canWrite = computed(() => this.auth.can('classes.write'));
  protected readonly canNominate = computed(() => this.auth.can('enrolment.nominate'));
  protected readonly canWithdraw = computed(() => this.auth.can('enrolment.nominate') || this.auth.can('enrolment.decide'));
  protected readonly canTakeAttendance = computed(() => this.auth.can('attendance.take'));
  /** The class's completion board and certification decisions (the certification screens). */
  protected readonly canSeeCompletion = computed(() => this.auth.can('completion.read'));
  protected readonly columns = computed(() => ['fullName', 'unit', 'state', 'waitlist', ...(this.canWithdraw() ? ['actions'] : [])]);
  protected readonly counts = computed(() => {
    const rows = this.participants();
    return { enrolled: rows.filter((e) => e.state === 'enrolled').length, waitlisted: rows.filter((e) => e.state === 'waitlisted').length };
  });

  ngOnInit(): void {
    this.store.load(Number(this.route.snapshot.paramMap.get('id')));
  }

  /** `02/03/2026 08:00 – 11:00` (the end's day too when it is another day). */
  protected when(s: SessionDto): string {
    const sameDay = toVnWallTime(s.startsAt)?.date === toVnWallTime(s.endsAt)?.date;
    return `${formatVnDateTimeShort(s.startsAt)} – ${sameDay ? formatVnTime(s.endsAt) : formatVnDateTimeShort(s.endsAt)}`;
  }

  protected isWithdrawable(e: EnrolmentDto): boolean {
    return WITHDRAWABLE.includes(e.state);
  }

  protected edit(c: ClassDetail): void {
    const data: ClassFormDialogData = { detail: c, courses: [] };
    this.open<ClassFormDialog, ClassFormDialogData, ClassDetail>(ClassFormDialog, data, '640px').subscribe((saved) => {
      this.store.setDetail(saved);
      this.say('classes.detail.saved', { code: saved.code });
    });
  }

  protected editSession(c: ClassDetail, session: SessionDto | null): void {
    const data: SessionDialogData = { classId: c.id, session, defaults: { place: c.place, mode: c.mode, startDate: c.startDate, endDate: c.endDate } };
    this.open<SessionDialog, SessionDialogData, SessionDto>(SessionDialog, data).subscribe((saved) => {
      this.store.putSession(saved);
      this.say(session ? 'classes.sessions.saved' : 'classes.sessions.added', { title: saved.title });
    });
  }

  protected deleteSession(s: SessionDto): void {
    const data: ConfirmDialogData = {
      title: this.translate.instant('classes.sessions.deleteTitle', { title: s.title }),
      text: this.translate.instant('classes.sessions.deleteText', { when: this.when(s) }),
      confirmLabel: this.translate.instant('classes.sessions.delete'),
      act: () => this.api.deleteSession(s.id),
    };
    this.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, data, '480px').subscribe(() => {
      this.store.removeSession(s.id);
      this.say('classes.sessions.deleted', { title: s.title });
    });
  }

  /** Cancels the class, or takes the cancellation back. */
  protected setCancelled(c: ClassDetail, cancelled: boolean): void {
    const key = cancelled ? 'cancel' : 'reopen';
    let saved: ClassDetail | null = null;
    const data: ConfirmDialogData = {
      title: this.translate.instant(`classes.detail.${key}Title`, { code: c.code }),
      text: this.translate.instant(`classes.detail.${key}Text`, { code: c.code, enrolled: c.enrolled }),
      confirmLabel: this.translate.instant(`classes.detail.${key}`),
      act: () => this.api.updateClass(c.id, { cancelled }).pipe(tap((d) => (saved = d))),
    };
    this.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, data, '480px').subscribe(() => {
      if (saved) this.store.setDetail(saved);
      this.say(`classes.detail.${key}ed`, { code: c.code });
    });
  }

  protected nominate(c: ClassDetail): void {
    this.open<NominateDialog, NominateDialogData, NominateResponse>(NominateDialog, { cls: c }, '640px').subscribe((answer) => {
      this.store.reload();
      this.say('enrolment.nominate.done', { count: answer.nominated.length, class: c.code });
    });
  }

  protected withdraw(e: EnrolmentDto): void {
    const data: ReasonDialogData = { kind: 'withdraw', enrolment: e, act: (reason) => this.api.withdraw(e.id, reason) };
    this.open<ReasonDialog, ReasonDialogData, EnrolmentDto>(ReasonDialog, data, '520px').subscribe(() => {
      this.store.reload();
      this.say('enrolment.outcome.withdrawn', { name: e.fullName, class: e.classCode });
    });
  }

  protected downloadIcs(c: ClassDetail): void {
    this.download('ics', this.api.calendarIcs(c.id), `lich-hoc-${c.code}.ics`);
  }

  protected downloadAttendance(c: ClassDetail): void {
    this.download('attendance', this.api.attendanceXlsx(c.id), `diem-danh-${c.code}.xlsx`);
  }

  /** The participants as the page shows them, written to Excel here (the API has no export of them). */
  protected exportParticipants(c: ClassDetail): void {
    const sheet = participantsSheet(c, this.participants(), (key) => this.translate.instant(key));
    saveBlob(xlsxBlob(sheet), `hoc-vien-${c.code}.xlsx`);
  }

  private download(kind: 'ics' | 'attendance', call: Observable<DownloadedFile>, fallback: string): void {
    if (this.busy()) return;
    this.busy.set(kind);
    call.subscribe({
      next: (f) => {
        this.busy.set(null);
        saveBlob(f.blob, fileNameFrom(f.disposition, fallback));
      },
      error: () => this.busy.set(null),
    });
  }

  private open<C, D, R>(component: ComponentType<C>, data: D, width = '560px'): Observable<R> {
    return this.dialog
      .open<C, D, R>(component, { data, width, maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .pipe(filter((r): r is Exclude<R, undefined> => r !== undefined && r !== null && (r as unknown) !== false));
  }

  private say(key: string, params: Record<string, unknown>): void {
    this.snackBar.open(this.translate.instant(key, params), undefined, { duration: 5000 });
  }
}
