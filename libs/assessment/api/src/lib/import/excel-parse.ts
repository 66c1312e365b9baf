import { HttpStatus } from '@nestjs/common';
import {
  QUESTION_TYPES,
  type ImportProblem,
  type Locale,
  type QuestionBase,
  type QuestionBody,
  type QuestionType,
} from '@cds/contracts';
import { AppError, checkUpload, foldVietnamese } from '@cds/api/common';
import ExcelJS from 'exceljs';
import { normaliseSpace, parseNumber } from '../questions';
import {
  EXCEL_ANSWERS,
  EXCEL_COLUMNS,
  EXCEL_DISTRACTOR,
  EXCEL_NO,
  EXCEL_TYPE_NAMES,
  EXCEL_YES,
  QUESTION_SHEET,
  type ExcelColumnKey,
} from './excel-template';
import {
  importReason,
  optionId,
  problem,
  type ImportReason,
} from './import-messages';
import { unzippedSize } from './zip-size';

/** What a workbook unpacks to at most: far above 500 questions of text, far below a memory problem. */
const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
/** The header row is looked for in the first rows (a trainer may put a title above it). */
const HEADER_SEARCH_ROWS = 10;

export interface ExcelImport {
  questions: QuestionBody[];
  /** Where each question came from, in the same order: its sheet row and a short description of the row. */
  sources: { line: number; text: string }[];
  /** Every row that could not be read; `line` is the sheet row. */
  problems: ImportProblem[];
}

/**
 * Reads a workbook filled in from the template (`excelTemplate`) into question bodies, like
 * `parseGift` reads text: a row that cannot be read is reported with its row number and every
 * reason at once, and the other rows still parse. The bytes must be an .xlsx (checked by content);
 * cells holding a formula are read as the result Excel saved, never evaluated here. Numbers may
 * use a decimal comma (3,5). Authoring rules (weights adding up, enough options…) are checked by
 * the caller, as for the other formats.
 */
export async function parseExcel(
  bytes: Buffer,
  fileName: string,
  lang: Locale,
  maxBytes: number,
): Promise<ExcelImport> {
  await checkUpload(bytes, fileName, ['xlsx'], maxBytes);
  const workbook = await load(bytes);
  const sheet =
    workbook.worksheets.find((s) => fold(s.name) === fold(QUESTION_SHEET)) ??
    workbook.worksheets[0];
  const out: ExcelImport = { questions: [], sources: [], problems: [] };
  const header = sheet && findHeader(sheet);
  if (!header) {
    out.problems.push(
      problem(
        1,
        sheet?.name ?? '',
        importReason(lang, 'xlsx_no_header', { sheet: sheet?.name ?? '' }),
      ),
    );
    return out;
  }
  if (header.ignored.length > 0) {
    out.problems.push(
      problem(
        header.row,
        header.ignored.join(', '),
        importReason(lang, 'xlsx_ignored_columns', {
          columns: header.ignored.map((h) => `"${h}"`).join(', '),
        }),
      ),
    );
  }
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const read = new RowReader(row, header.columns, lang).read();
    if (!read) continue;
    if (read.question) {
      out.questions.push(read.question);
      out.sources.push({ line: r, text: read.description });
    } else {
      out.problems.push(problem(r, read.description, read.reasons.join(' ')));
    }
  }
  return out;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const size = unzippedSize(bytes, MAX_UNZIPPED_BYTES);
  if (size === null) throw notXlsx();
  if (size > MAX_UNZIPPED_BYTES) {
    throw new AppError(
      HttpStatus.UNPROCESSABLE_ENTITY,
      'assessment.import_xlsx_too_big',
      { max: MAX_UNZIPPED_BYTES / 1024 / 1024 },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  return workbook;
}

const notXlsx = () =>
  new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'assessment.import_not_xlsx');

/** Headers and type names compare without case, diacritics, punctuation or a note in brackets ("Tỉ lệ" = "Tỷ lệ"). */
function fold(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^ti le\b/, 'ty le');
}

const COLUMN_BY_HEADER = new Map(
  EXCEL_COLUMNS.map((c) => [fold(c.header), c] as const),
);
const HEADER_OF = new Map(EXCEL_COLUMNS.map((c) => [c.key, c.header]));
const TYPE_BY_NAME = new Map<string, QuestionType>(
  QUESTION_TYPES.flatMap((t) => [
    [fold(EXCEL_TYPE_NAMES[t]), t] as const,
    [fold(t), t] as const,
  ]),
);

