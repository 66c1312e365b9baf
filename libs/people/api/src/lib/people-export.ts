import type { PersonSummary } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { Lang, tableSheet } from '@cds/api/common';

const WORDS = {
  vi: {
    sheet: 'Nhân sự',
    fullName: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    email: 'Email',
    phone: 'Điện thoại',
    seats: 'Vị trí đội nòng cốt',
    status: 'Trạng thái',
    active: 'Đang hoạt động',
    inactive: 'Ngừng hoạt động',
    file: 'nhan-su.xlsx',
  },
  en: {
    sheet: 'People',
    fullName: 'Full name',
    position: 'Position',
    unit: 'Unit',
    email: 'Email',
    phone: 'Phone',
    seats: 'Core-team posts',
    status: 'Status',
    active: 'Active',
    inactive: 'Inactive',
    file: 'people.xlsx',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The people list as a workbook, in the person's language; the file name too. */
export function peopleWorkbook(people: PersonSummary[], lang: Lang): { workbook: ExcelJS.Workbook; fileName: string } {
  const w = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  tableSheet(
    workbook,
    w.sheet,
    [
      { header: w.fullName, key: 'fullName', width: 28 },
      { header: w.position, key: 'position', width: 32 },
      { header: w.unit, key: 'orgUnitName', width: 32 },
      { header: w.email, key: 'email', width: 28 },
      { header: w.phone, key: 'phone', width: 16 },
      { header: w.seats, key: 'seats', width: 40 },
      { header: w.status, key: 'status', width: 16 },
    ],
    people.map((p) => ({ ...p, seats: p.currentSeats.join('; '), status: p.active ? w.active : w.inactive })),
  );
  return { workbook, fileName: w.file };
}
