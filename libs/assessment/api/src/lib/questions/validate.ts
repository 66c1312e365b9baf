import type { ChoiceOption, QuestionBody } from '@cds/contracts';
import { normaliseSpace } from './text';

/** Problem codes of an author's question; each has a vi/en message in messages.ts. */
export const QUESTION_PROBLEMS = [
  'assessment.points_not_positive',
  'assessment.text_required',
  'assessment.too_few_options',
  'assessment.duplicate_option',
  'assessment.empty_option',
  'assessment.no_full_credit',
  'assessment.weights_not_100',
  'assessment.weight_out_of_range',
  'assessment.no_answers',
  'assessment.empty_answer',
  'assessment.numeric_key_invalid',
  'assessment.negative_tolerance',
  'assessment.range_reversed',
  'assessment.too_few_pairs',
  'assessment.duplicate_prompt',
  'assessment.empty_pair',
  'assessment.max_words_invalid',
] as const;
export type QuestionProblem = (typeof QUESTION_PROBLEMS)[number];

const FULL = 100;
const EPSILON = 0.01;
const blank = (text: string | undefined) => !text || normaliseSpace(text) === '';
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const hasDuplicates = (keys: string[]) => new Set(keys).size !== keys.length;

/**
 * What is wrong with a question as its author wrote it (empty when it can be saved). Each code
 * appears once. True/false questions need nothing beyond text and points.
 */
export function validateQuestion(q: QuestionBody): QuestionProblem[] {
  const problems = new Set<QuestionProblem>();
  const weights = (ws: number[]) => {
    if (ws.some((w) => !finite(w) || w < -FULL || w > FULL)) problems.add('assessment.weight_out_of_range');
  };
  if (!finite(q.points) || q.points <= 0) problems.add('assessment.points_not_positive');
  if (blank(q.text)) problems.add('assessment.text_required');

  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      choices(q.options, problems);
      weights(q.options.map((o) => o.weight));
      if (q.type === 'single_choice') {
        if (!q.options.some((o) => Math.abs(o.weight - FULL) <= EPSILON)) problems.add('assessment.no_full_credit');
      } else {
        const positive = q.options.reduce((sum, o) => (o.weight > 0 ? sum + o.weight : sum), 0);
        if (Math.abs(positive - FULL) > EPSILON) problems.add('assessment.weights_not_100');
      }
      break;
    }
    case 'true_false':
      break;
    case 'short_answer':
      if (!q.answers.length) problems.add('assessment.no_answers');
      if (q.answers.some((a) => blank(a.text))) problems.add('assessment.empty_answer');
      weights(q.answers.map((a) => a.weight));
      if (q.answers.length && !q.answers.some((a) => Math.abs(a.weight - FULL) <= EPSILON)) problems.add('assessment.no_full_credit');
      break;
    case 'numeric':
      if (!q.answers.length) problems.add('assessment.no_answers');
      weights(q.answers.map((a) => a.weight));
      if (q.answers.length && !q.answers.some((a) => Math.abs(a.weight - FULL) <= EPSILON)) problems.add('assessment.no_full_credit');
      for (const a of q.answers) {
        if (a.kind === 'tolerance') {
          if (!finite(a.value) || !finite(a.tolerance)) problems.add('assessment.numeric_key_invalid');
          else if (a.tolerance < 0) problems.add('assessment.negative_tolerance');
        } else if (a.kind === 'range') {
          if (!finite(a.min) || !finite(a.max)) problems.add('assessment.numeric_key_invalid');
          else if (a.min > a.max) problems.add('assessment.range_reversed');
        } else {
          problems.add('assessment.numeric_key_invalid');
        }
      }
      break;
    case 'matching':
      if (q.pairs.length < 2) problems.add('assessment.too_few_pairs');
      if (q.pairs.some((p) => blank(p.prompt) || blank(p.answer) || blank(p.id))) problems.add('assessment.empty_pair');
      if (hasDuplicates(q.pairs.map((p) => normaliseSpace(p.prompt))) || hasDuplicates(q.pairs.map((p) => p.id))) {
        problems.add('assessment.duplicate_prompt');
      }
      break;
    case 'essay':
      if (!Number.isInteger(q.maxWords) || q.maxWords < 0) problems.add('assessment.max_words_invalid');
      break;
  }
  return [...problems];
}

function choices(options: ChoiceOption[], problems: Set<QuestionProblem>) {
  if (options.length < 2) problems.add('assessment.too_few_options');
  if (options.some((o) => blank(o.text) || blank(o.id))) problems.add('assessment.empty_option');
  if (hasDuplicates(options.map((o) => o.id)) || hasDuplicates(options.map((o) => normaliseSpace(o.text)))) problems.add('assessment.duplicate_option');
}
