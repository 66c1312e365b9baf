import type { LearnerQuestion, MatchingQuestion, QuestionBody } from '@cds/contracts';
import { normaliseSpace } from './text';

/** The order an attempt fixes for one question: option ids, matching prompt (pair) ids, matching choices. */
export interface QuestionOrder {
  options?: string[];
  prompts?: string[];
  choices?: string[];
}

/** The answers a learner picks from in a matching question: the pairs' answers and the distractors, each once. */
export function matchingChoices(question: MatchingQuestion): string[] {
  const seen = new Set<string>();
  for (const text of [...question.pairs.map((p) => p.answer), ...question.distractors]) {
    const choice = normaliseSpace(text);
    if (choice !== '') seen.add(choice);
  }
  return [...seen];
}

/**
 * `wanted` in the given order, keeping only what exists, each once; whatever the order missed
 * follows in its natural order (so a stored order can never hide an option or show one twice).
 */
function ordered<T>(items: T[], keyOf: (item: T) => string, order: string[] | undefined): T[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  const out: T[] = [];
  const used = new Set<string>();
  for (const key of order ?? []) {
    const item = byKey.get(key);
    if (item !== undefined && !used.has(key)) {
      used.add(key);
      out.push(item);
    }
  }
  for (const item of items) if (!used.has(keyOf(item))) {
    used.add(keyOf(item));
    out.push(item);
  }
  return out;
}

/**
 * The question as a learner sees it during an attempt. Built field by field from what may be shown
 * (never by copying the question), so no weight, correct flag, per-option or general feedback,
 * accepted answer, tolerance or rubric can slip through.
 */
export function learnerView(question: QuestionBody, order: QuestionOrder, render: (md: string) => string): LearnerQuestion {
  const html = render(question.text);
  const points = question.points;
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return {
        type: question.type,
        html,
        points,
        options: ordered(question.options, (o) => o.id, order.options).map((o) => ({ id: o.id, html: render(o.text) })),
      };
    case 'true_false':
      return { type: 'true_false', html, points };
    case 'short_answer':
    case 'numeric':
      return { type: question.type, html, points };
    case 'matching':
      return {
        type: 'matching',
        html,
        points,
        prompts: ordered(question.pairs, (p) => p.id, order.prompts).map((p) => ({ id: p.id, html: render(p.prompt) })),
        choices: ordered(matchingChoices(question), (c) => c, order.choices?.map(normaliseSpace)),
      };
    case 'essay':
      return { type: 'essay', html, points, maxWords: question.maxWords };
  }
}

/** Fisher–Yates with the given source of randomness (Math.random, or a seeded one in tests). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The natural order (options, prompts and choices as the author wrote them), for a quiz that does not shuffle. */
export function naturalOrder(question: QuestionBody): QuestionOrder {
  return orderOf(question, (ids) => ids);
}

/** A shuffled order of options, matching prompts and choices, for the attempt to store. */
export function shuffleOrder(question: QuestionBody, random: () => number): QuestionOrder {
  return orderOf(question, (ids) => shuffled(ids, random));
}

function orderOf(question: QuestionBody, arrange: (ids: string[]) => string[]): QuestionOrder {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { options: arrange(question.options.map((o) => o.id)) };
    case 'matching':
      return { prompts: arrange(question.pairs.map((p) => p.id)), choices: arrange(matchingChoices(question)) };
    default:
      return {};
  }
}
