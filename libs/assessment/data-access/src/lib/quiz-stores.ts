import { computed, inject, Injectable, signal } from '@angular/core';
import {
  ClassSummary,
  EnrolmentDto,
  QuestionSummary,
  QuizDto,
  QuizOverrideDto,
  QuizOverrideInput,
  QuizResultsDto,
  QuizSettings,
  RegradeReport,
} from '@cds/contracts';
import { WriteState } from '@cds/catalogue/data-access';
import { LatestRead, Refusal, refusalOf } from '@cds/web/core';
import { Observable } from 'rxjs';
import { QuizApi } from './quiz-api';

/** A course's quizzes, and its classes (to name a class's own exam). Provide it on the page. */
@Injectable()
export class QuizListStore {
  private readonly api = inject(QuizApi);
  private readonly read = new LatestRead<number, QuizDto[]>((courseId) => this.api.list(courseId));
  private readonly classesRead = new LatestRead<number, ClassSummary[]>((courseId) => this.api.courseClasses(courseId));

  readonly quizzes = computed(() => this.read.value() ?? []);
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly classes = computed(() => this.classesRead.value() ?? []);

  load(courseId: number): void {
    this.read.load(courseId, { keepValue: this.read.params() === courseId });
    this.classesRead.load(courseId);
  }
}

/**
 * One quiz in the settings editor, with what its settings pick from: the course's questions and
 * classes. Provide it on the page.
 */
@Injectable()
export class QuizEditorStore {
  private readonly api = inject(QuizApi);
  private readonly read = new LatestRead<number, QuizDto>((id) => this.api.quiz(id));
  private readonly questionsRead = new LatestRead<number, QuestionSummary[]>((courseId) => this.api.courseQuestions(courseId));
  private readonly classesRead = new LatestRead<number, ClassSummary[]>((courseId) => this.api.courseClasses(courseId));
  private readonly writes = new WriteState();

  readonly quiz = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly questions = computed(() => this.questionsRead.value() ?? []);
  readonly questionsLoaded = this.questionsRead.loaded;
  readonly questionsError = this.questionsRead.error;
  readonly classes = computed(() => this.classesRead.value() ?? []);
  readonly saving = this.writes.saving;
  readonly saved = this.writes.saved;
  /** Why the last save was refused (422 `assessment.quiz_invalid` names every problem). */
  readonly refusal = this.writes.refusal;

  load(id: number): void {
    this.writes.clear();
    this.read.load(id, { keepValue: this.read.params() === id });
  }

  /** The course's questions and classes (once per course). */
  loadCourse(courseId: number): void {
    if (this.questionsRead.params() !== courseId) this.questionsRead.load(courseId);
    if (this.classesRead.params() !== courseId) this.classesRead.load(courseId);
  }

  /** Completes without a value when refused. */
  create(courseId: number, settings: QuizSettings): Observable<QuizDto> {
    return this.writes.run(this.api.create(courseId, settings), (saved) => this.read.set(saved));
  }

  /** Completes without a value when refused. */
  save(settings: QuizSettings): Observable<QuizDto> {
    const current = this.read.value();
    if (!current) throw new Error('QuizEditorStore: load(id) first');
    return this.writes.run(this.api.update(current.id, settings), (saved) => this.read.set(saved));
  }
}

const byName = (a: QuizOverrideDto, b: QuizOverrideDto) => a.fullName.localeCompare(b.fullName, 'vi');

/** A quiz's per-person overrides: the list, the people a class offers, and adding, changing or removing one. Provide it on the panel. */
@Injectable()
export class QuizOverridesStore {
  private readonly api = inject(QuizApi);
  private readonly read = new LatestRead<number, QuizOverrideDto[]>((quizId) => this.api.overrides(quizId));
  private readonly takersRead = new LatestRead<number, EnrolmentDto[]>((classId) => this.api.quizTakers(classId));
  private readonly writes = new WriteState();

  readonly overrides = computed(() => [...(this.read.value() ?? [])].sort(byName));
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly saving = this.writes.saving;
  readonly refusal = this.writes.refusal;
  /** The people of the class chosen in the form, who may get an override. */
  readonly takers = computed(() => this.takersRead.value() ?? []);
  readonly takersLoading = this.takersRead.loading;

  load(quizId: number): void {
    this.writes.clear();
    this.read.load(quizId);
  }

  /** Reads the quiz takers of a class (once per class). */
  loadTakers(classId: number): void {
    if (this.takersRead.params() !== classId) this.takersRead.load(classId, { keepValue: false });
  }

