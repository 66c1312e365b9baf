import { GRADING_METHODS, REVIEW_WHEN, type QuizOverrideInput, type QuizSelection, type QuizSettings, type ReviewPolicy } from '@cds/contracts';

/** A problem with quiz settings: a message code and its parameters. */
export interface SettingsProblem {
  code: string;
  params?: Record<string, string | number>;
}

export const MAX_QUIZ_QUESTIONS = 200;
const MAX_MINUTES = 24 * 60;

type Reader = Record<string, unknown>;
const isObject = (x: unknown): x is Reader => typeof x === 'object' && x !== null && !Array.isArray(x);
const int = (x: unknown, min: number, max: number) => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

function isoOrNull(x: unknown): Date | null | undefined {
  if (x === null || x === undefined || x === '') return null;
  if (typeof x !== 'string') return undefined;
  const d = new Date(x);
  // Whole seconds: MariaDB's DATETIME keeps no fractions, and both databases must agree.
  return Number.isNaN(d.getTime()) ? undefined : new Date(Math.floor(d.getTime() / 1000) * 1000);
}

/**
 * Reads quiz settings from a request body, field by field, and lists every problem (not just the
 * first). Returns the settings with dates as Date when there is none.
 */
export function readQuizSettings(input: unknown): { settings?: Omit<QuizSettings, 'opensAt' | 'closesAt'> & { opensAt: Date | null; closesAt: Date | null }; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!isObject(input)) return { problems: [{ code: 'assessment.quiz_field', params: { field: '(body)' } }] };
  const field = (name: string) => problems.push({ code: 'assessment.quiz_field', params: { field: name } });

  const title = typeof input['title'] === 'string' ? input['title'].trim() : '';
  if (!title || title.length > 255) problems.push({ code: 'assessment.quiz_title' });
  const description = input['description'] ?? '';
  if (typeof description !== 'string' || description.length > 20_000) field('description');
  for (const name of ['moduleId', 'classId']) {
    const v = input[name] ?? null;
    if (v !== null && !int(v, 1, 2 ** 31 - 1)) field(name);
  }
  const selection = readSelection(input['selection'], problems);
  for (const name of ['shuffleQuestions', 'shuffleOptions', 'secondMarker', 'published']) if (typeof input[name] !== 'boolean') field(name);
  if (!int(input['timeLimitMinutes'], 0, MAX_MINUTES)) problems.push({ code: 'assessment.quiz_time_limit', params: { max: MAX_MINUTES } });
  const opensAt = isoOrNull(input['opensAt']);
  const closesAt = isoOrNull(input['closesAt']);
  if (opensAt === undefined) field('opensAt');
  if (closesAt === undefined) field('closesAt');
  if (opensAt && closesAt && closesAt <= opensAt) problems.push({ code: 'assessment.quiz_dates' });
  if (!int(input['maxAttempts'], 0, 100)) field('maxAttempts');
  if (!int(input['passPercent'], 0, 100)) problems.push({ code: 'assessment.quiz_pass_percent' });
  if (!GRADING_METHODS.includes(input['gradingMethod'] as never)) field('gradingMethod');
  const review = readReview(input['review'], problems);

  if (problems.length || !selection || !review) return { problems };
  return {
    problems,
    settings: {
      title,
      description: description as string,
      moduleId: (input['moduleId'] as number | null | undefined) ?? null,
      classId: (input['classId'] as number | null | undefined) ?? null,
      selection,
      shuffleQuestions: input['shuffleQuestions'] as boolean,
      shuffleOptions: input['shuffleOptions'] as boolean,
      timeLimitMinutes: input['timeLimitMinutes'] as number,
      opensAt: opensAt ?? null,
      closesAt: closesAt ?? null,
      maxAttempts: input['maxAttempts'] as number,
      passPercent: input['passPercent'] as number,
      gradingMethod: input['gradingMethod'] as QuizSettings['gradingMethod'],
      review,
      secondMarker: input['secondMarker'] as boolean,
      published: input['published'] as boolean,
    },
  };
}

