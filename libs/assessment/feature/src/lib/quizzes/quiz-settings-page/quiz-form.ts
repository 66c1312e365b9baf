import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { GradingMethod, QuizSettings, ReviewPolicy, ReviewWhen } from '@cds/contracts';
import { fromVnLocalInput, toVnLocalInput } from '../vn-time';

/** The API's limits (libs/assessment/api quiz-settings.ts), checked here too so the person hears them before saving. */
export const QUIZ_LIMITS = { title: 255, description: 20_000, minutes: 24 * 60, attempts: 100, tag: 60, questions: 200 } as const;

export type SelectionKind = 'fixed' | 'random';
export const REVIEW_PARTS = ['score', 'responses', 'correct', 'feedback'] as const satisfies readonly (keyof ReviewPolicy)[];

export type DrawGroup = FormGroup<{ tag: FormControl<string>; count: FormControl<number | null> }>;

export type QuizForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  classId: FormControl<number | null>;
  kind: FormControl<SelectionKind>;
  /** The fixed questions, in order. */
  questionIds: FormControl<number[]>;
  draws: FormArray<DrawGroup>;
  shuffleQuestions: FormControl<boolean>;
  shuffleOptions: FormControl<boolean>;
  timeLimitMinutes: FormControl<number | null>;
  /** `datetime-local` values in Vietnam time; '' for none. */
  opensAt: FormControl<string>;
  closesAt: FormControl<string>;
  maxAttempts: FormControl<number | null>;
  passPercent: FormControl<number | null>;
  gradingMethod: FormControl<GradingMethod>;
  review: FormGroup<Record<keyof ReviewPolicy, FormControl<ReviewWhen>>>;
  secondMarker: FormControl<boolean>;
  published: FormControl<boolean>;
}>;

/** A whole number from min to max (an empty field is `required`'s business). */
export function wholeNumber(min: number, max: number): ValidatorFn {
  return (c: AbstractControl): ValidationErrors | null => {
    const v = c.value as number | null;
    if (v === null || v === undefined || (v as unknown) === '') return null;
    return Number.isInteger(v) && v >= min && v <= max ? null : { range: { min, max } };
  };
}

/** A `datetime-local` value that is a real time (or empty). */
const vnTime: ValidatorFn = (c) => (fromVnLocalInput(c.value as string) === undefined ? { time: true } : null);

/** The close time comes after the open time. */
export const closesAfterOpens: ValidatorFn = (group) => {
  const opens = fromVnLocalInput(group.get('opensAt')?.value as string);
  const closes = fromVnLocalInput(group.get('closesAt')?.value as string);
  return opens && closes && closes <= opens ? { closesBeforeOpens: true } : null;
};

const int = (min: number, max: number, value: number | null) => new FormControl<number | null>(value, [Validators.required, wholeNumber(min, max)]);

export function drawGroup(tag = '', count: number | null = 1): DrawGroup {
  return new FormGroup({
    tag: new FormControl(tag, { nonNullable: true, validators: [Validators.required, Validators.maxLength(QUIZ_LIMITS.tag)] }),
    count: int(1, QUIZ_LIMITS.questions, count),
  });
}

/**
 * The settings of a new quiz: one attempt, half the points to pass, the score and the answers
 * shown once submitted, right answers and feedback once the quiz closes (so learners who sit it
 * later do not receive them), not published.
 */
export function newQuizSettings(classId: number | null): QuizSettings {
  return {
    title: '',
    description: '',
    moduleId: null,
    classId,
    selection: { kind: 'fixed', questionIds: [] },
    shuffleQuestions: false,
    shuffleOptions: true,
    timeLimitMinutes: 0,
    opensAt: null,
    closesAt: null,
    maxAttempts: 1,
    passPercent: 50,
    gradingMethod: 'highest',
    review: { score: 'after_submit', responses: 'after_submit', correct: 'after_close', feedback: 'after_close' },
    secondMarker: false,
    published: false,
  };
}

/** The form for these settings (a saved quiz, or a new one's defaults). */
export function quizForm(s: QuizSettings): QuizForm {
  const bool = (v: boolean) => new FormControl(v, { nonNullable: true });
  const when = (v: ReviewWhen) => new FormControl<ReviewWhen>(v, { nonNullable: true });
  return new FormGroup(
    {
      title: new FormControl(s.title, { nonNullable: true, validators: [Validators.required, Validators.maxLength(QUIZ_LIMITS.title)] }),
      description: new FormControl(s.description, { nonNullable: true, validators: [Validators.maxLength(QUIZ_LIMITS.description)] }),
      classId: new FormControl<number | null>(s.classId),
      kind: new FormControl<SelectionKind>(s.selection.kind, { nonNullable: true }),
      questionIds: new FormControl<number[]>(s.selection.kind === 'fixed' ? [...s.selection.questionIds] : [], { nonNullable: true }),
      draws: new FormArray<DrawGroup>(s.selection.kind === 'random' ? s.selection.draws.map((d) => drawGroup(d.tag, d.count)) : []),
      shuffleQuestions: bool(s.shuffleQuestions),
      shuffleOptions: bool(s.shuffleOptions),
      timeLimitMinutes: int(0, QUIZ_LIMITS.minutes, s.timeLimitMinutes),
      opensAt: new FormControl(toVnLocalInput(s.opensAt), { nonNullable: true, validators: [vnTime] }),
      closesAt: new FormControl(toVnLocalInput(s.closesAt), { nonNullable: true, validators: [vnTime] }),
      maxAttempts: int(0, QUIZ_LIMITS.attempts, s.maxAttempts),
      passPercent: int(0, 100, s.passPercent),
      gradingMethod: new FormControl<GradingMethod>(s.gradingMethod, { nonNullable: true }),
      review: new FormGroup({
        score: when(s.review.score),
        responses: when(s.review.responses),
        correct: when(s.review.correct),
        feedback: when(s.review.feedback),
      }),
      secondMarker: bool(s.secondMarker),
      published: bool(s.published),
    },
    { validators: [closesAfterOpens] },
  );
}

/** Only the chosen kind of selection is checked: draws wait, disabled, while fixed questions are chosen. */
export function applySelectionKind(form: QuizForm): void {
  const draws = form.controls.draws;
  if (form.controls.kind.value === 'fixed') draws.disable({ emitEvent: false });
  else draws.enable({ emitEvent: false });
}

/**
 * The settings the form holds, as the API takes them. Only the chosen kind of selection is sent
 * (the other is kept in the form while the person switches back and forth). The module is not
 * edited here and stays as it was.
 */
export function toQuizSettings(form: QuizForm, moduleId: number | null): QuizSettings {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    description: v.description,
    moduleId,
    classId: v.classId,
    selection:
      v.kind === 'fixed'
        ? { kind: 'fixed', questionIds: [...v.questionIds] }
        : { kind: 'random', draws: v.draws.map((d) => ({ tag: d.tag.trim(), count: d.count ?? 0 })) },
    shuffleQuestions: v.shuffleQuestions,
    shuffleOptions: v.shuffleOptions,
    timeLimitMinutes: v.timeLimitMinutes ?? 0,
    opensAt: fromVnLocalInput(v.opensAt) ?? null,
    closesAt: fromVnLocalInput(v.closesAt) ?? null,
    maxAttempts: v.maxAttempts ?? 0,
    passPercent: v.passPercent ?? 0,
    gradingMethod: v.gradingMethod,
    review: { ...v.review },
    secondMarker: v.secondMarker,
    published: v.published,
  };
}
