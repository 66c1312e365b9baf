import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AssignRequest,
  CoverageReport,
  CoverageState,
  CreateSeatRequest,
  END_REASONS,
  EndAssignmentRequest,
  EndReason,
  SEAT_FUNCTIONS,
  SeatCoverage,
  SeatDto,
  SeatFunction,
  TransferRequest,
} from '@cds/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsIsoDate } from '@cds/api/common';
import { CourseRefDto } from '@cds/catalogue/api';
import { AssignmentResponse } from '@cds/people/api';


class HolderDto {
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ format: 'date' }) since!: string;
  @ApiProperty() assignmentId!: number;
}

export class SeatResponse implements SeatDto {
  @ApiProperty() id!: number;
  @ApiProperty() orgUnitId!: number;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ enum: SEAT_FUNCTIONS }) function!: SeatFunction;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ type: [CourseRefDto] }) qualifyingCourses!: CourseRefDto[];
  @ApiProperty({ type: HolderDto, nullable: true }) holder!: HolderDto | null;
}

export class TransferResponse {
  @ApiProperty({ type: AssignmentResponse }) ended!: AssignmentResponse;
  @ApiProperty({ type: AssignmentResponse }) started!: AssignmentResponse;
}

/** `?unitId=&asOf=`: a unit, and the date to read it as of (today by default). */
export class CoverageQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  unitId!: number;

  @IsOptional()
  @IsIsoDate('Defaults to today')
  asOf?: string;
}

export class SeatsQuery extends CoverageQuery {
  @ApiPropertyOptional({ description: 'Include the seats of sub-units' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  subunits?: boolean;
}

export class CreateSeatDto implements CreateSeatRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  orgUnitId!: number;

  @ApiProperty({ enum: SEAT_FUNCTIONS })
  @IsIn(SEAT_FUNCTIONS)
  function!: SeatFunction;

  @ApiPropertyOptional({ description: 'Defaults to the function\'s name' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  title?: string;

  @IsIsoDate()
  validFrom!: string;

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  qualifyingCourseIds!: number[];
}

export class EndSeatDto {
  @IsIsoDate()
  effectiveDate!: string;
}

export class AssignDto implements AssignRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  personId!: number;

  @IsIsoDate()
  startDate!: string;
}

export class EndAssignmentDto implements EndAssignmentRequest {
  @IsIsoDate()
  endDate!: string;

  @ApiProperty({ enum: END_REASONS })
  @IsIn(END_REASONS)
  reason!: EndReason;
}

export class TransferDto implements TransferRequest {
  @ApiProperty() @IsInt() @Min(1) personId!: number;
  @ApiProperty() @IsInt() @Min(1) fromSeatId!: number;
  @ApiProperty() @IsInt() @Min(1) toSeatId!: number;
  @IsIsoDate() date!: string;
}

class CoverageHolder {
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
}

export class SeatCoverageDto implements SeatCoverage {
  @ApiProperty() seatId!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SEAT_FUNCTIONS }) function!: SeatFunction;
  @ApiProperty() orgUnitId!: number;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty({ enum: ['covered', 'unqualified', 'vacant'] }) state!: CoverageState;
  @ApiProperty({ type: CoverageHolder, nullable: true }) holder!: CoverageHolder | null;
}

class NeedTrainingDto {
  @ApiProperty() personId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() orgUnitName!: string;
  @ApiProperty() seatTitle!: string;
  @ApiProperty({ type: [CourseRefDto] }) courses!: CourseRefDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Set when the holder is covered but the certificate expires within 90 days (to retrain)' }) expiresOn!: string | null;
}

class CoverageTotals {
  @ApiProperty() covered!: number;
  @ApiProperty() unqualified!: number;
  @ApiProperty() vacant!: number;
}

export class CoverageReportDto implements CoverageReport {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty() unitId!: number;
  @ApiProperty({ type: CoverageTotals }) totals!: CoverageTotals;
  @ApiProperty({ type: [SeatCoverageDto] }) seats!: SeatCoverageDto[];
  @ApiProperty({ type: [NeedTrainingDto] }) needTraining!: NeedTrainingDto[];
}
