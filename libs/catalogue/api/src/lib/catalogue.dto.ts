import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COURSE_VERSION_STATES,
  SEAT_FUNCTIONS,
  TOPIC_AREAS,
  type CourseRef,
  type CourseSummary,
  type CourseVersionDto,
  type CourseVersionState,
  type CreateCourseRequest,
  type LessonDto,
  type LessonFileDto,
  type LessonOutline,
  type LessonRequest,
  type MarkdownPreviewRequest,
  type MarkdownPreviewResponse,
  type ModuleDto,
  type ModuleRequest,
  type ReorderRequest,
  type SeatFunction,
  type TopicArea,
  type UpdateCourseRequest,
} from '@cds/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsPlainText, normalizeText } from '@cds/api/common';

/** Longest lesson Markdown accepted (characters); the rendered HTML must also fit its column. */
export const MAX_MARKDOWN_CHARS = 20_000;

const trimmed = () => Transform(({ value }) => (typeof value === 'string' ? normalizeText(value) : value));

// ---- responses ----------------------------------------------------------------------------

export class CourseRefDto implements CourseRef {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

export class CourseSummaryResponse extends CourseRefDto implements CourseSummary {
  @ApiProperty({ enum: TOPIC_AREAS }) topicArea!: TopicArea;
  @ApiProperty() hours!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The version learners see; null while never published' }) publishedVersion!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The version being edited (authors only; null for everyone else)' }) draftVersion!: number | null;
  @ApiProperty({ description: 'Modules of the published version (of the draft for authors while one is open)' }) moduleCount!: number;
  @ApiProperty({ description: 'Lessons of the published version (of the draft for authors while one is open)' }) lessonCount!: number;
}

export class LessonFileResponse implements LessonFileDto {
  @ApiProperty() id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
}

export class LessonOutlineResponse implements LessonOutline {
  @ApiProperty() id!: number;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty() hasVideo!: boolean;
  @ApiProperty() fileCount!: number;
}

export class ModuleResponse implements ModuleDto {
  @ApiProperty() id!: number;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [LessonOutlineResponse] }) lessons!: LessonOutlineResponse[];
}

export class CourseVersionResponse implements CourseVersionDto {
  @ApiProperty() courseId!: number;
  @ApiProperty({ description: "The version's id: a class refers to it" }) id!: number;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: COURSE_VERSION_STATES }) state!: CourseVersionState;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: TOPIC_AREAS }) topicArea!: TopicArea;
  @ApiProperty() hours!: number;
  @ApiProperty({ enum: SEAT_FUNCTIONS, isArray: true }) seatFunctions!: SeatFunction[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: [ModuleResponse] }) modules!: ModuleResponse[];
}

export class LessonResponse implements LessonDto {
  @ApiProperty() id!: number;
  @ApiProperty() moduleId!: number;
  @ApiProperty() position!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Estimated minutes of study' }) minutes!: number;
  @ApiPropertyOptional({ description: 'The Markdown as written (authors only)' }) markdown?: string;
  @ApiProperty({ description: 'The rendered, sanitised HTML' }) html!: string;
  @ApiProperty({ type: String, nullable: true }) videoUrl!: string | null;
  @ApiProperty({ type: [LessonFileResponse] }) files!: LessonFileResponse[];
}

export class MarkdownPreviewResponseDto implements MarkdownPreviewResponse {
  @ApiProperty() html!: string;
}

// ---- requests -----------------------------------------------------------------------------

export class UpdateCourseDto implements UpdateCourseRequest {
  @ApiProperty({ maxLength: 255 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;

  @ApiProperty({ maxLength: 4000 })
  @Transform(({ value }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value))
  @IsString()
  @MaxLength(4000)
  summary!: string;

  @ApiProperty({ enum: TOPIC_AREAS })
  @IsIn(TOPIC_AREAS)
  topicArea!: TopicArea;

  @ApiProperty({ minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  hours!: number;

  @ApiProperty({ enum: SEAT_FUNCTIONS, isArray: true, description: 'The kinds of core-team post the course qualifies for' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(SEAT_FUNCTIONS.length)
  @IsIn(SEAT_FUNCTIONS, { each: true })
  seatFunctions!: SeatFunction[];
}

export class CreateCourseDto extends UpdateCourseDto implements CreateCourseRequest {
  @ApiProperty({ maxLength: 40, example: 'CDS-01', description: 'Letters, digits, dot, dash, underscore; kept in capitals' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9._-]{0,39}$/)
  code!: string;
}

export class ModuleRequestDto implements ModuleRequest {
  @ApiProperty({ maxLength: 255 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;
}

export class LessonRequestDto implements LessonRequest {
  @ApiProperty({ maxLength: 255 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;

  @ApiProperty({ minimum: 0, maximum: 1440, description: 'Estimated minutes of study' })
  @IsInt()
  @Min(0)
  @Max(1440)
  minutes!: number;

  @ApiProperty({ maxLength: MAX_MARKDOWN_CHARS, description: 'Markdown; raw HTML is not rendered, and the result is sanitised' })
  @IsString()
  @MaxLength(MAX_MARKDOWN_CHARS)
  markdown!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 500, description: 'http(s) only' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  videoUrl!: string | null;
}

export class ReorderDto implements ReorderRequest {
  @ApiProperty({ type: [Number], description: 'Every id once, in the new order' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  ids!: number[];
}

export class MarkdownPreviewDto implements MarkdownPreviewRequest {
  @ApiProperty({ maxLength: MAX_MARKDOWN_CHARS })
  @IsString()
  @MaxLength(MAX_MARKDOWN_CHARS)
  markdown!: string;
}
