import { QuestionSummary } from '@cds/contracts';

/** A question as a picker lists it: its name, else the start of its text, else its number. */
export function questionLabel(question: QuestionSummary | undefined, id: number): string {
  return question?.name.trim() || question?.excerpt.trim() || `#${id}`;
}

const FORMATS = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A number as the person's language writes it (a decimal comma in Vietnamese), at most two decimals. */
export function formatNumber(value: number, lang: string): string {
  return (lang === 'en' ? FORMATS.en : FORMATS.vi).format(value);
}