function readSelection(x: unknown, problems: SettingsProblem[]): QuizSelection | undefined {
  if (isObject(x) && x['kind'] === 'fixed' && Array.isArray(x['questionIds'])) {
    const ids = x['questionIds'];
    if (!ids.length) problems.push({ code: 'assessment.quiz_no_questions' });
    else if (ids.length > MAX_QUIZ_QUESTIONS) problems.push({ code: 'assessment.quiz_too_many', params: { max: MAX_QUIZ_QUESTIONS } });
    else if (!ids.every((id) => int(id, 1, 2 ** 31 - 1))) problems.push({ code: 'assessment.quiz_field', params: { field: 'selection.questionIds' } });
    else if (new Set(ids).size !== ids.length) problems.push({ code: 'assessment.quiz_duplicate_question' });
    else return { kind: 'fixed', questionIds: ids as number[] };
    return undefined;
  }
  if (isObject(x) && x['kind'] === 'random' && Array.isArray(x['draws'])) {
    const draws = x['draws'];
    const ok = draws.every((d) => isObject(d) && typeof d['tag'] === 'string' && d['tag'].trim() !== '' && d['tag'].length <= 60 && int(d['count'], 1, MAX_QUIZ_QUESTIONS));
    if (!draws.length) problems.push({ code: 'assessment.quiz_no_questions' });
    else if (!ok) problems.push({ code: 'assessment.quiz_field', params: { field: 'selection.draws' } });
    else {
      const total = (draws as { count: number }[]).reduce((s, d) => s + d.count, 0);
      if (total > MAX_QUIZ_QUESTIONS) problems.push({ code: 'assessment.quiz_too_many', params: { max: MAX_QUIZ_QUESTIONS } });
      else return { kind: 'random', draws: (draws as { tag: string; count: number }[]).map((d) => ({ tag: d.tag.trim(), count: d.count })) };
    }
    return undefined;
  }
  problems.push({ code: 'assessment.quiz_field', params: { field: 'selection' } });
  return undefined;
}

function readReview(x: unknown, problems: SettingsProblem[]): ReviewPolicy | undefined {
  const parts = ['score', 'responses', 'correct', 'feedback'] as const;
  if (!isObject(x) || !parts.every((p) => REVIEW_WHEN.includes(x[p] as never))) {
    problems.push({ code: 'assessment.quiz_field', params: { field: 'review' } });
    return undefined;
  }
  return { score: x['score'], responses: x['responses'], correct: x['correct'], feedback: x['feedback'] } as ReviewPolicy;
}

/** Reads a per-person override; every problem listed. */
export function readOverride(input: unknown): { override?: Omit<QuizOverrideInput, 'opensAt' | 'closesAt'> & { opensAt: Date | null; closesAt: Date | null }; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!isObject(input)) return { problems: [{ code: 'assessment.quiz_field', params: { field: '(body)' } }] };
  if (!int(input['extraMinutes'], 0, MAX_MINUTES)) problems.push({ code: 'assessment.quiz_field', params: { field: 'extraMinutes' } });
  if (!int(input['extraAttempts'], 0, 20)) problems.push({ code: 'assessment.quiz_field', params: { field: 'extraAttempts' } });
  const opensAt = isoOrNull(input['opensAt']);
  const closesAt = isoOrNull(input['closesAt']);
  if (opensAt === undefined) problems.push({ code: 'assessment.quiz_field', params: { field: 'opensAt' } });
  if (closesAt === undefined) problems.push({ code: 'assessment.quiz_field', params: { field: 'closesAt' } });
  if (opensAt && closesAt && closesAt <= opensAt) problems.push({ code: 'assessment.quiz_dates' });
  const reason = typeof input['reason'] === 'string' ? input['reason'].trim() : '';
  if (!reason || reason.length > 500) problems.push({ code: 'assessment.override_reason' });
  if (problems.length) return { problems };
  return { problems, override: { extraMinutes: input['extraMinutes'] as number, extraAttempts: input['extraAttempts'] as number, opensAt: opensAt ?? null, closesAt: closesAt ?? null, reason } };
}
