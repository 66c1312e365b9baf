import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

// Made once: building an Intl.DateTimeFormat costs more than the list query it dates.
const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), `YYYY-MM-DD`. */
export function todayInVietnam(now = new Date()): string {
  return VIETNAM_DAY.format(now);
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
