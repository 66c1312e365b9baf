export { parseGift } from './gift-parse';
export { exportGift, escapeGift, hasMarkdown } from './gift-export';
export { parseAiken } from './aiken-parse';
export { parseExcel, type ExcelImport } from './excel-parse';
export {
  excelTemplate,
  EXCEL_COLUMNS,
  EXCEL_EXAMPLES,
  EXCEL_TYPE_NAMES,
  QUESTION_SHEET,
  HELP_SHEET,
} from './excel-template';
