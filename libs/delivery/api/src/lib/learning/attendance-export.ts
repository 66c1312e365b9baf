import type { AttendanceStatus, AttendanceSummary, SessionDto } from '@cds/contracts';
import ExcelJS from 'exceljs';
import { Lang, tableSheet } from '@cds/api/common';

const WORDS = {
  vi: {
    sheet: 'Điểm danh',
    sessionsSheet: 'Buổi học',
    name: 'Họ và tên',
    unit: 'Đơn vị',
    rate: 'Tỷ lệ chuyên cần (%)',
    session: (n: number) => `Buổi ${n}`,
    hours: (h: string) => `${h} giờ`,
    title: 'Nội dung',
    date: 'Ngày',
    starts: 'Bắt đầu',
    ends: 'Kết thúc',
    duration: 'Thời lượng (giờ)',
    place: 'Địa điểm',
    statuses: { present: 'Có mặt', late: 'Đi muộn', absent: 'Vắng', excused: 'Vắng có phép' } as Record<AttendanceStatus, string>,
    decimal: ',',
    file: (code: string) => `diem-danh-${code}.xlsx`,
  },
  en: {
    sheet: 'Attendance',
    sessionsSheet: 'Sessions',
    name: 'Full name',
    unit: 'Unit',
    rate: 'Attendance rate (%)',
    session: (n: number) => `Session ${n}`,
    hours: (h: string) => `${h} h`,
    title: 'Title',
    date: 'Date',
    starts: 'Starts',
    ends: 'Ends',
    duration: 'Duration (hours)',
    place: 'Place',
    statuses: { present: 'Present', late: 'Late', absent: 'Absent', excused: 'Excused' } as Record<AttendanceStatus, string>,
    decimal: '.',
    file: (code: string) => `attendance-${code}.xlsx`,
  },
};

// Made once (Intl formats are costly to build); sessions are shown in Vietnam's time.
const PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function local(iso: string) {
  const p = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return { ymd: `${p['year']}-${p['month']}-${p['day']}`, dmy: `${p['day']}/${p['month']}/${p['year']}`, time: `${p['hour']}:${p['minute']}` };
}

/** A session's length in hours, to two decimals. */
export const sessionHours = (s: SessionDto) => Math.round((new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime()) / 36_000) / 100;

/** The header of a session's column: its number, date, start time and length, e.g. "Buổi 1: 01/07/2025 08:00 (3,5 giờ)". */
export function sessionHeader(s: SessionDto, index: number, lang: Lang): string {
  const w = WORDS[lang];
  const at = local(s.startsAt);
  const hours = String(sessionHours(s)).replace('.', w.decimal);
  return `${w.session(index + 1)}: ${lang === 'vi' ? at.dmy : at.ymd} ${at.time} (${w.hours(hours)})`;
}

export const attendanceFileName = (classCode: string, lang: Lang) => WORDS[lang].file(classCode.replace(/[^\w.-]+/g, '-'));

/**
 * The attendance sheet of a class: one row per participant, one column per session held (its
 * date, time and length in the header), the rate; and a second sheet listing the sessions with
 * their lengths as numbers.
 */
export function attendanceWorkbook(summary: AttendanceSummary, lang: Lang = 'vi'): ExcelJS.Workbook {
  const w = WORDS[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-training';
  tableSheet(
    workbook,
    w.sheet,
    [
      { header: w.name, key: 'name', width: 28 },
      { header: w.unit, key: 'unit', width: 32 },
      ...summary.sessions.map((s, i) => ({ header: sessionHeader(s, i, lang), key: `s${i}`, width: 30 })),
      { header: w.rate, key: 'rate', width: 22 },
    ],
    summary.lines.map((l) => ({
      name: l.fullName,
      unit: l.orgUnitName,
      ...Object.fromEntries(l.marks.map((m, i) => [`s${i}`, m ? w.statuses[m] : null])),
      rate: l.rate,
    })),
  );
  tableSheet(
    workbook,
    w.sessionsSheet,
    [
      { header: '#', key: 'n', width: 6 },
      { header: w.title, key: 'title', width: 40 },
      { header: w.date, key: 'date', width: 14 },
      { header: w.starts, key: 'starts', width: 10 },
      { header: w.ends, key: 'ends', width: 10 },
      { header: w.duration, key: 'hours', width: 18 },
      { header: w.place, key: 'place', width: 32 },
    ],
    summary.sessions.map((s, i) => {
      const start = local(s.startsAt);
      return { n: i + 1, title: s.title, date: lang === 'vi' ? start.dmy : start.ymd, starts: start.time, ends: local(s.endsAt).time, hours: sessionHours(s), place: s.place };
    }),
  );
  return workbook;
}
