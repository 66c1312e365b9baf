import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975), so its date is arithmetic, not Intl (1.8 % of a learner's home request in a profile). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), `YYYY-MM-DD`. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const IsIsoDate = (description?: string) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2025-07-01', description }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'isDateString' }),
    IsISO8601({ strict: true, strictSeparator: true }),
  );

/** Whether something valid over [from, to) exists on `date`. */
export const liveOn = (period: { validFrom: string; validTo: string | null }, date: string) =>
  period.validFrom <= date && (period.validTo === null || period.validTo > date);

/** A 'YYYY-MM-DD' day as Vietnamese paperwork writes it: 'DD/MM/YYYY' (Excel exports). */
export const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
