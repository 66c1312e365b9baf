import { IMPORT_COLUMNS, ImportColumnKey, SEAT_FUNCTIONS, SeatFunction, SEAT_FUNCTION_LABELS } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { foldVietnamese } from '@cds/api/common';

export type Cell = string | Date | null;

/** Reads the first sheet of an .xlsx file, or a UTF-8 .csv file, into rows of plain cells. */
export async function readSheet(buffer: Buffer, fileName: string): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  if (/\.csv$/i.test(fileName)) {
    const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
    sheet = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter: detectDelimiter(text) } });
  } else {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    sheet = workbook.worksheets[0];
  }
  const rows: Cell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, IMPORT_COLUMNS.length); c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('').trim() || null;
    if ('text' in value) return String(value.text).trim() || null;
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    return null;
  }
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Maps the header row to column keys; headers compare without case or diacritics. */
export function mapHeader(header: Cell[]): { columns: (ImportColumnKey | null)[]; unknown: string[]; missing: string[] } {
  const byFolded = new Map<string, ImportColumnKey>(IMPORT_COLUMNS.map((c) => [foldVietnamese(c.header), c.key]));
  const columns: (ImportColumnKey | null)[] = [];
  const unknown: string[] = [];
  for (const cell of header) {
    const text = cell instanceof Date ? cell.toISOString() : (cell ?? '');
    if (!text) {
      columns.push(null);
      continue;
    }
    const key = byFolded.get(foldVietnamese(text)) ?? null;
    if (!key) unknown.push(text);
    columns.push(key);
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.includes(c.key)).map((c) => c.header);
  return { columns, unknown, missing };
}

/** `dd/mm/yyyy`, `yyyy-mm-dd`, or a date cell → `YYYY-MM-DD`; null when it is not a real date. */
export function parseDate(cell: Cell): string | null {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  }
  const text = (cell ?? '').trim();
  let y: number, m: number, d: number;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1950 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/** A seat function from its key or its Vietnamese name. */
export function parseSeatFunction(text: string): SeatFunction | null {
  const folded = foldVietnamese(text);
  return SEAT_FUNCTIONS.find((f) => f === text.trim() || foldVietnamese(SEAT_FUNCTION_LABELS[f]) === folded) ?? null;
}

export function templateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(18, c.header.length + 6) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    fullName: 'Nguyễn Thị Minh Thu',
    position: 'Công chức Văn hóa - Xã hội',
    unitCode: '',
    unitName: 'Xã Giao Minh',
    email: 'thu.ntm@example.vn',
    phone: '0912 345 678',
    seatFunction: SEAT_FUNCTION_LABELS.commune_cds_specialist,
    startDate: '01/08/2025',
  });
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 28 }, { width: 90 }];
  help.addRows([
    ['Cột', 'Cách nhập'],
    ['Họ và tên', 'Bắt buộc.'],
    ['Mã đơn vị / Tên đơn vị', 'Nhập một trong hai; đơn vị phải đang hoạt động và thuộc phạm vi bạn quản lý.'],
    ['Email', 'Không bắt buộc; không trùng với người đã có.'],
    ['Vị trí đội nòng cốt', `Không bắt buộc. Một trong: ${Object.values(SEAT_FUNCTION_LABELS).join('; ')}.`],
    ['Ngày bắt đầu', 'dd/mm/yyyy; bắt buộc khi có vị trí.'],
    ['', 'Hệ thống kiểm tra toàn bộ tệp trước; chỉ nhập khi mọi dòng đều hợp lệ.'],
  ]);
  help.getRow(1).font = { bold: true };
  return workbook;
}

export function templateCsv(): string {
  const header = IMPORT_COLUMNS.map((c) => c.header).join(',');
  const example = ['Nguyễn Thị Minh Thu', 'Công chức Văn hóa - Xã hội', '', 'Xã Giao Minh', 'thu.ntm@example.vn', '0912 345 678', SEAT_FUNCTION_LABELS.commune_cds_specialist, '01/08/2025'].join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
