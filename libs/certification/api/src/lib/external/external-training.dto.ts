import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ExternalImportProblem, ExternalImportReport, ExternalImportRow, ExternalTrainingDto } from '@cds/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsIsoDate, IsPlainText } from '@cds/api/common';
import { MAX_HOURS, MIN_HOURS } from './external-training-sheet';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

/**
 * The text fields of `POST /api/external-trainings` (multipart, so every value arrives as a string;
 * blank fields are dropped before validation: "not given"). The evidence file travels beside them.
 */
export class RecordExternalTrainingFields {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  personId!: number;

  @ApiProperty({ maxLength: 255 })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;

  @ApiProperty({ maxLength: 255, example: 'Bộ Thông tin và Truyền thông' })
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  issuingBody!: string;

  @IsIsoDate('Not in the future')
  completedOn!: string;

  @ApiProperty({ minimum: MIN_HOURS, maximum: MAX_HOURS })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_HOURS)
  @Max(MAX_HOURS)
  hours!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  note?: string;

  @ApiPropertyOptional({ description: 'The platform course it counts as; omitted: recorded only' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  countsForCourseId?: number;
}

/** The multipart body as Swagger shows it. */
export const RECORD_BODY_SCHEMA = {
  type: 'object',
  required: ['personId', 'title', 'issuingBody', 'completedOn', 'hours', 'evidence'],
  properties: {
    personId: { type: 'integer' },
    title: { type: 'string', maxLength: 255 },
    issuingBody: { type: 'string', maxLength: 255 },
    completedOn: { type: 'string', format: 'date' },
    hours: { type: 'integer', minimum: MIN_HOURS, maximum: MAX_HOURS },
    note: { type: 'string', maxLength: 500 },
    countsForCourseId: { type: 'integer' },
    evidence: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG, at most 10 MB, checked by content' },
  },
};

export const IMPORT_BODY_SCHEMA = {
  type: 'object',
  required: ['file', 'evidence'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'The .xlsx list, filled in from template.xlsx' },
    evidence: { type: 'string', format: 'binary', description: 'One evidence file for every row (e.g. the Ministry’s list of completions): PDF, PNG or JPEG, at most 10 MB' },
  },
};

/** `PUT /api/external-trainings/:id/counts`. */
export class SetCountsForDto {
  @ApiProperty({ type: Number, nullable: true, description: 'The course it counts as; null: it no longer counts' })
  @IsDefined()
  @ValidateIf((o: SetCountsForDto) => o.courseId !== null)
  @IsInt()
  @Min(1)
  courseId!: number | null;
}

export class ExternalTrainingQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  personId?: number;

  @ApiPropertyOptional({ description: 'Part of the person’s name (with or without diacritics), the course title or the issuing body' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export type { ExternalImportProblem, ExternalImportReport, ExternalImportRow };

export class ExternalImportQuery {
  @ApiPropertyOptional({ default: true, description: 'true: check only, write nothing; false: write every row, or none when any row is bad' })
  @IsOptional()
  @Transform(({ value }) => value !== 'false' && value !== false)
  @IsBoolean()
  dryRun?: boolean;
}

class CourseRefResponse {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

export class ExternalTrainingResponse implements ExternalTrainingDto {
  @ApiProperty() id!: number;
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuingBody!: string;
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty() hours!: number;
  @ApiProperty() evidenceName!: string;
  @ApiProperty({ type: CourseRefResponse, nullable: true }) countsFor!: CourseRefResponse | null;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

// ---- import report (not in @cds/contracts yet: the web app has no import screen so far) ----


class ExternalImportProblemResponse implements ExternalImportProblem {
  @ApiProperty() row!: number;
  @ApiProperty({ type: String, nullable: true }) column!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

class ExternalImportRowResponse implements ExternalImportRow {
  @ApiProperty() row!: number;
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() issuingBody!: string;
  @ApiProperty({ format: 'date' }) completedOn!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ type: CourseRefResponse, nullable: true }) countsFor!: CourseRefResponse | null;
  @ApiProperty() note!: string;
}

export class ExternalImportReportResponse implements ExternalImportReport {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() fileName!: string;
  @ApiProperty() evidenceName!: string;
  @ApiProperty() totalRows!: number;
  @ApiProperty({ type: [ExternalImportProblemResponse] }) problems!: ExternalImportProblemResponse[];
  @ApiProperty({ type: [ExternalImportRowResponse] }) rows!: ExternalImportRowResponse[];
  @ApiProperty() imported!: number;
  @ApiProperty() counted!: number;
}
