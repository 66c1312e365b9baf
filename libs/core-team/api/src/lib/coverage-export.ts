import type { CoverageReport, CoverageState } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { tableSheet } from '@cds/api/common';

const STATE_LABELS: Record<CoverageState, string> = {
  covered: 'Đã có người đạt chuẩn',
  unqualified: 'Có người, chưa được chứng nhận',
  vacant: 'Trống',
};

export function coverageWorkbook(report: CoverageReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  tableSheet(
    workbook,
    'Bao phủ vị trí',
    [
      { header: 'Đơn vị', key: 'unit', width: 32 },
      { header: 'Vị trí', key: 'title', width: 40 },
      { header: 'Người đảm nhiệm', key: 'holder', width: 28 },
      { header: 'Tình trạng', key: 'state', width: 32 },
    ],
    report.seats.map((s) => ({ unit: s.orgUnitName, title: s.title, holder: s.holder?.fullName ?? '', state: STATE_LABELS[s.state] })),
  );
  tableSheet(
    workbook,
    'Cần đào tạo',
    [
      { header: 'Họ và tên', key: 'name', width: 28 },
      { header: 'Đơn vị', key: 'unit', width: 32 },
      { header: 'Vị trí', key: 'seat', width: 40 },
      { header: 'Khóa học đạt chuẩn', key: 'courses', width: 60 },
    ],
    report.needTraining.map((n) => ({ name: n.fullName, unit: n.orgUnitName, seat: n.seatTitle, courses: n.courses.map((c) => c.title).join('; ') })),
  );
  return workbook;
}
