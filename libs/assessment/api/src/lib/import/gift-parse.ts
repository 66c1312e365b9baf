import type {
  ChoiceOption,
  ImportProblem,
  Locale,
  MatchingPair,
  NumericAnswer,
  QuestionBase,
  QuestionBody,
  ShortAnswer,
} from '@cds/contracts';
import {
  importReason,
  optionId,
  problem,
  type ImportReason,
} from './import-messages';

/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), read into question bodies.
 *
 * - Questions are separated by blank lines; lines starting with `//` are comments (a comment
 *   `// [tag:x]` adds the tag x, as Moodle 4 writes it).
 * - `$CATEGORY: a/b/c` tags the questions that follow with the last segment ("c").
 * - `::name::` names a question; `[markdown]`, `[html]`, `[plain]` and `[moodle]` markers are
 *   dropped and the text is kept as written (texts are Markdown; the API sanitises on render).
 * - Escapes `\~ \= \# \{ \} \: \\` give the character itself, `\n` a line break.
 * - Text after the answer block makes a missing-word question: the block becomes `_____`.
 * - A description item (text with no answer block) is not imported: it is reported as a problem
 *   so the trainer sees why it is missing from the preview.
 * - A question that cannot be read is reported (line, text, reason) and the others still parse.
 */
export function parseGift(
  text: string,
  lang: Locale,
): { questions: QuestionBody[]; problems: ImportProblem[] } {
  const questions: QuestionBody[] = [];
  const problems: ImportProblem[] = [];
  let categoryTag: string | null = null;

  for (const block of splitBlocks(text)) {
    const tags: string[] = [];
    const lines: SourceLine[] = [];
    for (const line of block) {
      const trimmed = line.text.trim();
      if (trimmed.startsWith('//')) {
        for (const m of trimmed.matchAll(/\[tag:([^\]]*)\]/g))
          tags.push(m[1].trim());
        continue;
      }
      lines.push(line);
    }
    if (lines.length > 0 && /^\$CATEGORY:/i.test(lines[0].text.trim())) {
      categoryTag = lastSegment(
        lines[0].text.trim().slice('$CATEGORY:'.length),
      );
      lines.shift();
    }
    if (lines.length === 0) continue;
    const allTags = unique(
      [...(categoryTag ? [categoryTag] : []), ...tags].filter((t) => t !== ''),
    );
    const result = new QuestionReader(lines, lang, allTags).read();
    if (result.question) questions.push(result.question);
    problems.push(...result.problems);
  }
  return { questions, problems };
}

interface SourceLine {
  /** 1-based line number in the file. */
  no: number;
  text: string;
}

