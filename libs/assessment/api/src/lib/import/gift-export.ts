import type { NumericAnswer, QuestionBody } from '@cds/contracts';

/**
 * Writes questions as Moodle GIFT, one question per paragraph, so that `parseGift` reads back
 * the same questions (names, texts, weights, feedback, tags and missing-word blanks included).
 *
 * What GIFT cannot say is not written: points (every imported question gets 1), short-answer case
 * and diacritics options, an essay's rubric and word limit, option ids (the importer hands out
 * 'a', 'b', … again). Tags are written as Moodle 4 does, in a `// [tag:x]` comment line.
 */
export function exportGift(questions: QuestionBody[]): string {
  return (
    questions.map(exportQuestion).join('\n\n') +
    (questions.length > 0 ? '\n' : '')
  );
}

/** GIFT's escapes: the characters with a meaning are written with a backslash, line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\~=#{}:]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

const MARKDOWN = [
  /\*\*[^*\n]+\*\*/,
  /__[^_\n]+__/,
  /(^|[\s(])\*[^*\s][^*\n]*\*/,
  /`[^`\n]+`/,
  /^#{1,6}\s/m,
  /^\s*([-*+]|\d+[.)])\s+\S/m,
  /!?\[[^\]\n]*\]\([^)\n]*\)/,
  /^>\s/m,
];

/** Whether a text uses Markdown (then the question is written with GIFT's `[markdown]` marker). */
export function hasMarkdown(text: string): boolean {
  return MARKDOWN.some((re) => re.test(text));
}

function exportQuestion(q: QuestionBody): string {
  const lines: string[] = [];
  const tags = q.tags
    .map((t) => t.replace(/[\]\n\r]/g, ' ').trim())
    .filter((t) => t !== '');
  if (tags.length > 0)
    lines.push(`// ${tags.map((t) => `[tag:${t}]`).join(' ')}`);

  const name = q.name.trim() !== '' ? `::${escapeGift(q.name.trim())}::` : '';
  // The marker also keeps a text that starts like a comment, a category or a marker from being read as one.
  const marker =
    hasMarkdown(q.text) || /^\s*(\/\/|\$|\[)/.test(q.text) ? '[markdown]' : '';
  const blank = q.text.indexOf('_____');
  const missingWord = blank >= 0 && q.text.slice(blank + 5).trim() !== '';
  const parts = answerParts(q);
  const general =
    q.generalFeedback.trim() !== ''
      ? `####${escapeGift(q.generalFeedback)}`
      : '';
  const block = missingWord
    ? `{${[...parts, general].filter((p) => p !== '').join(' ')}}`
    : parts.length > 1
      ? `{\n${[...parts, general]
          .filter((p) => p !== '')
          .map((p) => `\t${p}`)
          .join('\n')}\n}`
      : `{${parts.join('')}${general}}`;
  const body = missingWord
    ? `${escapeGift(q.text.slice(0, blank))}${block}${escapeGift(q.text.slice(blank + 5))}`
    : `${escapeGift(q.text)} ${block}`;
  lines.push(`${name}${marker}${body}`);
  return lines.join('\n');
}

/** A weight prefix: written when it is not the marker's default, or when the text itself starts with '%'. */
function weighted(marker: '=' | '~', weight: number, text: string): string {
  const byDefault = marker === '=' ? 100 : 0;
  return weight !== byDefault || text.startsWith('%')
    ? `${marker}%${weight}%`
    : marker;
}

function withFeedback(text: string, feedback: string): string {
  return feedback.trim() !== ''
    ? `${escapeGift(text)} #${escapeGift(feedback)}`
    : escapeGift(text);
}

function answerParts(q: QuestionBody): string[] {
  switch (q.type) {
    case 'single_choice':
      return q.options.map(
        (o) =>
          `${o.weight === 100 ? weighted('=', 100, o.text) : weighted('~', o.weight, o.text)}${withFeedback(o.text, o.feedback)}`,
      );
    case 'multiple_choice':
      // Never a bare "=": that would make it a single choice when read back.
      return q.options.map(
        (o) =>
          `${weighted('~', o.weight, o.text)}${withFeedback(o.text, o.feedback)}`,
      );
    case 'true_false': {
      const head = q.correct ? 'TRUE' : 'FALSE';
      // GIFT: {T#feedback when answered wrong#feedback when answered right}
      const wrong = q.correct ? q.feedbackFalse : q.feedbackTrue;
      const right = q.correct ? q.feedbackTrue : q.feedbackFalse;
      if (right.trim() !== '')
        return [`${head}#${escapeGift(wrong)}#${escapeGift(right)}`];
      if (wrong.trim() !== '') return [`${head}#${escapeGift(wrong)}`];
      return [head];
    }
    case 'short_answer':
      return q.answers.map(
        (a) =>
          `${weighted('=', a.weight, a.text)}${withFeedback(a.text, a.feedback)}`,
      );
    case 'numeric':
      if (q.answers.length === 1 && q.answers[0].weight === 100) {
        const a = q.answers[0];
        return [
          `#${numericValue(a)}${a.feedback.trim() !== '' ? ` #${escapeGift(a.feedback)}` : ''}`,
        ];
      }
      return [
        '#',
        ...q.answers.map(
          (a) =>
            `=%${a.weight}%${numericValue(a)}${a.feedback.trim() !== '' ? ` #${escapeGift(a.feedback)}` : ''}`,
        ),
      ];
    case 'matching':
      return [
        ...q.pairs.map(
          (p) => `=${escapeGift(p.prompt)} -> ${escapeGift(p.answer)}`,
        ),
        ...q.distractors.map((d) => `= -> ${escapeGift(d)}`),
      ];
    case 'essay':
      return [];
  }
}

function numericValue(a: NumericAnswer): string {
  return a.kind === 'range'
    ? `${a.min}..${a.max}`
    : `${a.value}:${a.tolerance}`;
}
