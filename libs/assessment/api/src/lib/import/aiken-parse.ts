import type {
  ChoiceOption,
  ImportProblem,
  Locale,
  QuestionBody,
} from '@cds/contracts';
import { importReason, problem } from './import-messages';

/**
 * Moodle's Aiken format: a question (one or more lines), its options `A.` / `A)` one per line,
 * then `ANSWER: B`. Each question becomes a single_choice (the answer 100%, the others 0) with
 * option ids 'a', 'b', … taken from the letters. Blank lines between questions are optional.
 * A question with no ANSWER line, or whose answer is not one of its letters, is reported with its
 * line and skipped; the others still parse.
 */
export function parseAiken(
  text: string,
  lang: Locale,
): { questions: QuestionBody[]; problems: ImportProblem[] } {
  const questions: QuestionBody[] = [];
  const problems: ImportProblem[] = [];
  const report = (
    line: number,
    source: string,
    key: Parameters<typeof importReason>[1],
    params: Record<string, string> = {},
  ) => problems.push(problem(line, source, importReason(lang, key, params)));

  interface Pending {
    line: number;
    source: string;
    text: string[];
    options: { letter: string; text: string }[];
    broken: boolean;
  }
  let current: Pending | null = null;

  const abandon = (q: Pending) => {
    // A question whose options are not followed by ANSWER: reported at its first line.
    if (!q.broken) report(q.line, q.source, 'aiken_no_answer');
  };

  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  lines.forEach((raw, i) => {
    const no = i + 1;
    const line = raw.trim();
    if (line === '') {
      // A blank line after the options ends the question.
      if (current && current.options.length > 0) {
        abandon(current);
        current = null;
      }
      return;
    }
    const answer = /^ANSWER\s*:\s*(.*)$/i.exec(line);
    if (answer) {
      if (!current || current.options.length === 0) {
        report(no, raw, 'aiken_orphan_answer');
        current = null;
        return;
      }
      const letter = answer[1].trim().toUpperCase();
      const q: Pending = current;
      current = null;
      if (q.broken) return;
      if (!q.options.some((o) => o.letter === letter)) {
        report(no, raw, 'aiken_bad_letter', { text: answer[1].trim() });
        return;
      }
      const options: ChoiceOption[] = q.options.map((o) => ({
        id: o.letter.toLowerCase(),
        text: o.text,
        weight: o.letter === letter ? 100 : 0,
        feedback: '',
      }));
      questions.push({
        type: 'single_choice',
        name: '',
        text: q.text.join('\n'),
        generalFeedback: '',
        points: 1,
        tags: [],
        options,
      });
      return;
    }
    const option = /^([A-Z])[.)][ \t]+(.*)$/.exec(line);
    if (option && current) {
      const letter = option[1];
      if (current.options.some((o) => o.letter === letter)) {
        report(no, raw, 'aiken_duplicate_letter', { text: letter });
        current.broken = true;
      }
      current.options.push({ letter, text: option[2].trim() });
      return;
    }
    if (current && current.options.length > 0) {
      // A new question starts while the previous one still waits for its ANSWER line.
      abandon(current);
      current = null;
    }
    if (current) current.text.push(line);
    else
      current = {
        line: no,
        source: raw,
        text: [line],
        options: [],
        broken: false,
      };
  });
  if (current) abandon(current);
  return { questions, problems };
}