function splitBlocks(text: string): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const all = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  all.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ no: i + 1, text: line });
    }
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function lastSegment(category: string): string | null {
  const segments = category
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.length > 0 ? segments[segments.length - 1] : null;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// Escaped characters are swapped for private-use placeholders while the structure is read, then
// swapped back in every piece of text that comes out.
const PROTECT: Record<string, string> = {
  '\\': '\uE000',
  '~': '\uE001',
  '=': '\uE002',
  '#': '\uE003',
  '{': '\uE004',
  '}': '\uE005',
  ':': '\uE006',
  n: '\uE007',
};
const RESTORE: Record<string, string> = Object.fromEntries(
  Object.entries(PROTECT).map(([ch, ph]) => [ph, ch === 'n' ? '\n' : ch]),
);

function protect(s: string): string {
  return s
    .replace(/[\uE000-\uE007]/g, '')
    .replace(/\\([\\~=#{}:n])/g, (_, ch: string) => PROTECT[ch]);
}

function restore(s: string): string {
  return s.replace(/[\uE000-\uE007]/g, (ph) => RESTORE[ph]);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const WEIGHT = /^%\s*([-+]?[\d.,]+)\s*%/;

interface Segment {
  marker: string;
  body: string;
  /** Offset of the body in the question's text. */
  offset: number;
}

class ProblemFound extends Error {}

/** Reads one question block. */
class QuestionReader {
  private readonly s: string;
  private readonly problems: ImportProblem[] = [];

  constructor(
    private readonly lines: SourceLine[],
    private readonly lang: Locale,
    private readonly tags: string[],
  ) {
    this.s = protect(lines.map((l) => l.text).join('\n'));
  }

  read(): { question: QuestionBody | null; problems: ImportProblem[] } {
    try {
      const question = this.readQuestion();
      return {
        question: this.problems.length === 0 ? question : null,
        problems: this.problems,
      };
    } catch (e) {
      if (e instanceof ProblemFound)
        return { question: null, problems: this.problems };
      throw e;
    }
  }

  /** Records a problem at an offset of the question's text. */
  private report(
    offset: number,
    key: ImportReason,
    params: Record<string, string | number> = {},
  ): void {
    const index = Math.min(
      this.s.slice(0, Math.max(0, offset)).split('\n').length - 1,
      this.lines.length - 1,
    );
    const line = this.lines[index];
    this.problems.push(
      problem(line.no, line.text, importReason(this.lang, key, params)),
    );
  }

  /** Records a problem that makes the rest of the question unreadable. */
  private fail(
    offset: number,
    key: ImportReason,
    params: Record<string, string | number> = {},
  ): never {
    this.report(offset, key, params);
    throw new ProblemFound();
  }

  private readQuestion(): QuestionBody {
    const s = this.s;
    let pos = s.length - s.trimStart().length;
    let name = '';
    if (s.startsWith('::', pos)) {
      const end = s.indexOf('::', pos + 2);
      if (end < 0) this.fail(pos, 'unclosed_name');
      name = restore(s.slice(pos + 2, end)).trim();
      pos = end + 2;
    }
    const marker = /^\s*\[(markdown|html|plain|moodle)\]/i.exec(s.slice(pos));
    if (marker) pos += marker[0].length;

    const open = s.indexOf('{', pos);
    const close = s.indexOf('}', pos);
    if (open < 0) {
      if (close >= 0) this.fail(close, 'unopened_brace');
      this.fail(pos, 'description');
    }
    if (close >= 0 && close < open) this.fail(close, 'unopened_brace');
    if (close < 0) this.fail(open, 'unclosed_brace');
    const nested = s.indexOf('{', open + 1);
    if (nested >= 0 && nested < close) this.fail(nested, 'nested_brace');
    const after = s.slice(close + 1);
    const extraOpen = after.indexOf('{');
    const extraClose = after.indexOf('}');
    if (extraClose >= 0 && (extraOpen < 0 || extraClose < extraOpen))
      this.fail(close + 1 + extraClose, 'unopened_brace');
    if (extraOpen >= 0) this.fail(close + 1 + extraOpen, 'several_blocks');

    const before = s.slice(pos, open);
    const text = restore(
      after.trim() !== '' ? `${before}_____${after}` : before,
    ).trim();
    if (text === '') this.report(pos, 'empty_text');

    let inner = s.slice(open + 1, close);
    let generalFeedback = '';
    const general = inner.indexOf('####');
    if (general >= 0) {
      generalFeedback = restore(inner.slice(general + 4)).trim();
      inner = inner.slice(0, general);
    }
    const base: Omit<QuestionBase, 'type'> = {
      name,
      text,
      generalFeedback,
      points: 1,
      tags: [...this.tags],
    };
    const innerAt = open + 1;
    const trimmed = inner.trim();
    const head = (
      inner.includes('#') ? inner.slice(0, inner.indexOf('#')) : inner
    ).trim();

    if (trimmed === '')
      return { type: 'essay', ...base, rubric: '', maxWords: 0 };
    if (trimmed.startsWith('#'))
      return {
        type: 'numeric',
        ...base,
        answers: this.numeric(inner, innerAt),
      };
    if (/^(T|TRUE|F|FALSE)$/i.test(head))
      return this.trueFalse(inner, head, base);
    if (inner.includes('~')) return this.choice(inner, innerAt, base);
    if (trimmed.startsWith('=') && inner.includes('->'))
      return this.matching(inner, innerAt, base);
    if (trimmed.startsWith('=')) return this.shortAnswer(inner, innerAt, base);
    return this.fail(innerAt, 'unknown_construct', {
      text: restore(trimmed).slice(0, 60),
    });
  }

  /** Splits an answer block at its (unescaped) markers; text before the first marker is an unknown construct. */
  private segments(inner: string, at: number, markers: string): Segment[] {
    const starts: number[] = [];
    for (let i = 0; i < inner.length; i++)
      if (markers.includes(inner[i])) starts.push(i);
    const lead = inner.slice(0, starts.length > 0 ? starts[0] : inner.length);
    if (lead.trim() !== '')
      this.fail(at, 'unknown_construct', {
        text: restore(lead.trim()).slice(0, 60),
      });
    return starts.map((start, k) => ({
      marker: inner[start],
      body: inner.slice(
        start + 1,
        k + 1 < starts.length ? starts[k + 1] : inner.length,
      ),
      offset: at + start + 1,
    }));
  }

  /** Reads `%50%` at the start of an answer: null when there is none. */
  private weight(seg: Segment): { weight: number | null; rest: string } {
    const body = seg.body.trimStart();
    const m = WEIGHT.exec(body);
    if (!m) return { weight: null, rest: body };
    const value = Number(m[1]);
    if (!NUMBER.test(m[1]) || value < -100 || value > 100) {
      this.report(seg.offset, 'bad_weight', { text: m[0] });
      return { weight: 0, rest: body.slice(m[0].length) };
    }
    return { weight: value, rest: body.slice(m[0].length) };
  }

  private trueFalse(
    inner: string,
    head: string,
    base: Omit<QuestionBase, 'type'>,
  ): QuestionBody {
    const correct = head.toUpperCase().startsWith('T');
    const hash = inner.indexOf('#');
    const feedback = hash < 0 ? '' : inner.slice(hash + 1);
    const split = feedback.indexOf('#');
    // GIFT: {T#feedback when answered wrong#feedback when answered right}
    const wrong = restore(
      split < 0 ? feedback : feedback.slice(0, split),
    ).trim();
    const right = split < 0 ? '' : restore(feedback.slice(split + 1)).trim();
    return {
      type: 'true_false',
      ...base,
      correct,
      feedbackTrue: correct ? right : wrong,
      feedbackFalse: correct ? wrong : right,
    };
  }

  private choice(
    inner: string,
    at: number,
    base: Omit<QuestionBase, 'type'>,
  ): QuestionBody {
    const options: ChoiceOption[] = [];
    let single = false;
    for (const seg of this.segments(inner, at, '=~')) {
      const { weight, rest } = this.weight(seg);
      const { text, feedback } = splitFeedback(rest);
      const w = weight ?? (seg.marker === '=' ? 100 : 0);
      if (seg.marker === '=' && w === 100) single = true;
      if (text === '') this.report(seg.offset, 'empty_option');
      options.push({ id: optionId(options.length), text, weight: w, feedback });
    }
    if (options.length < 2) this.report(at, 'too_few_options');
    if (single) return { type: 'single_choice', ...base, options };
    const sum = options.reduce((total, o) => total + Math.max(0, o.weight), 0);
    if (Math.abs(sum - 100) > 0.5)
      this.report(at, 'weights_sum', { sum: Math.round(sum * 100) / 100 });
    return { type: 'multiple_choice', ...base, options };
  }

  private matching(
    inner: string,
    at: number,
    base: Omit<QuestionBase, 'type'>,
  ): QuestionBody {
    const pairs: MatchingPair[] = [];
    const distractors: string[] = [];
    for (const seg of this.segments(inner, at, '=')) {
      const arrow = seg.body.indexOf('->');
      if (arrow < 0) {
        this.report(seg.offset, 'matching_no_arrow', {
          text: restore(seg.body.trim()).slice(0, 60),
        });
        continue;
      }
      const prompt = restore(seg.body.slice(0, arrow)).trim();
      const answer = restore(seg.body.slice(arrow + 2)).trim();
      if (answer === '')
        this.report(seg.offset, 'matching_empty', {
          text: restore(seg.body.trim()).slice(0, 60),
        });
      else if (prompt === '') distractors.push(answer);
      else pairs.push({ id: optionId(pairs.length), prompt, answer });
    }
    if (pairs.length < 2 && this.problems.length === 0)
      this.report(at, 'matching_one_pair');
    return { type: 'matching', ...base, pairs, distractors };
  }

  private shortAnswer(
    inner: string,
    at: number,
    base: Omit<QuestionBase, 'type'>,
  ): QuestionBody {
    const answers: ShortAnswer[] = [];
    for (const seg of this.segments(inner, at, '=')) {
      const { weight, rest } = this.weight(seg);
      const { text, feedback } = splitFeedback(rest);
      if (text === '') this.report(seg.offset, 'empty_answer');
      answers.push({ text, weight: weight ?? 100, feedback });
    }
    if (!answers.some((a) => a.weight === 100))
      this.report(at, 'no_full_answer');
    return {
      type: 'short_answer',
      ...base,
      answers,
      caseSensitive: false,
      ignoreDiacritics: false,
    };
  }

  private numeric(inner: string, at: number): NumericAnswer[] {
    const hash = inner.indexOf('#');
    const body = inner.slice(hash + 1);
    const bodyAt = at + hash + 1;
    if (body.trim() === '') this.fail(at, 'no_numeric_answer');
    const segs: Segment[] = /[=~]/.test(body)
      ? this.segments(body, bodyAt, '=~')
      : [{ marker: '=', body, offset: bodyAt }];
    const answers: NumericAnswer[] = [];
    for (const seg of segs) {
      if (seg.marker === '~') {
        this.report(seg.offset, 'unknown_construct', {
          text: `~${restore(seg.body.trim()).slice(0, 59)}`,
        });
        continue;
      }
      const { weight, rest } = this.weight(seg);
      const hashAt = rest.indexOf('#');
      const value = (hashAt < 0 ? rest : rest.slice(0, hashAt)).trim();
      const feedback = hashAt < 0 ? '' : restore(rest.slice(hashAt + 1)).trim();
      const answer = this.numericValue(
        value,
        seg.offset,
        weight ?? 100,
        feedback,
      );
      if (answer) answers.push(answer);
    }
    if (answers.length > 0 && !answers.some((a) => a.weight === 100))
      this.report(at, 'no_full_answer');
    return answers;
  }

  private numericValue(
    value: string,
    offset: number,
    weight: number,
    feedback: string,
  ): NumericAnswer | null {
    const num = (raw: string): number | null => {
      const t = raw.trim();
      if (NUMBER.test(t)) return Number(t);
      this.report(offset, 'not_a_number', { text: restore(t).slice(0, 60) });
      return null;
    };
    const range = value.indexOf('..');
    if (range >= 0) {
      const min = num(value.slice(0, range));
      const max = num(value.slice(range + 2));
      if (min === null || max === null) return null;
      if (min > max) {
        this.report(offset, 'bad_range', { text: restore(value) });
        return null;
      }
      return { kind: 'range', min, max, weight, feedback };
    }
    const colon = value.indexOf(':');
    const v = num(colon < 0 ? value : value.slice(0, colon));
    const tolerance = colon < 0 ? 0 : num(value.slice(colon + 1));
    if (v === null || tolerance === null) return null;
    if (tolerance < 0) {
      this.report(offset, 'negative_tolerance', {
        text: restore(value.slice(colon + 1).trim()),
      });
      return null;
    }
    return { kind: 'tolerance', value: v, tolerance, weight, feedback };
  }
}

function splitFeedback(rest: string): { text: string; feedback: string } {
  const hash = rest.indexOf('#');
  return {
    text: restore(hash < 0 ? rest : rest.slice(0, hash)).trim(),
    feedback: hash < 0 ? '' : restore(rest.slice(hash + 1)).trim(),
  };
}
