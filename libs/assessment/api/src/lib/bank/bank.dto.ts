import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUESTION_TYPES, type ImportProblem, type QuestionBody, type QuestionDetail, type QuestionImportPreview, type QuestionImportResult, type QuestionSummary, type QuestionType } from '@cds/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IMPORT_FORMATS, type ImportFormat } from './bank.service';

const BODY_DESCRIPTION =
  'A QuestionBody (see the contracts): type (one of ' +
  QUESTION_TYPES.join(', ') +
  '), name, text (Markdown, at most 20,000 characters), generalFeedback, points, tags, and the fields of its type with the key. Unknown fields are refused.';

/** The schema shown for a question body (checked by hand: its shape depends on its type). */
export const QUESTION_BODY_SCHEMA = { type: 'object', description: BODY_DESCRIPTION, additionalProperties: true } as const;

export class QuestionListQuery {
  @ApiPropertyOptional({ description: 'Only questions with this tag (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;
}

export class QuestionUpdateQuery {
  @ApiPropertyOptional({ description: 'The version the author edited; 409 assessment.question_changed when the question has moved on' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  baseVersion?: number;
}

export class ImportQuery {
  @ApiProperty({ enum: IMPORT_FORMATS, description: 'gift and aiken: a file or JSON text; xlsx: an .xlsx file filled in from import-template.xlsx' })
  @IsIn(IMPORT_FORMATS as unknown as string[])
  format!: ImportFormat;
}

export class QuestionSummaryResponse implements QuestionSummary {
  @ApiProperty() id!: number;
  @ApiProperty() courseId!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type!: QuestionType;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ description: 'The start of the Markdown text, whitespace collapsed (at most 160 characters)' }) excerpt!: string;
  @ApiProperty({ description: 'When the current version was saved (ISO 8601, UTC)' }) updatedAt!: string;
}

export class QuestionDetailResponse implements QuestionDetail {
  @ApiProperty() id!: number;
  @ApiProperty() courseId!: number;
  @ApiProperty() versionId!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ type: 'object', description: 'The QuestionBody WITH its key (authors only)', additionalProperties: true }) body!: QuestionBody;
  @ApiProperty({ description: 'The question text rendered from Markdown and sanitised' }) html!: string;
  @ApiProperty({ type: Number, nullable: true }) createdBy!: number | null;
  @ApiProperty() updatedAt!: string;
}

export class ImportProblemResponse implements ImportProblem {
  @ApiProperty({ description: '1-based line of the file (0 when unknown)' }) line!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ description: "The reason, in the caller's language" }) reason!: string;
}

export class QuestionImportPreviewResponse implements QuestionImportPreview {
  @ApiProperty({ enum: ['gift', 'aiken', 'xlsx'] }) format!: 'gift' | 'aiken' | 'xlsx';
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Every question that can be saved, as QuestionBody' }) questions!: QuestionBody[];
  @ApiProperty({ type: [ImportProblemResponse] }) problems!: ImportProblem[];
}

export class QuestionImportResultResponse implements QuestionImportResult {
  @ApiProperty() imported!: number;
  @ApiProperty({ type: [Number] }) ids!: number[];
}
