import { ApiProperty } from '@nestjs/swagger';
import {
  ATTENDANCE_METHODS,
  ATTENDANCE_STATUSES,
  CLASS_MODES,
  CLASS_STATES,
  ENROLMENT_STATES,
  type AttendanceMethod,
  type AttendanceStatus,
  type AttendanceSummary,
  type AttendanceSummaryLine,
  type CheckInCode,
  type CheckInRequest,
  type CheckInResponse,
  type ClassMode,
  type ClassOutline,
  type ClassState,
  type ConfirmSheetRequest,
  type EnrolmentState,
  type LearnerClassCard,
  type LearnerHome,
  type LessonProgressRequest,
  type LessonView,
  type RollCall,
  type RollCallLine,
  type RollCallRequest,
  type SignInSheetDto,
} from '@cds/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PersonRefDto, SessionResponse } from '../delivery.dto';

// ---- learning ----

class NextLessonDto {
  @ApiProperty() lessonId!: number;
  @ApiProperty() title!: string;
}

export class LearnerClassCardDto implements LearnerClassCard {
  @ApiProperty() enrolmentId!: number;
  @ApiProperty() classId!: number;
  @ApiProperty() classCode!: string;
  @ApiProperty() classTitle!: string;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ enum: CLASS_MODES }) mode!: ClassMode;
  @ApiProperty({ enum: ENROLMENT_STATES }) state!: EnrolmentState;
  @ApiProperty({ enum: CLASS_STATES }) classState!: ClassState;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ format: 'date' }) endDate!: string;
  @ApiProperty() lessonsDone!: number;
  @ApiProperty() lessonCount!: number;
  @ApiProperty({ description: '0–100' }) progress!: number;
  @ApiProperty({ type: SessionResponse, nullable: true, description: 'The first session ending after now' }) nextSession!: SessionResponse | null;
  @ApiProperty({ type: NextLessonDto, nullable: true, description: 'Where the learner left off (if not done), else the first lesson not done' })
  nextLesson!: NextLessonDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Sessions attended ÷ sessions held so far, 0–100; null before the first session' })
  attendanceRate!: number | null;
}

export class LearnerHomeDto implements LearnerHome {
  @ApiProperty({ type: [LearnerClassCardDto] }) classes!: LearnerClassCardDto[];
}

class OutlineLessonDto {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty() done!: boolean;
}
class OutlineModuleDto {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [OutlineLessonDto] }) lessons!: OutlineLessonDto[];
}

export class ClassOutlineDto implements ClassOutline {
  @ApiProperty() classId!: number;
  @ApiProperty() enrolmentId!: number;
  @ApiProperty() courseTitle!: string;
  @ApiProperty({ type: [OutlineModuleDto] }) modules!: OutlineModuleDto[];
  @ApiProperty({ type: Number, nullable: true }) lastLessonId!: number | null;
}

class LessonFileRefDto {
  @ApiProperty() id!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
}
class LessonBodyDto {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty({ description: 'Sanitised HTML rendered from the lesson Markdown' }) html!: string;
  @ApiProperty({ type: String, nullable: true }) videoUrl!: string | null;
  @ApiProperty({ type: [LessonFileRefDto] }) files!: LessonFileRefDto[];
}

export class LessonViewDto implements LessonView {
  @ApiProperty() classId!: number;
  @ApiProperty({ type: LessonBodyDto }) lesson!: LessonBodyDto;
  @ApiProperty() moduleTitle!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ description: '0–1' }) position!: number;
  @ApiProperty({ type: Number, nullable: true }) previousLessonId!: number | null;
  @ApiProperty({ type: Number, nullable: true }) nextLessonId!: number | null;
}

export class LessonProgressDto implements LessonProgressRequest {
  @ApiProperty({ minimum: 0, maximum: 1, description: 'How much of the lesson was read, 0–1 (the furthest point is kept)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  position!: number;

  @ApiProperty({ description: 'true marks the lesson done; a lesson once done stays done' })
  @IsBoolean()
  done!: boolean;
}

export class LessonProgressResponse {
  @ApiProperty() done!: boolean;
  @ApiProperty({ description: '0–1' }) position!: number;
}

// ---- check-in ----

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ description: 'The code the QR carries: `<sessionId>.<window>.<mac>`' })
  @IsString()
  @MaxLength(100)
  code!: string;
}

export class CheckInResponseDto implements CheckInResponse {
  @ApiProperty() sessionId!: number;
  @ApiProperty() sessionTitle!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class CheckInCodeDto implements CheckInCode {
  @ApiProperty() sessionId!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'The learner check-in page with the code; what the QR carries' }) url!: string;
  @ApiProperty({ description: 'The QR code of `url`, an SVG document' }) qrSvg!: string;
  @ApiProperty({ format: 'date-time', description: 'When the code changes; ask again then' }) refreshAt!: string;
  @ApiProperty() periodSeconds!: number;
  @ApiProperty() checkedIn!: number;
  @ApiProperty() enrolled!: number;
}

// ---- roll call ----

export class RollCallLineDto implements RollCallLine {
  @ApiProperty() enrolmentId!: number;
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES, nullable: true }) status!: AttendanceStatus | null;
  @ApiProperty({ enum: ATTENDANCE_METHODS, nullable: true }) method!: AttendanceMethod | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) at!: string | null;
}

export class RollCallDto implements RollCall {
  @ApiProperty({ type: SessionResponse }) session!: SessionResponse;
  @ApiProperty({ type: [RollCallLineDto] }) lines!: RollCallLineDto[];
}

class MarkDto {
  @ApiProperty() @IsInt() @Min(1) enrolmentId!: number;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) @IsIn(ATTENDANCE_STATUSES) status!: AttendanceStatus;
}

export class RollCallRequestDto implements RollCallRequest {
  @ApiProperty({ type: [MarkDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MarkDto)
  marks!: MarkDto[];
}

// ---- sign-in sheets ----

export class SignInSheetResponse implements SignInSheetDto {
  @ApiProperty() id!: number;
  @ApiProperty() sessionId!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ type: PersonRefDto }) uploadedBy!: PersonRefDto;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ type: PersonRefDto, nullable: true }) confirmedBy!: PersonRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null;
}

export class ConfirmSheetDto implements ConfirmSheetRequest {
  @ApiProperty({ type: [Number], description: 'Enrolments present according to the sheet' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  presentEnrolmentIds!: number[];
}

// ---- summary ----

export class AttendanceSummaryLineDto implements AttendanceSummaryLine {
  @ApiProperty() enrolmentId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...ATTENDANCE_STATUSES], nullable: true }, description: 'Per held session, in session order' })
  marks!: (AttendanceStatus | null)[];
  @ApiProperty({ description: '(present + late) ÷ held sessions, 0–100' }) rate!: number;
}

export class AttendanceSummaryDto implements AttendanceSummary {
  @ApiProperty({ type: [SessionResponse], description: 'The sessions held so far (started before now), in order' }) sessions!: SessionResponse[];
  @ApiProperty({ type: [AttendanceSummaryLineDto] }) lines!: AttendanceSummaryLineDto[];
}