  /** Creates or replaces the person's override. Completes without a value when refused. */
  save(personId: number, input: QuizOverrideInput): Observable<QuizOverrideDto> {
    const quizId = this.quizId();
    return this.writes.run(this.api.setOverride(quizId, personId, input), (saved) =>
      this.read.set([...(this.read.value() ?? []).filter((o) => o.personId !== saved.personId), saved]),
    );
  }

  /** Completes (without a value) once removed, or when refused. */
  remove(personId: number): Observable<void> {
    const quizId = this.quizId();
    return this.writes.run(this.api.removeOverride(quizId, personId), () =>
      this.read.set((this.read.value() ?? []).filter((o) => o.personId !== personId)),
    );
  }

  /** Forgets the last refusal (the person cancelled the form). */
  clearRefusal(): void {
    this.writes.clear();
  }

  private quizId(): number {
    const id = this.read.params();
    if (id === null) throw new Error('QuizOverridesStore: load(quizId) first');
    return id;
  }
}

/** Where a regrade stands: nothing yet, a dry run read (or being read), the real run under way or done. */
export type RegradeStep = 'idle' | 'checking' | 'checked' | 'running' | 'done';

/**
 * Regrading a quiz after a key was corrected, always in two steps: a dry run that lists whose result
 * would change (nothing written), then — only after it — the real run. Provide it on the panel.
 */
@Injectable()
export class QuizRegradeStore {
  private readonly api = inject(QuizApi);
  private readonly state = signal<{ step: RegradeStep; report: RegradeReport | null; refusal: Refusal | null }>({
    step: 'idle',
    report: null,
    refusal: null,
  });

  readonly step = computed(() => this.state().step);
  /** The dry run's report, then the real run's. */
  readonly report = computed(() => this.state().report);
  readonly refusal = computed(() => this.state().refusal);
  readonly busy = computed(() => this.step() === 'checking' || this.step() === 'running');
  /** The real run may go: a dry run was read and found responses graded against an older version. */
  readonly canConfirm = computed(() => this.step() === 'checked' && (this.report()?.responsesRegraded ?? 0) > 0);

  /** The dry run: whose result would change. */
  check(quizId: number): void {
    if (this.busy()) return;
    this.run(quizId, true, 'checking', 'checked');
  }

  /** The real run, only after a dry run that found something to regrade. */
  confirm(quizId: number): void {
    if (!this.canConfirm()) return;
    this.run(quizId, false, 'running', 'done');
  }

  /** Back to the start (the person wants another dry run later). */
  reset(): void {
    if (!this.busy()) this.state.set({ step: 'idle', report: null, refusal: null });
  }

  private run(quizId: number, dryRun: boolean, during: RegradeStep, after: RegradeStep): void {
    const before = this.state();
    this.state.set({ step: during, report: before.report, refusal: null });
    this.api.regrade(quizId, dryRun).subscribe({
      next: (report) => this.state.set({ step: after, report, refusal: null }),
      error: (err: unknown) => this.state.set({ step: before.step, report: before.report, refusal: refusalOf(err) }),
    });
  }
}

/** What the results were read for. */
export interface QuizResultsQuery {
  quizId: number;
  classId: number;
}

/**
 * A quiz's results in one class (a row per learner, the distribution, mean and pass rate), with the
 * quiz and its course's classes to pick from. Provide it on the page.
 */
@Injectable()
export class QuizResultsStore {
  private readonly api = inject(QuizApi);
  private readonly read = new LatestRead<QuizResultsQuery, QuizResultsDto>(({ quizId, classId }) => this.api.results(quizId, classId));
  private readonly quizRead = new LatestRead<number, QuizDto>((id) => this.api.quiz(id));
  private readonly classesRead = new LatestRead<number, ClassSummary[]>((courseId) => this.api.courseClasses(courseId));

  readonly results = this.read.value;
  readonly loading = this.read.loading;
  readonly loaded = this.read.loaded;
  readonly error = this.read.error;
  readonly query = this.read.params;
  readonly quiz = this.quizRead.value;
  readonly quizError = this.quizRead.error;
  /** The classes the quiz runs in: its own class, or every class of the course. */
  readonly classes = computed(() => {
    const own = this.quiz()?.classId ?? null;
    const all = this.classesRead.value() ?? [];
    return own === null ? all : all.filter((c) => c.id === own);
  });
  readonly classesLoaded = this.classesRead.loaded;

  /** Reads the quiz, then its course's classes. */
  loadQuiz(quizId: number): void {
    if (this.quizRead.params() === quizId) return;
    this.quizRead.load(quizId, { keepValue: false });
  }

  loadClasses(courseId: number): void {
    if (this.classesRead.params() !== courseId) this.classesRead.load(courseId);
  }

  load(quizId: number, classId: number): void {
    this.read.load({ quizId, classId }, { keepValue: false });
  }
}
