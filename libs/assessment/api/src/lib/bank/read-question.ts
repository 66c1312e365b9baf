import { QUESTION_TYPES, type ChoiceOption, type NumericAnswer, type QuestionBase, type QuestionBody, type QuestionType } from '@cds/contracts';

/** Limits of one question as sent by an author or an import. */
export const QUESTION_LIMITS = {
  /** Question text and each feedback or rubric (Markdown). */
  textChars: 20_000,
  /** An option, an accepted answer, a matching prompt or answer. */
  partChars: 2_000,
  nameChars: 255,
  options: 50,
  tags: 20,
  tagChars: 50,
  maxPoints: 1_000,
  /** The stored JSON must fit a TEXT column (64 KiB) on MySQL/MariaDB. */
  storedBytes: 60_000,
} as const;

/** A field of the body that is missing, of the wrong kind or too long; `path` names it ("options[2].text"). */
export class QuestionShapeError extends Error {
  constructor(readonly path: string) {
    super(`question.${path}`);
  }
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads an untrusted question body (JSON) into a clean QuestionBody: only the fields of its type,
 * each of the right kind and within the limits; anything else is refused with the field's path.
 * Texts are kept as written (Markdown is rendered and sanitised only on the way out), except that
 * they are NFC-normalised. Defaults: name '', general feedback '', points 1, tags [].
 */
export function readQuestion(input: unknown): QuestionBody {
  if (!isObject(input)) throw new QuestionShapeError('body');
  const r = new Reader(input);
  const type = r.oneOf('type', QUESTION_TYPES);
  const base: Omit<QuestionBase, 'type'> = {
    name: r.text('name', QUESTION_LIMITS.nameChars, ''),
    text: r.text('text', QUESTION_LIMITS.textChars),
    generalFeedback: r.text('generalFeedback', QUESTION_LIMITS.textChars, ''),
    points: r.number('points', 1),
    tags: r.tags('tags'),
  };
  const body = specific(type, r, base);
  r.refuseUnknown();
  if (Buffer.byteLength(JSON.stringify(body), 'utf8') > QUESTION_LIMITS.storedBytes) throw new QuestionShapeError('body');
  return body;
}

function specific(type: QuestionType, r: Reader, base: Omit<QuestionBase, 'type'>): QuestionBody {
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return { type, ...base, options: r.list('options', QUESTION_LIMITS.options, (o) => option(o)) };
    case 'true_false':
      return {
        type,
        ...base,
        correct: r.boolean('correct'),
        feedbackTrue: r.text('feedbackTrue', QUESTION_LIMITS.textChars, ''),
        feedbackFalse: r.text('feedbackFalse', QUESTION_LIMITS.textChars, ''),
      };
    case 'short_answer':
      return {
        type,
        ...base,
        answers: r.list('answers', QUESTION_LIMITS.options, (a) => ({
          text: a.text('text', QUESTION_LIMITS.partChars),
          weight: a.number('weight'),
          feedback: a.text('feedback', QUESTION_LIMITS.textChars, ''),
        })),
        caseSensitive: r.boolean('caseSensitive', false),
        ignoreDiacritics: r.boolean('ignoreDiacritics', false),
      };
    case 'numeric':
      return { type, ...base, answers: r.list('answers', QUESTION_LIMITS.options, (a) => numeric(a)) };
    case 'matching':
      return {
        type,
        ...base,
        pairs: r.list('pairs', QUESTION_LIMITS.options, (p) => ({
          id: p.text('id', 40),
          prompt: p.text('prompt', QUESTION_LIMITS.partChars),
          answer: p.text('answer', QUESTION_LIMITS.partChars),
        })),
        distractors: r.strings('distractors', QUESTION_LIMITS.options, QUESTION_LIMITS.partChars),
      };
    case 'essay':
      return { type, ...base, rubric: r.text('rubric', QUESTION_LIMITS.textChars, ''), maxWords: r.number('maxWords', 0) };
  }
}

function option(o: Reader): ChoiceOption {
  return { id: o.text('id', 40), text: o.text('text', QUESTION_LIMITS.partChars), weight: o.number('weight'), feedback: o.text('feedback', QUESTION_LIMITS.textChars, '') };
}

function numeric(a: Reader): NumericAnswer {
  const kind = a.oneOf('kind', ['tolerance', 'range'] as const);
  const weight = a.number('weight');
  const feedback = a.text('feedback', QUESTION_LIMITS.textChars, '');
  return kind === 'tolerance'
    ? { kind, value: a.number('value'), tolerance: a.number('tolerance', 0), weight, feedback }
    : { kind, min: a.number('min'), max: a.number('max'), weight, feedback };
}

class Reader {
  private readonly seen = new Set<string>();
  constructor(
    private readonly o: Json,
    private readonly prefix = '',
  ) {}

  private take(key: string): unknown {
    this.seen.add(key);
    return this.o[key];
  }
  private fail(key: string): never {
    throw new QuestionShapeError(`${this.prefix}${key}`);
  }

  text(key: string, max: number, fallback?: string): string {
    const v = this.take(key);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'string' || v.length > max) this.fail(key);
    return v.normalize('NFC');
  }
  number(key: string, fallback?: number): number {
    const v = this.take(key);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e12) this.fail(key);
    return v;
  }
  boolean(key: string, fallback?: boolean): boolean {
    const v = this.take(key);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v !== 'boolean') this.fail(key);
    return v;
  }
  oneOf<T extends string>(key: string, values: readonly T[]): T {
    const v = this.take(key);
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) this.fail(key);
    return v as T;
  }
  tags(key: string): string[] {
    const tags = this.strings(key, QUESTION_LIMITS.tags, QUESTION_LIMITS.tagChars).map((t) => t.replace(/\s+/gu, ' ').trim());
    if (tags.some((t) => t === '')) this.fail(key);
    return [...new Set(tags)];
  }
  strings(key: string, maxItems: number, maxChars: number): string[] {
    const v = this.take(key);
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length > maxItems || v.some((s) => typeof s !== 'string' || s.length > maxChars)) this.fail(key);
    return (v as string[]).map((s) => s.normalize('NFC'));
  }
  list<T>(key: string, maxItems: number, read: (item: Reader) => T): T[] {
    const v = this.take(key);
    if (!Array.isArray(v) || v.length > maxItems) this.fail(key);
    return v.map((item, i) => {
      if (!isObject(item)) this.fail(`${key}[${i}]`);
      const r = new Reader(item, `${this.prefix}${key}[${i}].`);
      const out = read(r);
      r.refuseUnknown();
      return out;
    });
  }
  /** Unknown fields are refused, as the API's validation pipe does for every other body. */
  refuseUnknown(): void {
    for (const key of Object.keys(this.o)) if (!this.seen.has(key)) this.fail(key);
  }
}