interface Header {
  row: number;
  /** Column number of each template column found. */
  columns: Map<ExcelColumnKey, number>;
  /** Headers that are not in the template, or repeat one already seen. */
  ignored: string[];
}

/** The first of the top rows that names both the type and the text columns. */
function findHeader(sheet: ExcelJS.Worksheet): Header | null {
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); r++) {
    const columns = new Map<ExcelColumnKey, number>();
    const ignored: string[] = [];
    sheet.getRow(r).eachCell((cell, c) => {
      const read = readCell(cell);
      if (read.kind !== 'text' && read.kind !== 'number') return;
      const text = read.kind === 'text' ? read.text : String(read.value);
      const key = COLUMN_BY_HEADER.get(fold(text))?.key;
      if (key && !columns.has(key)) columns.set(key, c);
      else ignored.push(normaliseSpace(text));
    });
    if (columns.has('type') && columns.has('text'))
      return { row: r, columns, ignored };
  }
  return null;
}

// ---- cells ----------------------------------------------------------------------------

type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'bad'; reason: ImportReason; text?: string };

const EMPTY: CellRead = { kind: 'empty' };

function readCell(cell: ExcelJS.Cell): CellRead {
  return readValue(cell.value, cell.numFmt ?? '');
}

/** A cell's value as typed or as Excel last computed it; formulas are never evaluated here. */
function readValue(value: ExcelJS.CellValue, numFmt: string): CellRead {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') {
    const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
    return text ? { kind: 'text', text } : EMPTY;
  }
  if (typeof value === 'number')
    return { kind: 'number', value, percent: numFmt.includes('%') };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'bad', reason: 'xlsx_date' };
  if ('error' in value)
    return { kind: 'bad', reason: 'xlsx_error_value', text: value.error };
  if ('richText' in value)
    return readValue(value.richText.map((t) => t.text).join(''), numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined || value.result === null
      ? { kind: 'bad', reason: 'xlsx_formula' }
      : readValue(value.result as ExcelJS.CellValue, numFmt);
  }
  if ('text' in value) return readValue(value.text, numFmt);
  return EMPTY;
}

// ---- rows -----------------------------------------------------------------------------

const COMMON: readonly ExcelColumnKey[] = [
  'type',
  'name',
  'text',
  'points',
  'tags',
  'generalFeedback',
];
const ANSWER_KEYS = Array.from(
  { length: EXCEL_ANSWERS },
  (_, i) => `answer${i + 1}` as const,
);
const WEIGHT_KEYS = Array.from(
  { length: EXCEL_ANSWERS },
  (_, i) => `weight${i + 1}` as const,
);
/** The columns each type reads besides the common ones; anything written elsewhere is a mistake worth showing. */
const USED: Record<QuestionType, readonly ExcelColumnKey[]> = {
  single_choice: [...ANSWER_KEYS, ...WEIGHT_KEYS],
  multiple_choice: [...ANSWER_KEYS, ...WEIGHT_KEYS],
  true_false: ['answer1'],
  short_answer: [
    ...ANSWER_KEYS,
    ...WEIGHT_KEYS,
    'caseSensitive',
    'ignoreDiacritics',
  ],
  numeric: [...ANSWER_KEYS, ...WEIGHT_KEYS],
  matching: ANSWER_KEYS,
  essay: ['rubric', 'maxWords'],
};

type NumericKey =
  | { kind: 'tolerance'; value: number; tolerance: number }
  | { kind: 'range'; min: number; max: number };

interface Answer {
  key: ExcelColumnKey;
  text: string;
  /** Percent, or null when the weight cell is empty. */
  weight: number | null;
}

/** One question row: every problem of it is collected, so the trainer fixes them all at once. */
class RowReader {
  readonly reasons: string[] = [];

  constructor(
    private readonly row: ExcelJS.Row,
    private readonly columns: Map<ExcelColumnKey, number>,
    private readonly lang: Locale,
  ) {}

  /** The question, or the reasons it cannot be read; null for a row with nothing in the template's columns. */
  read(): {
    question: QuestionBody | null;
    description: string;
    reasons: string[];
  } | null {
    if ([...this.columns.keys()].every((k) => this.cell(k).kind === 'empty'))
      return null;
    const typeText = this.text('type');
    const name = this.text('name');
    const text = this.text('text');
    const description = [
      typeText || '—',
      name || normaliseSpace(text).slice(0, 80),
    ].join(' · ');
    const type = this.type(typeText);
    const question = type ? this.question(type, { name, text }) : null;
    return {
      question: this.reasons.length === 0 ? question : null,
      description,
      reasons: this.reasons,
    };
  }

