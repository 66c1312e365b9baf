import { computed, inject, Injectable, signal } from '@angular/core';
import { CompletionBoard, CompletionRow, CompletionRules, DecisionSummary, IssueDecisionRequest } from '@cds/contracts';
import { WriteState } from '@cds/catalogue/data-access';
import { LatestRead } from '@cds/web/core';
import { defer, finalize, Observable, tap } from 'rxjs';
import { CompletionApi } from './completion-api';

/** A learner a decision may include: complete (by the rules or an exception) and without a certificate from this class. */
export const isIssuable = (row: CompletionRow): boolean => row.complete && !row.certificate;

/**
 * The completion board of one class: its rules, a row per learner, sign-offs and exceptions, the
 * learners chosen for a decision, and the decisions already issued. Provide it on the page.
 */
@Injectable()
export class CompletionBoardStore {
  private readonly api = inject(CompletionApi);
  private readonly read = new LatestRead<number, CompletionBoard>((classId) => this.api.board(classId));
  private readonly decisionsRead = new LatestRead<number, DecisionSummary[]>((classId) => this.api.decisions(classId));
  private readonly ruleWrites = new WriteState();
  private readonly rowWrites = new WriteState();
  private readonly chosen = signal<ReadonlySet<number>>(new Set());
  /** Rows with a sign-off in flight. */
  private readonly pending = signal<ReadonlySet<number>>(new Set());

  readonly board = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly rows = computed(() => this.board()?.rows ?? []);
  readonly can = computed(() => this.board()?.can ?? { setRules: false, signOff: false, except: false, issue: false });

  readonly decisions = computed(() => this.decisionsRead.value() ?? []);
  readonly decisionsLoading = this.decisionsRead.loading;
  readonly decisionsError = this.decisionsRead.error;

  readonly savingRules = this.ruleWrites.saving;
  readonly rulesSaved = this.ruleWrites.saved;
  /** Why the rules were refused. */
  readonly rulesRefusal = this.ruleWrites.refusal;
  /** Why a sign-off was refused. */
  readonly rowRefusal = this.rowWrites.refusal;

  /** Learners a decision may include. */
  readonly issuable = computed(() => this.rows().filter(isIssuable));
  /** The learners chosen for the next decision (only issuable ones count). */
  readonly selected = computed(() => this.issuable().filter((r) => this.chosen().has(r.personId)));
  readonly counts = computed(() => {
    const rows = this.rows();
    return { total: rows.length, complete: rows.filter((r) => r.complete).length, certified: rows.filter((r) => !!r.certificate).length };
  });

  load(classId: number): void {
    this.rowWrites.clear();
    this.ruleWrites.clear();
    this.chosen.set(new Set());
    this.read.load(classId, { keepValue: false });
  }

  /** The decisions of the class (for those who may read them). */
  loadDecisions(classId: number): void {
    this.decisionsRead.load(classId);
  }

  isChosen(personId: number): boolean {
    return this.chosen().has(personId);
  }

  isPending(personId: number): boolean {
    return this.pending().has(personId);
  }

  toggle(personId: number, on: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }

  /** Chooses every issuable learner, or none when all of them are chosen already. */
  toggleAll(): void {
    const all = this.issuable();
    const allChosen = all.length > 0 && all.every((r) => this.chosen().has(r.personId));
    this.chosen.set(allChosen ? new Set() : new Set(all.map((r) => r.personId)));
  }

  /** The class's new rules; the API answers the board evaluated again. Completes without a value when refused. */
  saveRules(rules: CompletionRules): Observable<CompletionBoard> {
    const classId = this.classId();
    return this.ruleWrites.run(this.api.setRules(classId, rules), (board) => this.read.set(board));
  }

  /** The trainer signs off (or takes back) a learner's practical work. Completes without a value when refused. */
  signOff(row: CompletionRow, signedOff: boolean): Observable<CompletionRow> {
    const classId = this.classId();
    return defer(() => {
      this.mark(row.personId, true);
      return this.rowWrites.run(this.api.signOff(classId, row.personId, signedOff), (answer) => this.replace(answer));
    }).pipe(finalize(() => this.mark(row.personId, false)));
  }

  /** Waives the rules (or, with an empty reason, stops waiving them); errors reach the caller (the dialog shows them). */
  setException(personId: number, reason: string): Observable<CompletionRow> {
    return this.api.setException(this.classId(), personId, reason).pipe(tap((answer) => this.replace(answer)));
  }

  /** Issues a decision for the chosen learners; then the board and the decisions are read again. Errors reach the caller. */
  issue(request: Omit<IssueDecisionRequest, 'classId'>): Observable<DecisionSummary> {
    const classId = this.classId();
    return this.api.issue({ ...request, classId }).pipe(
      tap(() => {
        this.chosen.set(new Set());
        this.read.load(classId);
        this.decisionsRead.load(classId);
      }),
    );
  }

  clearRowRefusal(): void {
    this.rowWrites.clear();
  }

  private classId(): number {
    const id = this.read.params();
    if (id === null) throw new Error('CompletionBoardStore: no class loaded');
    return id;
  }

  private replace(row: CompletionRow): void {
    const board = this.board();
    if (!board) return;
    this.read.set({ ...board, rows: board.rows.map((r) => (r.personId === row.personId ? row : r)) });
    if (!isIssuable(row)) this.toggle(row.personId, false);
  }

  private mark(personId: number, on: boolean): void {
    this.pending.update((set) => {
      const next = new Set(set);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }
}
