import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ChoiceOption, MatchingPair, NumericAnswer, QuestionBody, QuestionType, ShortAnswer } from '@cds/contracts';

/** The API's limits of one question (it checks them again). */
export const QUESTION_FORM_LIMITS = { name: 255, text: 20_000, part: 2_000, items: 50, maxPoints: 1_000 } as const;

/** A decimal written with a point or a comma, maybe negative ("3,5", "-0.25", "−50"). */
const DECIMAL = /^\s*[-−]?\d+(?:[.,]\d+)?\s*$/;

/** The number a person typed ("3,5" → 3.5); NaN when it is not one. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text.trim().replace('−', '-').replace(',', '.')) : NaN;
}

/** A number as the form shows it (the API's 33.33 stays 33.33). */
const shown = (n: number) => String(n);

/** Empty, or a number within [min, max] (`above` excludes min). */
function decimalIn(min: number, max: number, { above = false } = {}): ValidatorFn {
  return (c: AbstractControl<string>): ValidationErrors | null => {
    if (!c.value?.trim()) return null;
    const n = parseDecimal(c.value);
    return Number.isNaN(n) || n > max || (above ? n <= min : n < min) ? { decimal: true } : null;
  };
}

const text = (max: number, value = '', required = false) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max), ...(required ? [Validators.required, Validators.pattern(/\S/)] : [])] });
const decimal = (value: string, min: number, max: number, opts: { above?: boolean; required?: boolean } = {}) =>
  new FormControl(value, { nonNullable: true, validators: [decimalIn(min, max, opts), ...(opts.required === false ? [] : [Validators.required])] });

export const optionGroup = (o: Partial<ChoiceOption> & { id: string }) =>
  new FormGroup({
    id: new FormControl(o.id, { nonNullable: true }),
    text: text(QUESTION_FORM_LIMITS.part, o.text ?? '', true),
    weight: decimal(shown(o.weight ?? 0), -100, 100),
    feedback: text(QUESTION_FORM_LIMITS.text, o.feedback ?? ''),
  });

export const shortAnswerGroup = (a: Partial<ShortAnswer> = {}) =>
  new FormGroup({
    text: text(QUESTION_FORM_LIMITS.part, a.text ?? '', true),
    weight: decimal(shown(a.weight ?? 100), 0, 100),
    feedback: text(QUESTION_FORM_LIMITS.text, a.feedback ?? ''),
  });

const numericControls = (a?: NumericAnswer) => ({
  kind: new FormControl<NumericAnswer['kind']>(a?.kind ?? 'tolerance', { nonNullable: true }),
  value: decimal(a?.kind === 'tolerance' ? shown(a.value) : '', -Infinity, Infinity),
  tolerance: decimal(a?.kind === 'tolerance' ? shown(a.tolerance) : '0', 0, Infinity),
  min: decimal(a?.kind === 'range' ? shown(a.min) : '', -Infinity, Infinity),
  max: decimal(a?.kind === 'range' ? shown(a.max) : '', -Infinity, Infinity),
  weight: decimal(shown(a?.weight ?? 100), 0, 100),
  feedback: text(QUESTION_FORM_LIMITS.text, a?.feedback ?? ''),
});
export type NumericAnswerGroup = FormGroup<ReturnType<typeof numericControls>>;

export function numericAnswerGroup(a?: NumericAnswer): NumericAnswerGroup {
  const group = new FormGroup(numericControls(a));
  applyNumericKind(group);
  // The control and its group live and go together: no subscription outlives them.
  group.controls.kind.valueChanges.subscribe(() => applyNumericKind(group));
  return group;
}

export const pairGroup = (p: Partial<MatchingPair> & { id: string }) =>
  new FormGroup({
    id: new FormControl(p.id, { nonNullable: true }),
    prompt: text(QUESTION_FORM_LIMITS.part, p.prompt ?? '', true),
    answer: text(QUESTION_FORM_LIMITS.part, p.answer ?? '', true),
  });

export const distractorControl = (value = '') => text(QUESTION_FORM_LIMITS.part, value, true);

export type OptionGroup = ReturnType<typeof optionGroup>;
export type ShortAnswerGroup = ReturnType<typeof shortAnswerGroup>;
export type PairGroup = ReturnType<typeof pairGroup>;

