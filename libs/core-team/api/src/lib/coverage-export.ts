import type { CoverageReport, CoverageState } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { Lang, tableSheet, vnDate } from '@cds/api/common';

const WORDS = {
  vi: {
    states: { covered: 'Đã có người đạt chuẩn', unqualified: 'Có người, chưa được chứng nhận', vacant: 'Trống' } as Record<CoverageState, string>,
    coverage: 'Bao phủ vị trí',
    needTraining: 'Cần đào tạo',
    expires: 'Chứng nhận hết hạn',
    unit: 'Đơn vị',
    seat: 'Vị trí',
    holder: 'Người đảm nhiệm',
    state: 'Tình trạng',
    name: 'Họ và tên',
    courses: 'Khóa học đạt chuẩn',
    file: (asOf: string) => `bao-phu-doi-nong-cot-${asOf}.xlsx`,
  },
  en: {
    states: { covered: 'Held by a certified person', unqualified: 'Held, not yet certified', vacant: 'Vacant' } as Record<CoverageState, string>,
    coverage: 'Post coverage',
    needTraining: 'Need training',
    expires: 'Certificate expires',
    unit: 'Unit',
    seat: 'Post',
    holder: 'Holder',
    state: 'State',
    name: 'Full name',
    courses: 'Qualifying courses',
    file: (asOf: string) => `core-team-coverage-${asOf}.xlsx`,
  },
};

/** The file name of the coverage workbook, in the person's language. */
export const coverageFileName = (report: CoverageReport, lang: Lang) => WORDS[lang].file(report.asOf);

export function coverageWorkbook(report: CoverageReport, lang: Lang = 'vi'): ExcelJS.Workbook {
  const w = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  tableSheet(
    workbook,
    w.coverage,
    [
      { header: w.unit, key: 'unit', width: 32 },
      { header: w.seat, key: 'title', width: 40 },
      { header: w.holder, key: 'holder', width: 28 },
      { header: w.state, key: 'state', width: 32 },
    ],
    report.seats.map((s) => ({ unit: s.orgUnitName, title: s.title, holder: s.holder?.fullName ?? '', state: w.states[s.state] })),
  );
  tableSheet(
    workbook,
    w.needTraining,
    [
      { header: w.name, key: 'name', width: 28 },
      { header: w.unit, key: 'unit', width: 32 },
      { header: w.seat, key: 'seat', width: 40 },
      { header: w.courses, key: 'courses', width: 60 },
      { header: w.expires, key: 'expires', width: 16 },
    ],
    report.needTraining.map((n) => ({ name: n.fullName, unit: n.orgUnitName, seat: n.seatTitle, courses: n.courses.map((c) => c.title).join('; '), expires: n.expiresOn ? vnDate(n.expiresOn) : '' })),
  );
  return workbook;
}
