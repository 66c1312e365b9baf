import type {
  AnswerValue,
  AutoGrade,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  QuestionBody,
  ShortAnswerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '@cds/contracts';
import { matchesAccepted, normaliseSpace, parseNumber } from './text';

/** Why a response scored 0 without being wrong as such (the API can tell the learner). */
export type GradeProblem = 'assessment.not_a_number';

/** An automatic grade; `problem` says when the response could not be read (a numeric answer that is not a number). */
export interface Graded extends AutoGrade {
  problem?: GradeProblem;
}

/** 0…1, four decimals; NaN counts as 0. */
export function clampFraction(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  if (x >= 1) return 1;
  return Math.round(x * 10_000) / 10_000;
}

const texts = (...feedback: (string | undefined)[]) => feedback.filter((f): f is string => !!f && f.trim() !== '');
const zero = (): Graded => ({ fraction: 0, feedback: [] });

/**
 * Grades one response automatically: a fraction of the question's points (0…1, four decimals), or
 * null for an essay (a trainer grades it). A missing response, or one of another type, scores 0.
 * Feedback is what the response earned (the chosen options', the matched answer's); general
 * feedback is left to the review policy.
 */
export function grade(question: QuestionBody, answer: AnswerValue | null): Graded {
  if (question.type === 'essay') return { fraction: null, feedback: [] };
  if (!answer || answer.type !== question.type) return zero();
  switch (answer.type) {
    case 'single_choice':
      return gradeSingle(question as SingleChoiceQuestion, answer.optionId);
    case 'multiple_choice':
      return gradeMultiple(question as MultipleChoiceQuestion, answer.optionIds);
    case 'true_false':
      return gradeTrueFalse(question as TrueFalseQuestion, answer.value);
    case 'short_answer':
      return gradeShortAnswer(question as ShortAnswerQuestion, answer.text);
    case 'numeric':
      return gradeNumeric(question as NumericQuestion, answer.text);
    case 'matching':
      return gradeMatching(question as MatchingQuestion, answer.matches);
    default:
      return zero();
  }
}

function gradeSingle(q: SingleChoiceQuestion, optionId: string | null): Graded {
  const chosen = optionId === null ? undefined : q.options.find((o) => o.id === optionId);
  if (!chosen) return zero();
  return { fraction: clampFraction(chosen.weight / 100), feedback: texts(chosen.feedback) };
}

/** Sum of the chosen options' weights; a wrong option with a negative weight takes points away. */
function gradeMultiple(q: MultipleChoiceQuestion, optionIds: string[]): Graded {
  const ids = new Set(Array.isArray(optionIds) ? optionIds : []);
  const chosen = q.options.filter((o) => ids.has(o.id));
  if (!chosen.length) return zero();
  const sum = chosen.reduce((total, o) => total + o.weight, 0);
  return { fraction: clampFraction(sum / 100), feedback: texts(...chosen.map((o) => o.feedback)) };
}

function gradeTrueFalse(q: TrueFalseQuestion, value: boolean | null): Graded {
  if (typeof value !== 'boolean') return zero();
  return { fraction: value === q.correct ? 1 : 0, feedback: texts(value ? q.feedbackTrue : q.feedbackFalse) };
}

/** Picks the accepted answer with the highest weight among those that match (the first on a tie). */
function best<T extends { weight: number }>(candidates: T[]): T | undefined {
  return candidates.reduce<T | undefined>((top, c) => (!top || c.weight > top.weight ? c : top), undefined);
}

function gradeShortAnswer(q: ShortAnswerQuestion, text: string): Graded {
  if (typeof text !== 'string' || normaliseSpace(text) === '') return zero();
  const options = { caseSensitive: q.caseSensitive, ignoreDiacritics: q.ignoreDiacritics };
  const match = best(q.answers.filter((a) => matchesAccepted(text, a.text, options)));
  if (!match) return zero();
  return { fraction: clampFraction(match.weight / 100), feedback: texts(match.feedback) };
}

function gradeNumeric(q: NumericQuestion, text: string): Graded {
  if (typeof text !== 'string' || text.trim() === '') return zero();
  const x = parseNumber(text);
  if (x === null) return { ...zero(), problem: 'assessment.not_a_number' };
  const match = best(
    q.answers.filter((a) => {
      if (a.kind === 'range') return a.min <= x && x <= a.max;
      // A hair of slack so that 0.4 is within 0.1 of 0.3 despite binary floating point.
      const slack = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(x));
      return Math.abs(x - a.value) <= a.tolerance + slack;
    }),
  );
  if (!match) return zero();
  return { fraction: clampFraction(match.weight / 100), feedback: texts(match.feedback) };
}

/** Right pairs ÷ pairs: each prompt's chosen answer must be its pair's answer. */
function gradeMatching(q: MatchingQuestion, matches: Record<string, string | null>): Graded {
  if (!q.pairs.length || !matches || typeof matches !== 'object') return zero();
  const right = q.pairs.filter((p) => {
    const chosen = Object.prototype.hasOwnProperty.call(matches, p.id) ? matches[p.id] : null;
    return typeof chosen === 'string' && normaliseSpace(chosen) === normaliseSpace(p.answer);
  }).length;
  return { fraction: clampFraction(right / q.pairs.length), feedback: [] };
}