  private type(text: string): QuestionType | null {
    if (!text) return this.fail('xlsx_no_type');
    const type = TYPE_BY_NAME.get(fold(text));
    if (type) return type;
    return this.fail('xlsx_unknown_type', {
      text,
      types: Object.values(EXCEL_TYPE_NAMES).join(', '),
    });
  }

  private question(
    type: QuestionType,
    start: { name: string; text: string },
  ): QuestionBody | null {
    for (const key of this.columns.keys()) {
      if (COMMON.includes(key) || USED[type].includes(key)) continue;
      if (this.cell(key).kind !== 'empty')
        this.fail('xlsx_unused', {
          cell: this.where(key),
          type: EXCEL_TYPE_NAMES[type],
        });
    }
    const base: Omit<QuestionBase, 'type'> = {
      ...start,
      generalFeedback: this.text('generalFeedback'),
      points: this.number('points') ?? 1,
      tags: this.text('tags')
        .split(/[,;]/)
        .map((t) => normaliseSpace(t))
        .filter((t) => t !== ''),
    };
    switch (type) {
      case 'single_choice':
      case 'multiple_choice':
        return {
          type,
          ...base,
          options: this.answers().map((a, i) => ({
            id: optionId(i),
            text: a.text,
            weight: a.weight ?? 0,
            feedback: '',
          })),
        };
      case 'true_false':
        return {
          type,
          ...base,
          correct: this.trueFalse('answer1') ?? true,
          feedbackTrue: '',
          feedbackFalse: '',
        };
      case 'short_answer':
        return {
          type,
          ...base,
          answers: this.answers().map((a) => ({
            text: a.text,
            weight: a.weight ?? 100,
            feedback: '',
          })),
          caseSensitive: this.yesNo('caseSensitive'),
          ignoreDiacritics: this.yesNo('ignoreDiacritics'),
        };
      case 'numeric':
        return {
          type,
          ...base,
          answers: this.answers().flatMap((a) => {
            const key = this.numericKey(a.key);
            return key
              ? [{ ...key, weight: a.weight ?? 100, feedback: '' }]
              : [];
          }),
        };
      case 'matching':
        return { type, ...base, ...this.matching() };
      case 'essay':
        return {
          type,
          ...base,
          rubric: this.text('rubric'),
          maxWords: this.maxWords(),
        };
    }
  }

  /** The filled answer cells in order, with their weights; a weight beside an empty answer is reported. */
  private answers(): Answer[] {
    const answers: Answer[] = [];
    ANSWER_KEYS.forEach((key, i) => {
      const text = this.text(key);
      const weightKey = WEIGHT_KEYS[i];
      const weight = this.weight(weightKey);
      if (text) answers.push({ key, text, weight });
      else if (this.cell(weightKey).kind !== 'empty')
        this.fail('xlsx_weight_alone', { cell: this.where(weightKey) });
    });
    return answers;
  }

  private trueFalse(key: ExcelColumnKey): boolean | null {
    const cell = this.cell(key);
    if (cell.kind === 'boolean') return cell.value;
    const text = this.text(key);
    if (cell.kind === 'bad') return null; // already reported by text()
    const folded = fold(text);
    if (folded === 'dung' || folded === 'true') return true;
    if (folded === 'sai' || folded === 'false') return false;
    return this.fail('xlsx_true_false', { cell: this.where(key), text });
  }

  private numericKey(key: ExcelColumnKey): NumericKey | null {
    const cell = this.cell(key);
    if (cell.kind === 'number')
      return { kind: 'tolerance', value: cell.value, tolerance: 0 };
    const text = this.text(key);
    const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(text);
    const tolerance = /^(.+?)\s*(?:±|\+\/-|\+-)\s*(.+)$/.exec(text);
    if (range) {
      const [min, max] = [parseNumber(range[1]), parseNumber(range[2])];
      if (min !== null && max !== null) return { kind: 'range', min, max };
    } else if (tolerance) {
      const [value, within] = [
        parseNumber(tolerance[1]),
        parseNumber(tolerance[2]),
      ];
      if (value !== null && within !== null)
        return { kind: 'tolerance', value, tolerance: within };
    } else {
      const value = parseNumber(text);
      if (value !== null) return { kind: 'tolerance', value, tolerance: 0 };
    }
    return this.fail('xlsx_numeric', { cell: this.where(key), text });
  }

