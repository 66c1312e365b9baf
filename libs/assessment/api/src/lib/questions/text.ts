/**
 * Text and number rules shared by grading and the learner's view. Learners' answers are compared
 * as text and parsed as numbers by hand: nothing a learner types is ever evaluated.
 */

/** Unicode NFC, trimmed, inner runs of whitespace collapsed to one space. */
export function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Removes Vietnamese tones and letter marks (ă â ê ô ơ ư) and turns đ/Đ into d/D: "Hà Nội" → "Ha Noi". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export interface TextCompareOptions {
  caseSensitive: boolean;
  ignoreDiacritics: boolean;
}

/** The form in which a short answer and its accepted answers are compared. */
export function comparableText(text: string, options: TextCompareOptions): string {
  let out = normaliseSpace(text);
  if (!options.caseSensitive) out = out.toLocaleLowerCase('vi');
  if (options.ignoreDiacritics) out = stripDiacritics(out);
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a learner's answer matches an accepted answer. Both go through `comparableText`; in the
 * accepted answer a `*` matches any run of characters (as in Moodle) and `\*` is a literal asterisk.
 * The comparison is of text only: "=1+1" is five characters, not 2.
 */
export function matchesAccepted(response: string, accepted: string, options: TextCompareOptions): boolean {
  const given = comparableText(response, options);
  const pattern = comparableText(accepted, options);
  if (!pattern.includes('*')) return given === pattern;
  // Split on asterisks that are not escaped; inside each piece `\*` stands for a literal asterisk.
  const pieces = pattern.split(/(?<!\\)\*/).map((piece) => escapeRegExp(piece.replace(/\\\*/g, '*')));
  return new RegExp(`^${pieces.join('.*')}$`, 'su').test(given);
}

/**
 * A learner's number, parsed strictly: optional sign, digits with at most one decimal separator
 * ('.' or ',' — Vietnamese writes 3,5), optional exponent. Thousands separators, spaces inside,
 * formulas, hex, Infinity and anything else give null. "1e3" is 1000; "1.000,5" is not a number.
 * A single separator is always the decimal one, so "1.000" is 1 and "1,000" is 1.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.normalize('NFC').trim().replace(/^\u2212/, '-');
  const match = /^([+-]?)(\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE]([+-]?\d+))?$/.exec(trimmed);
  if (!match) return null;
  const value = Number(`${match[1]}${match[2].replace(',', '.')}${match[3] !== undefined ? `e${match[3]}` : ''}`);
  return Number.isFinite(value) ? value : null;
}