/** Only the fields of the answer's kind count (a value and tolerance, or a range). */
export function applyNumericKind(group: NumericAnswerGroup): void {
  const tolerance = group.controls.kind.value === 'tolerance';
  for (const [name, on] of [['value', tolerance], ['tolerance', tolerance], ['min', !tolerance], ['max', !tolerance]] as const) {
    if (on) group.controls[name].enable({ emitEvent: false });
    else group.controls[name].disable({ emitEvent: false });
  }
}

/** The first id not in use: 'a' … 'z', then 'k27', 'k28' … (ids are stable within a question version). */
export function nextId(used: readonly string[]): string {
  for (let i = 0; ; i++) {
    const id = i < 26 ? String.fromCharCode(97 + i) : `k${i + 1}`;
    if (!used.includes(id)) return id;
  }
}

const defaultOptions = () => ['a', 'b', 'c', 'd'].map((id, i) => optionGroup({ id, weight: i === 0 ? 100 : 0 }));
const defaultPairs = () => ['a', 'b', 'c'].map((id) => pairGroup({ id }));

/**
 * The editor's form: the fields every question has, and one section per kind of answer key. Only
 * the section of the chosen type is enabled (so only it counts for validity); the others keep what
 * was typed, so switching the type of a new question back and forth loses nothing.
 */
export function questionForm() {
  return new FormGroup({
    type: new FormControl<QuestionType>('single_choice', { nonNullable: true }),
    name: text(QUESTION_FORM_LIMITS.name),
    text: text(QUESTION_FORM_LIMITS.text, '', true),
    generalFeedback: text(QUESTION_FORM_LIMITS.text),
    points: decimal('1', 0, QUESTION_FORM_LIMITS.maxPoints, { above: true }),
    /** Comma-separated. */
    tags: new FormControl('', { nonNullable: true }),
    choice: new FormGroup({ options: new FormArray<OptionGroup>(defaultOptions()) }),
    trueFalse: new FormGroup({
      correct: new FormControl(true, { nonNullable: true }),
      feedbackTrue: text(QUESTION_FORM_LIMITS.text),
      feedbackFalse: text(QUESTION_FORM_LIMITS.text),
    }),
    shortAnswer: new FormGroup({
      answers: new FormArray<ShortAnswerGroup>([shortAnswerGroup()]),
      caseSensitive: new FormControl(false, { nonNullable: true }),
      ignoreDiacritics: new FormControl(false, { nonNullable: true }),
    }),
    numeric: new FormGroup({ answers: new FormArray<NumericAnswerGroup>([numericAnswerGroup()]) }),
    matching: new FormGroup({
      pairs: new FormArray<PairGroup>(defaultPairs()),
      distractors: new FormArray<FormControl<string>>([]),
    }),
    essay: new FormGroup({
      rubric: text(QUESTION_FORM_LIMITS.text),
      maxWords: new FormControl('0', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\s*\d+\s*$/)] }),
    }),
  });
}

export type QuestionForm = ReturnType<typeof questionForm>;
type Section = 'choice' | 'trueFalse' | 'shortAnswer' | 'numeric' | 'matching' | 'essay';

const SECTION_OF: Record<QuestionType, Section> = {
  single_choice: 'choice',
  multiple_choice: 'choice',
  true_false: 'trueFalse',
  short_answer: 'shortAnswer',
  numeric: 'numeric',
  matching: 'matching',
  essay: 'essay',
};
const SECTIONS = [...new Set(Object.values(SECTION_OF))];

/** Enables the answer-key section of the form's type and disables the others. */
export function showSection(form: QuestionForm): void {
  const wanted = SECTION_OF[form.controls.type.value];
  for (const section of SECTIONS) {
    if (section === wanted) form.controls[section].enable({ emitEvent: false });
    else form.controls[section].disable({ emitEvent: false });
  }
  if (wanted === 'numeric') form.controls.numeric.controls.answers.controls.forEach(applyNumericKind);
}

