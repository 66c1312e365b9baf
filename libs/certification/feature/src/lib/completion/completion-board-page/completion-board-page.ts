import { ChangeDetectionStrategy, Component, computed, effect, inject, Injector, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { CompletionApi, CompletionBoardStore, isIssuable } from '@cds/certification/data-access';
import { CompletionRow, DecisionSummary } from '@cds/contracts';
import { AuthStore, fileNameFrom, Refusal, refusalOf, saveBlob } from '@cds/web/core';
import { RefusalBanner } from '@cds/web/ui';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { finalize, map, Observable } from 'rxjs';
import { vnDay } from '../../certificate-format';
import { readRefusal } from '../../read-refusal';
import { DecisionDialog, DecisionDialogData } from '../decision-dialog/decision-dialog';
import { ExceptionDialog, ExceptionDialogData } from '../exception-dialog/exception-dialog';
import { RulesPanel } from '../rules-panel/rules-panel';

/**
 * The class completion board (`/certification/classes/:classId`): the rules, a row per learner with
 * their progress and what they still lack, the trainer's sign-offs, a certifier's exceptions, and
 * the decision wizard for the complete learners without a certificate; then the decisions issued
 * with their zips. What the caller may do comes from the board (`can`); the API checks it again.
 */
@Component({
  selector: 'cds-completion-board-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    RefusalBanner,
    RulesPanel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CompletionBoardStore],
  templateUrl: './completion-board-page.html',
  styleUrl: './completion-board-page.scss',
})
export class CompletionBoardPage {
  private readonly store = inject(CompletionBoardStore);
  private readonly api = inject(CompletionApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);

  /** From the route. */
  readonly classId = input.required<string>();

  protected readonly day = vnDay;
  protected readonly board = this.store.board;
  protected readonly rows = this.store.rows;
  protected readonly can = this.store.can;
  protected readonly counts = this.store.counts;
  protected readonly issuable = this.store.issuable;
  protected readonly selected = this.store.selected;
  protected readonly loading = this.store.loading;
  protected readonly decisions = this.store.decisions;
  protected readonly readError = computed(() => readRefusal(this.store.error()));
  protected readonly rowRefusal = this.store.rowRefusal;
  protected readonly isIssuable = isIssuable;
  /** Those who may read the class's decisions (the API lists them to the register's readers). */
  protected readonly readsDecisions = computed(() => this.auth.can('certificates.read') || this.auth.can('certificates.issue'));
  protected readonly allChosen = computed(() => this.issuable().length > 0 && this.selected().length === this.issuable().length);
  protected readonly columns = computed(() => [
    ...(this.can().issue ? ['select'] : []),
    'learner',
    'lessons',
    'quizzes',
    'attendance',
    'final',
    'signOff',
    'result',
    'certificate',
    ...(this.can().except ? ['actions'] : []),
  ]);
  /** The last outcome, read out by the live region. */
  protected readonly announcement = signal('');
  protected readonly zipping = signal<number | null>(null);
  protected readonly zipRefusal = signal<Refusal | null>(null);

  constructor() {
    effect(() => {
      const classId = Number(this.classId());
      untracked(() => {
        this.announcement.set('');
        this.store.load(classId);
        if (this.readsDecisions()) this.store.loadDecisions(classId);
      });
    });
  }

  protected chosen(row: CompletionRow): boolean {
    return this.store.isChosen(row.personId);
  }

  protected pending(row: CompletionRow): boolean {
    return this.store.isPending(row.personId);
  }

  protected choose(row: CompletionRow, on: boolean): void {
    this.store.toggle(row.personId, on);
  }

  protected chooseAll(): void {
    this.store.toggleAll();
  }

  /** A refused sign-off puts the box back as the records have it (the row itself did not change). */
  protected signOff(row: CompletionRow, change: MatCheckboxChange): void {
    this.store.clearRowRefusal();
    let answered = false;
    this.store.signOff(row, change.checked).subscribe({
      next: () => (answered = true),
      complete: () => {
        if (!answered) change.source.checked = row.signedOff;
      },
    });
  }

  protected except(row: CompletionRow): void {
    const data: ExceptionDialogData = { row, act: (reason) => this.store.setException(row.personId, reason) };
    this.dialog
      .open<ExceptionDialog, ExceptionDialogData, CompletionRow>(ExceptionDialog, { data, width: '560px', maxWidth: '95vw', injector: this.injector })
      .afterClosed()
      .subscribe((answer) => {
        if (!answer) return;
        const key = answer.exception ? 'certification.board.exceptionSaved' : 'certification.board.exceptionRemoved';
        this.announcement.set(this.translate.instant(key, { name: answer.fullName }));
      });
  }

  protected openDecision(): void {
    const board = this.board();
    const people = this.selected();
    if (!board || !people.length) return;
    const data: DecisionDialogData = {
      classCode: board.classCode,
      courseTitle: board.courseTitle,
      people,
      issue: (request) => this.store.issue(request),
      downloadZip: (decision) => this.saveZip(decision),
    };
    this.dialog
      .open<DecisionDialog, DecisionDialogData, DecisionSummary>(DecisionDialog, {
        data,
        width: '720px',
        maxWidth: '95vw',
        disableClose: true,
        injector: this.injector,
      })
      .afterClosed()
      .subscribe((decision) => {
        if (decision) this.announcement.set(this.translate.instant('certification.board.issued', { count: decision.certificateCount, number: decision.number }));
      });
  }

  protected downloadZip(decision: DecisionSummary): void {
    if (this.zipping() !== null) return;
    this.zipping.set(decision.id);
    this.zipRefusal.set(null);
    this.saveZip(decision)
      .pipe(finalize(() => this.zipping.set(null)))
      .subscribe({ error: (err: unknown) => this.zipRefusal.set(refusalOf(err)) });
  }

  private saveZip(decision: DecisionSummary): Observable<void> {
    return this.api.decisionZip(decision.id).pipe(map((f) => saveBlob(f.blob, fileNameFrom(f.disposition, `quyet-dinh-${decision.id}.zip`))));
  }
}
