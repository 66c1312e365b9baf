import ExcelJS from 'exceljs';
import { foldVietnamese, tableSheet } from '@cds/api/common';

/** Columns of the import sheet, in the template's order; headers are matched without case or diacritics. */
export const EXTERNAL_IMPORT_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', required: false, width: 26 },
  { key: 'email', header: 'Thư điện tử', required: false, width: 28, aliases: ['Email'] },
  { key: 'title', header: 'Tên khóa học', required: true, width: 40 },
  { key: 'issuingBody', header: 'Đơn vị tổ chức', required: true, width: 32 },
  { key: 'completedOn', header: 'Ngày hoàn thành', required: true, width: 18 },
  { key: 'hours', header: 'Số giờ', required: true, width: 10 },
  { key: 'courseCode', header: 'Mã khóa học tương đương', required: false, width: 26 },
  { key: 'note', header: 'Ghi chú', required: false, width: 36 },
] as const;
export type ExternalImportColumn = (typeof EXTERNAL_IMPORT_COLUMNS)[number]['key'];

export type Cell = string | Date | null;

/** The first sheet of an .xlsx workbook as rows of plain cells (row 1, the header, at index 0). */
export async function readSheet(bytes: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: Cell[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, EXTERNAL_IMPORT_COLUMNS.length); c++) cells.push(cellValue(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** A cell as text or a date: rich text joined, a formula's result, a hyperlink's text; blank → null. */
export function cellValue(value: ExcelJS.CellValue): Cell {
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

/** The column key under each header cell (null for a blank header), and the headers that are not in the template. */
export function mapHeader(header: Cell[]): { columns: (ExternalImportColumn | null)[]; unknown: string[]; missing: string[] } {
  const byFolded = new Map<string, ExternalImportColumn>();
  for (const c of EXTERNAL_IMPORT_COLUMNS) {
    byFolded.set(foldVietnamese(c.header), c.key);
    for (const alias of 'aliases' in c ? c.aliases : []) byFolded.set(foldVietnamese(alias), c.key);
  }
  const columns: (ExternalImportColumn | null)[] = [];
  const unknown: string[] = [];
  for (const cell of header) {
    const text = cell instanceof Date ? cell.toISOString() : (cell ?? '');
    const key = text ? (byFolded.get(foldVietnamese(text)) ?? null) : null;
    if (text && !key) unknown.push(text);
    columns.push(key);
  }
  const missing: string[] = EXTERNAL_IMPORT_COLUMNS.filter((c) => c.required && !columns.includes(c.key)).map((c) => c.header);
  if (!columns.includes('fullName') && !columns.includes('email')) missing.push('Họ và tên / Thư điện tử');
  return { columns, unknown, missing };
}

/** `dd/mm/yyyy`, `yyyy-mm-dd` or a date cell → `YYYY-MM-DD`; null when it is not a real date (1950–2100). */
export function parseSheetDate(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
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

export const MIN_HOURS = 1;
export const MAX_HOURS = 1000;

/** A whole number of hours within bounds ("16", "16.0"); null otherwise. */
export function parseHours(cell: Cell): number | null {
  if (cell === null || cell instanceof Date) return null;
  const text = cell.trim().replace(',', '.');
  if (!/^\d+(\.0+)?$/.test(text)) return null;
  const hours = Number(text);
  return hours >= MIN_HOURS && hours <= MAX_HOURS ? hours : null;
}

/** The template: the sheet to fill in, with an example row, and a sheet explaining each column. */
export function externalTemplateWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  tableSheet(
    workbook,
    'Đào tạo bên ngoài',
    EXTERNAL_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    [
      {
        fullName: 'Nguyễn Thị Minh Thu',
        email: 'thu.ntm@example.vn',
        title: 'Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ cấp xã',
        issuingBody: 'Bộ Thông tin và Truyền thông',
        completedOn: '15/09/2025',
        hours: 24,
        courseCode: '',
        note: 'Theo danh sách hoàn thành của Bộ',
      },
    ],
  );
  const help = workbook.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 28 }, { width: 100 }];
  help.addRows([
    ['Cột', 'Cách nhập'],
    ['Họ và tên / Thư điện tử', 'Nhập ít nhất một; khi có thư điện tử, hệ thống tìm theo thư điện tử. Người học phải thuộc phạm vi bạn quản lý.'],
    ['Tên khóa học', 'Bắt buộc; tối đa 255 ký tự.'],
    ['Đơn vị tổ chức', 'Bắt buộc, ví dụ: Bộ Thông tin và Truyền thông; tối đa 255 ký tự.'],
    ['Ngày hoàn thành', 'Bắt buộc, dd/mm/yyyy; không ở tương lai.'],
    ['Số giờ', `Bắt buộc, số nguyên từ ${MIN_HOURS} đến ${MAX_HOURS}.`],
    ['Mã khóa học tương đương', 'Không bắt buộc: mã khóa học trên nền tảng mà khóa này được công nhận tương đương (tính cho vị trí đội nòng cốt).'],
    ['Ghi chú', 'Không bắt buộc; tối đa 500 ký tự.'],
    ['Minh chứng', 'Gửi kèm một tệp minh chứng (PDF hoặc ảnh, ví dụ danh sách hoàn thành của Bộ) cho cả danh sách.'],
    ['', 'Hệ thống kiểm tra toàn bộ tệp trước; chỉ ghi nhận khi mọi dòng đều hợp lệ.'],
  ]);
  help.getRow(1).font = { bold: true };
  return workbook;
}