/** "an toàn thông tin, Mật khẩu,, mật khẩu" → ['an toàn thông tin', 'Mật khẩu'] (the first spelling of a tag wins). */
export function tagsOf(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;]/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => {
      const key = t.toLocaleLowerCase('vi');
      if (!t || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The question the form describes, in the API's shape: only the fields of its type. */
export function bodyOf(form: QuestionForm): QuestionBody {
  const v = form.getRawValue();
  const base = { name: v.name.trim(), text: v.text, generalFeedback: v.generalFeedback, points: parseDecimal(v.points), tags: tagsOf(v.tags) };
  switch (v.type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        type: v.type,
        ...base,
        options: v.choice.options.map((o) => ({ id: o.id, text: o.text.trim(), weight: parseDecimal(o.weight), feedback: o.feedback })),
      };
    case 'true_false':
      return { type: v.type, ...base, correct: v.trueFalse.correct, feedbackTrue: v.trueFalse.feedbackTrue, feedbackFalse: v.trueFalse.feedbackFalse };
    case 'short_answer':
      return {
        type: v.type,
        ...base,
        answers: v.shortAnswer.answers.map((a) => ({ text: a.text.trim(), weight: parseDecimal(a.weight), feedback: a.feedback })),
        caseSensitive: v.shortAnswer.caseSensitive,
        ignoreDiacritics: v.shortAnswer.ignoreDiacritics,
      };
    case 'numeric':
      return {
        type: v.type,
        ...base,
        answers: v.numeric.answers.map((a): NumericAnswer =>
          a.kind === 'tolerance'
            ? { kind: 'tolerance', value: parseDecimal(a.value), tolerance: parseDecimal(a.tolerance), weight: parseDecimal(a.weight), feedback: a.feedback }
            : { kind: 'range', min: parseDecimal(a.min), max: parseDecimal(a.max), weight: parseDecimal(a.weight), feedback: a.feedback },
        ),
      };
    case 'matching':
      return {
        type: v.type,
        ...base,
        pairs: v.matching.pairs.map((p) => ({ id: p.id, prompt: p.prompt.trim(), answer: p.answer.trim() })),
        distractors: v.matching.distractors.map((d) => d.trim()).filter(Boolean),
      };
    case 'essay':
      return { type: v.type, ...base, rubric: v.essay.rubric, maxWords: Number(v.essay.maxWords.trim()) };
  }
}

/** Shows a saved question in the form (every section not of its type back to its defaults), as saved: pristine. */
export function fillForm(form: QuestionForm, body: QuestionBody): void {
  const fresh = questionForm();
  const c = form.controls;
  c.choice.setControl('options', body.type === 'single_choice' || body.type === 'multiple_choice' ? new FormArray(body.options.map((o) => optionGroup(o))) : fresh.controls.choice.controls.options);
  c.shortAnswer.setControl('answers', body.type === 'short_answer' ? new FormArray(body.answers.map((a) => shortAnswerGroup(a))) : fresh.controls.shortAnswer.controls.answers);
  c.numeric.setControl('answers', body.type === 'numeric' ? new FormArray(body.answers.map((a) => numericAnswerGroup(a))) : fresh.controls.numeric.controls.answers);
  c.matching.setControl('pairs', body.type === 'matching' ? new FormArray(body.pairs.map((p) => pairGroup(p))) : fresh.controls.matching.controls.pairs);
  c.matching.setControl('distractors', new FormArray(body.type === 'matching' ? body.distractors.map((d) => distractorControl(d)) : []));
  form.patchValue(
    {
      type: body.type,
      name: body.name,
      text: body.text,
      generalFeedback: body.generalFeedback,
      points: shown(body.points),
      tags: body.tags.join(', '),
      trueFalse: body.type === 'true_false' ? { correct: body.correct, feedbackTrue: body.feedbackTrue, feedbackFalse: body.feedbackFalse } : fresh.controls.trueFalse.getRawValue(),
      shortAnswer: body.type === 'short_answer' ? { caseSensitive: body.caseSensitive, ignoreDiacritics: body.ignoreDiacritics } : { caseSensitive: false, ignoreDiacritics: false },
      essay: body.type === 'essay' ? { rubric: body.rubric, maxWords: String(body.maxWords) } : fresh.controls.essay.getRawValue(),
    },
    { emitEvent: false },
  );
  showSection(form);
  form.markAsPristine();
  form.markAsUntouched();
}
