import type { AnswerValue } from '@cds/contracts';

export const MAX_ESSAY_CHARS = 30_000;
export const MAX_SHORT_CHARS = 1_000;
const MAX_ID = 100;
const MAX_CHOICES = 100;

const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

/**
 * Reads a learner's answer as sent, keeping only the fields of its type; null when malformed.
 * Free text stays text: never evaluated, never rendered as HTML.
 */
export function readAnswer(x: unknown): AnswerValue | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const a = x as Record<string, unknown>;
  switch (a['type']) {
    case 'single_choice':
      return a['optionId'] === null || isText(a['optionId'], MAX_ID) ? { type: 'single_choice', optionId: a['optionId'] as string | null } : null;
    case 'multiple_choice': {
      const ids = a['optionIds'];
      if (!Array.isArray(ids) || ids.length > MAX_CHOICES || !ids.every((id) => isText(id, MAX_ID))) return null;
      return { type: 'multiple_choice', optionIds: [...new Set(ids as string[])] };
    }
    case 'true_false':
      return a['value'] === null || typeof a['value'] === 'boolean' ? { type: 'true_false', value: a['value'] as boolean | null } : null;
    case 'short_answer':
    case 'numeric':
      return isText(a['text'], MAX_SHORT_CHARS) ? { type: a['type'], text: a['text'] } : null;
    case 'essay':
      return isText(a['text'], MAX_ESSAY_CHARS) ? { type: 'essay', text: a['text'] } : null;
    case 'matching': {
      const m = a['matches'];
      if (typeof m !== 'object' || m === null || Array.isArray(m)) return null;
      const entries = Object.entries(m as Record<string, unknown>);
      if (entries.length > MAX_CHOICES || !entries.every(([k, v]) => k.length <= MAX_ID && (v === null || isText(v, MAX_SHORT_CHARS)))) return null;
      return { type: 'matching', matches: Object.fromEntries(entries) as Record<string, string | null> };
    }
    default:
      return null;
  }
}