  /** "left = right" pairs (split at the first "->" if there is one, else at the first "="), and "Nhiễu: …" distractors. */
  private matching(): Pick<
    Extract<QuestionBody, { type: 'matching' }>,
    'pairs' | 'distractors'
  > {
    const pairs: { id: string; prompt: string; answer: string }[] = [];
    const distractors: string[] = [];
    const distractor = fold(EXCEL_DISTRACTOR);
    for (const key of ANSWER_KEYS) {
      const text = this.text(key);
      if (!text) continue;
      const colon = text.indexOf(':');
      if (colon > 0 && fold(text.slice(0, colon + 1)) === distractor) {
        const rest = text.slice(colon + 1).trim();
        if (rest) distractors.push(rest);
        else this.fail('xlsx_matching', { cell: this.where(key), text });
        continue;
      }
      const arrow = text.indexOf('->');
      const [at, width] = arrow >= 0 ? [arrow, 2] : [text.indexOf('='), 1];
      const prompt = at >= 0 ? text.slice(0, at).trim() : '';
      const answer = at >= 0 ? text.slice(at + width).trim() : '';
      if (prompt && answer)
        pairs.push({ id: optionId(pairs.length), prompt, answer });
      else this.fail('xlsx_matching', { cell: this.where(key), text });
    }
    return { pairs, distractors };
  }

  private yesNo(key: ExcelColumnKey): boolean {
    const cell = this.cell(key);
    if (cell.kind === 'boolean') return cell.value;
    const text = this.text(key);
    const folded = fold(text);
    if (folded === '' || folded === fold(EXCEL_NO) || folded === 'no')
      return false;
    if (folded === fold(EXCEL_YES) || folded === 'yes') return true;
    this.fail('xlsx_yes_no', { cell: this.where(key), text });
    return false;
  }

  private maxWords(): number {
    const words = this.number('maxWords');
    if (words === null) return 0;
    if (Number.isInteger(words) && words >= 0) return words;
    this.fail('xlsx_max_words', {
      cell: this.where('maxWords'),
      text: String(words),
    });
    return 0;
  }

  /** A weight in percent: 50, "50", "50%", or 0.5 in a cell Excel shows as 50%. */
  private weight(key: ExcelColumnKey): number | null {
    const cell = this.cell(key);
    if (cell.kind === 'number' && cell.percent)
      return Math.round(cell.value * 100 * 1e6) / 1e6;
    if (cell.kind === 'text')
      return this.parsed(key, cell.text.replace(/\s*%$/, ''), cell.text);
    return this.number(key);
  }

  private number(key: ExcelColumnKey): number | null {
    const cell = this.cell(key);
    if (cell.kind === 'number') return cell.value;
    if (cell.kind === 'empty') return null;
    const text = this.text(key);
    return text ? this.parsed(key, text, text) : null;
  }

  private parsed(
    key: ExcelColumnKey,
    text: string,
    shown: string,
  ): number | null {
    const value = parseNumber(text);
    if (value === null)
      this.fail('xlsx_not_number', { cell: this.where(key), text: shown });
    return value;
  }

  /** The cell as text ('' when empty); a date, an error or a formula without a saved result is reported. */
  private text(key: ExcelColumnKey): string {
    const cell = this.cell(key);
    switch (cell.kind) {
      case 'empty':
        return '';
      case 'text':
        return cell.text;
      case 'number':
      case 'boolean':
        return String(cell.value);
      case 'bad':
        this.fail(cell.reason, {
          cell: this.where(key),
          text: cell.text ?? '',
        });
        return '';
    }
  }

  private cell(key: ExcelColumnKey): CellRead {
    const column = this.columns.get(key);
    return column ? readCell(this.row.getCell(column)) : EMPTY;
  }

  /** "G5 (Đáp án 1)": the cell's address and its column's name. */
  private where(key: ExcelColumnKey): string {
    const column = this.columns.get(key) ?? 0;
    return `${this.row.getCell(column).address} (${HEADER_OF.get(key) ?? key})`;
  }

  private fail(
    reason: ImportReason,
    params: Record<string, string> = {},
  ): null {
    const text = importReason(this.lang, reason, params);
    if (!this.reasons.includes(text)) this.reasons.push(text);
    return null;
  }
}
