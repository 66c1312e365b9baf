import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CLASS_MODES,
  CLASS_STATES,
  ENROLMENT_STATES,
  TOPIC_AREAS,
  type ClassDetail,
  type ClassMode,
  type ClassState,
  type ClassSummary,
  type CreateClassRequest,
  type CreatePlanRequest,
  type DecideRequest,
  type EnrolmentDto,
  type EnrolmentState,
  type NominateRequest,
  type NominateResponse,
  type Page,
  type PlanDto,
  type PlanItemDto,
  type PlanItemRequest,
  type PlanTier,
  type SessionRequest,
  type TopicArea,
  type WithdrawRequest,
} from '@cds/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate, IsPlainText, PageQuery } from '@cds/api/common';
import { PersonRefDto, SessionResponse } from '../delivery.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

// ---- plan -------------------------------------------------------------------------------

export class PlanTargetsDto implements Record<PlanTier, number> {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) province!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) department!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) district!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) commune!: number;
}

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 'Kế hoạch bồi dưỡng chuyển đổi số năm 2026' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;
}

export class PlanItemBodyDto implements PlanItemRequest {
  @ApiProperty() @IsInt() @Min(1) courseId!: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1000)
  plannedClasses!: number;

  @ApiProperty({ type: PlanTargetsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PlanTargetsDto)
  targets!: PlanTargetsDto;

  @ApiProperty({ description: 'May be empty' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  note!: string;
}

export class PlanSummaryResponse {
  @ApiProperty() id!: number;
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
}

export class PlanItemResponse implements PlanItemDto {
  @ApiProperty() id!: number;
  @ApiProperty() courseId!: number;
  @ApiProperty() courseCode!: string;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ enum: TOPIC_AREAS }) topicArea!: TopicArea;
  @ApiProperty() plannedClasses!: number;
  @ApiProperty({ type: PlanTargetsDto }) targets!: Record<PlanTier, number>;
  @ApiProperty({ description: 'Classes of the course started this year (not cancelled)' }) deliveredClasses!: number;
  @ApiProperty({ type: PlanTargetsDto, description: 'People who completed, per tier of their unit' }) completed!: Record<PlanTier, number>;
  @ApiProperty() note!: string;
}

export class PlanResponse implements PlanDto {
  @ApiProperty() id!: number;
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [PlanItemResponse] }) items!: PlanItemResponse[];
}

// ---- classes and sessions -----------------------------------------------------------------

export class ClassSummaryResponse implements ClassSummary {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() courseId!: number;
  @ApiProperty({ description: 'The course version the class runs (published when the class was created)' }) courseVersionId!: number;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ enum: CLASS_MODES }) mode!: ClassMode;
  @ApiProperty({ enum: CLASS_STATES }) state!: ClassState;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty({ format: 'date' }) enrolmentDeadline!: string;
  @ApiProperty() place!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() enrolled!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty({ description: 'Nominations and requests to join are accepted' }) open!: boolean;
  @ApiProperty() organiserUnitId!: number;
  @ApiProperty() organiserUnitName!: string;
  @ApiProperty({ type: [PersonRefDto] }) trainers!: PersonRefDto[];
}

export class ClassDetailResponse extends ClassSummaryResponse implements ClassDetail {
  @ApiProperty({ type: [SessionResponse] }) sessions!: SessionResponse[];
}

export class ClassPageResponse implements Page<ClassSummary> {
  @ApiProperty({ type: [ClassSummaryResponse] }) items!: ClassSummaryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ClassesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CLASS_STATES })
  @IsOptional()
  @IsIn(CLASS_STATES)
  state?: ClassState;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  courseId?: number;

  @ApiPropertyOptional({ description: 'Part of the class code or title' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class OpenClassesQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  courseId?: number;
}

export class NextClassQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  courseId!: number;
}

export class CreateClassDto implements CreateClassRequest {
  @ApiProperty() @IsInt() @Min(1) courseId!: number;

  @ApiProperty({ example: 'CĐS-2026-01' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @IsPlainText()
  code!: string;

  @ApiProperty({ example: 'Lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã – đợt 1' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;

  @ApiProperty({ enum: CLASS_MODES })
  @IsIn(CLASS_MODES)
  mode!: ClassMode;

  @IsIsoDate() startDate!: string;
  @IsIsoDate() endDate!: string;
  @IsIsoDate('Last day nominations and requests to join are accepted; not after the start date') enrolmentDeadline!: string;

  @ApiProperty({ description: 'Where it meets (may be empty for an online class)' })
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  @IsPlainText()
  place!: string;

  @ApiProperty({ minimum: 1, maximum: 10000 })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity!: number;

  @ApiProperty({ description: 'The unit that runs the class; must lie in your scope' })
  @IsInt()
  @Min(1)
  organiserUnitId!: number;

  @ApiProperty({ type: [Number], description: 'People holding the trainer or administrator role' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  trainerIds!: number[];
}

export class UpdateClassDto extends PartialType(OmitType(CreateClassDto, ['courseId'] as const)) {
  @ApiPropertyOptional({ description: 'Cancels the class (or takes the cancellation back)' })
  @IsOptional()
  @IsBoolean()
  cancelled?: boolean;
}

/** An instant with its offset (2026-03-02T01:30:00Z or 2026-03-02T08:30:00+07:00). */
const IsInstant = () => (target: object, key: string) => {
  ApiProperty({ type: String, format: 'date-time', example: '2026-03-02T01:30:00.000Z' })(target, key);
  IsISO8601({ strict: true })(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { message: 'isISO8601' })(target, key);
};

export class SessionBodyDto implements SessionRequest {
  @ApiProperty({ example: 'Buổi 1: Khai giảng' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  title!: string;

  @IsInstant() startsAt!: string;
  @IsInstant() endsAt!: string;

  @ApiProperty({ description: 'May be empty for an online session' })
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  @IsPlainText()
  place!: string;

  @ApiProperty({ type: String, nullable: true, example: 'https://meet.example.vn/cds-01' })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  onlineUrl!: string | null;
}

export class UpdateSessionDto extends PartialType(SessionBodyDto) {}

// ---- enrolment ----------------------------------------------------------------------------

export class EnrolmentResponse implements EnrolmentDto {
  @ApiProperty() id!: number;
  @ApiProperty() classId!: number;
  @ApiProperty() classCode!: string;
  @ApiProperty() classTitle!: string;
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ enum: ENROLMENT_STATES }) state!: EnrolmentState;
  @ApiProperty({ type: PersonRefDto, nullable: true }) nominatedBy!: PersonRefDto | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) decidedBy!: PersonRefDto | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: '1-based place on the waiting list' }) waitlistPosition!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class EnrolmentPageResponse implements Page<EnrolmentDto> {
  @ApiProperty({ type: [EnrolmentResponse] }) items!: EnrolmentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class EnrolmentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENROLMENT_STATES })
  @IsOptional()
  @IsIn(ENROLMENT_STATES)
  state?: EnrolmentState;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  classId?: number;
}

export class NominateDto implements NominateRequest {
  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  personIds!: number[];
}

export class NominateResponseDto implements NominateResponse {
  @ApiProperty({ type: [EnrolmentResponse] }) nominated!: EnrolmentResponse[];
}

export class DecideDto implements DecideRequest {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ description: 'Required to reject' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  reason?: string;
}

export class WithdrawDto implements WithdrawRequest {
  @ApiProperty({ description: 'May be empty' })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  @IsPlainText()
  reason!: string;
}

export { PersonRefDto, SessionResponse };
