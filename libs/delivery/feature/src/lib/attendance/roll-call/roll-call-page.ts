import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { ATTENDANCE_STATUSES, AttendanceStatus, RollCallLine, SignInSheetDto } from '@cds/contracts';
import { AttendanceApi, changedMarks, RollCallStore } from '@cds/delivery/data-access';
import { fileNameFrom, LanguageService, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { fileSize, sessionWhen, vnTime, vnTimeAndDate } from '../../learning/learning-format';

/** What a sign-in sheet may be (the API checks the content too). */
const SHEET_TYPES = /^(application\/pdf|image\/jpeg|image\/png)$/;
const SHEET_NAMES = /\.(pdf|jpe?g|png)$/i;
export const SHEET_MAX_BYTES = 10 * 1024 * 1024;

/**
 * A session's roll call for its trainer: one choice of four per person (present, late, absent,
 * excused) with "all present" for the rest, who checked in by QR, and the signed sheets: upload a
 * scan, open it, confirm who signed.
 */
@Component({
  selector: 'cds-roll-call-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RefusalBanner,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [RollCallStore],
  templateUrl: './roll-call-page.html',
  styleUrl: './roll-call-page.scss',
})
export class RollCallPage {
  private readonly store = inject(RollCallStore);
  private readonly api = inject(AttendanceApi);
  private readonly lang = inject(LanguageService).lang;
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);

  /** From the route (`sessions/:sessionId`). */
  readonly sessionId = input.required({ transform: numberAttribute });

  protected readonly statuses = ATTENDANCE_STATUSES;
  protected readonly rollCall = this.store.rollCall;
  protected readonly loading = this.store.loading;
  protected readonly failed = this.store.failed;
  protected readonly error = this.store.error;
  protected readonly lines = computed(() => this.rollCall()?.lines ?? []);
  /** The trainer's choices not saved yet. */
  protected readonly draft = signal<ReadonlyMap<number, AttendanceStatus>>(new Map());
  protected readonly changes = computed(() => changedMarks(this.lines(), this.draft()));
  protected readonly counts = computed(() => {
    const counts = { present: 0, late: 0, absent: 0, excused: 0, none: 0 };
    for (const line of this.lines()) counts[this.statusOf(line) ?? 'none']++;
    return counts;
  });
  protected readonly saving = signal(false);
  protected readonly saveRefusal = signal<Refusal | null>(null);

  protected readonly sheets = this.store.sheets;
  /** Upload in progress: percent, null while unknown; undefined when none. */
  protected readonly uploading = signal<number | null | undefined>(undefined);
  protected readonly fileProblem = signal<'type' | 'size' | null>(null);
  protected readonly uploadRefusal = signal<Refusal | null>(null);
  private readonly chosenSheet = signal<number | null>(null);
  /** The sheet to confirm from: the one chosen, else the newest. */
  protected readonly confirmSheetId = computed(() => {
    const chosen = this.chosenSheet();
    return this.sheets().some((s) => s.id === chosen) ? chosen : (this.sheets()[0]?.id ?? null);
  });
  protected readonly signed = signal<ReadonlySet<number>>(new Set());
  protected readonly confirming = signal(false);
  protected readonly confirmRefusal = signal<Refusal | null>(null);

  constructor() {
    effect(() => {
      const sessionId = this.sessionId();
      untracked(() => {
        this.draft.set(new Map());
        this.store.load(sessionId);
      });
    });
  }

  protected when(): string {
    const session = this.rollCall()?.session;
    return session ? sessionWhen(session.startsAt, session.endsAt, this.lang()) : '';
  }

  protected statusOf(line: RollCallLine): AttendanceStatus | null {
    return this.draft().get(line.enrolmentId) ?? line.status;
  }

  protected choose(line: RollCallLine, status: AttendanceStatus): void {
    this.draft.update((d) => new Map(d).set(line.enrolmentId, status));
  }

  /** Everyone without a mark yet is present; choices already made (and QR check-ins) stay. */
  protected allPresent(): void {
    this.draft.update((d) => {
      const next = new Map(d);
      for (const line of this.lines()) if (!this.statusOf(line)) next.set(line.enrolmentId, 'present');
      return next;
    });
  }

  protected methodNote(line: RollCallLine): string | null {
    if (line.method === 'qr' && line.at) return this.translate.instant('learning.rollCall.qrAt', { time: vnTime(line.at) });
    if (line.method === 'sheet') return this.translate.instant('learning.rollCall.sheetAt');
    return null;
  }

  protected save(): void {
    const marks = this.changes();
    if (!marks.length || this.saving()) return;
    this.saving.set(true);
    this.saveRefusal.set(null);
    this.store.save(this.sessionId(), { marks }).subscribe({
      next: () => {
        this.saving.set(false);
        this.draft.set(new Map());
        this.snackBar.open(this.translate.instant('learning.rollCall.saved'), undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.saving.set(false);
        this.saveRefusal.set(refusalOf(err));
      },
    });
  }

  // ---- sign-in sheets ----

  protected size(bytes: number): string {
    return fileSize(bytes, this.lang());
  }

  protected at(iso: string | null): string {
    return vnTimeAndDate(iso);
  }

  protected upload(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = '';
    this.uploadRefusal.set(null);
    this.fileProblem.set(null);
    if (!file || this.uploading() !== undefined) return;
    if (!SHEET_TYPES.test(file.type) && !SHEET_NAMES.test(file.name)) return this.fileProblem.set('type');
    if (file.size > SHEET_MAX_BYTES) return this.fileProblem.set('size');
    this.uploading.set(null);
    this.store.upload(this.sessionId(), file).subscribe({
      next: (t) => {
        if (t.kind === 'progress') return this.uploading.set(t.percent);
        this.uploading.set(undefined);
        this.chosenSheet.set(t.value.id);
        this.snackBar.open(this.translate.instant('learning.sheets.uploaded', { name: t.value.fileName }), undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.uploading.set(undefined);
        this.uploadRefusal.set(refusalOf(err));
      },
    });
  }

  protected open(sheet: SignInSheetDto): void {
    this.api.sheetFile(sheet.id).subscribe((f) => saveBlob(f.blob, fileNameFrom(f.disposition, sheet.fileName)));
  }

  protected chooseSheet(id: number): void {
    this.chosenSheet.set(id);
  }

  protected toggleSigned(enrolmentId: number, checked: boolean): void {
    this.signed.update((s) => {
      const next = new Set(s);
      if (checked) next.add(enrolmentId);
      else next.delete(enrolmentId);
      return next;
    });
  }

  protected confirm(): void {
    const sheetId = this.confirmSheetId();
    const ids = this.lines().map((l) => l.enrolmentId).filter((id) => this.signed().has(id));
    if (sheetId === null || !ids.length || this.confirming()) return;
    this.confirming.set(true);
    this.confirmRefusal.set(null);
    this.store.confirm(sheetId, ids).subscribe({
      next: () => {
        this.confirming.set(false);
        this.signed.set(new Set());
        this.snackBar.open(this.translate.instant('learning.sheets.confirmed', { count: ids.length }), undefined, { duration: 4000 });
      },
      error: (err: unknown) => {
        this.confirming.set(false);
        this.confirmRefusal.set(refusalOf(err));
      },
    });
  }
}
