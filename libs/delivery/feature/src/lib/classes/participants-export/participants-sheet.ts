import { ClassDetail, EnrolmentDto } from '@cds/contracts';
import { XlsxSheet } from './xlsx-sheet';

/** The participants of a class as a sheet, with headings and states in the person's language. */
export function participantsSheet(
  cls: Pick<ClassDetail, 'code' | 'title'>,
  rows: readonly EnrolmentDto[],
  t: (key: string) => string,
): XlsxSheet {
  return {
    name: `${t('classes.participants.sheetName')} ${cls.code}`,
    widths: [6, 32, 36, 22, 12, 28],
    header: ['no', 'fullName', 'unit', 'state', 'waitlistPosition', 'nominatedBy'].map((k) => t(`classes.participants.${k}`)),
    rows: rows.map((e, i) => [i + 1, e.fullName, e.orgUnitName, t(`enrolment.states.${e.state}`), e.waitlistPosition, e.nominatedBy?.fullName ?? null]),
  };
}
