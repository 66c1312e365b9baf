import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateAccountResponse, CreatePersonRequest, GrantRoleRequest, PersonDetail, PersonSummary, Role, RoleGrantDetail, UpdatePersonRequest } from '@cds/contracts';
import { END_REASONS, ROLES, SEAT_FUNCTIONS } from '@cds/contracts';
import type { AssignmentDto, DeactivatePersonRequest, EndReason, RoleGrant, SeatFunction } from '@cds/contracts';
import { IsIsoDate, IsPlainText, PageQuery } from '@cds/api/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value);

export class PeopleQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name, with or without diacritics, or of the email' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  unitId?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  subunits?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  active?: boolean;
}

export const PHONE_PATTERN = /^\+?[0-9 .-]{8,20}$/;

export class CreatePersonDto implements CreatePersonRequest {
  @ApiProperty({ example: 'Nguyễn Thị Minh Thu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  @IsPlainText()
  fullName!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  @IsPlainText()
  position?: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  orgUnitId!: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(255)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN)
  phone?: string | null;
}

export class UpdatePersonDto implements UpdatePersonRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(255) @IsPlainText() fullName?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(255) @IsPlainText() position?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) orgUnitId?: number;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsEmail() @MaxLength(255) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Matches(PHONE_PATTERN) phone?: string | null;
}

export class PersonSummaryDto implements PersonSummary {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: Number, nullable: true }) orgUnitId!: number | null;
  @ApiProperty({ type: String, nullable: true }) orgUnitName!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() hasAccount!: boolean;
  @ApiProperty({ type: [String] }) currentSeats!: string[];
}

export class PeoplePageDto {
  @ApiProperty({ type: [PersonSummaryDto] }) items!: PersonSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class RoleGrantDto implements RoleGrant {
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() orgUnitId!: number;
  @ApiProperty() orgUnitName!: string;
}

/** A post a person held or holds (core-team writes them; the person's page shows them). */
export class AssignmentResponse implements AssignmentDto {
  @ApiProperty() id!: number;
  @ApiProperty() seatId!: number;
  @ApiProperty() seatTitle!: string;
  @ApiProperty({ enum: SEAT_FUNCTIONS }) seatFunction!: SeatFunction;
  @ApiProperty() personId!: number;
  @ApiProperty() personName!: string;
  @ApiProperty() unitId!: number;
  @ApiProperty() unitName!: string;
  @ApiProperty({ format: 'date' }) startDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate!: string | null;
  @ApiProperty({ enum: END_REASONS, nullable: true }) endReason!: EndReason | null;
}

class RoleGrantDetailDto extends RoleGrantDto implements RoleGrantDetail {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
}

class AccountInfoDto {
  @ApiProperty() email!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [RoleGrantDetailDto] }) roles!: RoleGrantDetail[];
}

export class GrantRoleDto implements GrantRoleRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty()
  @IsInt()
  @Min(1)
  orgUnitId!: number;
}

export class PersonDetailDto extends PersonSummaryDto implements PersonDetail {
  @ApiProperty({ type: AccountInfoDto, nullable: true }) account!: AccountInfoDto | null;
  @ApiProperty({ type: [AssignmentResponse] }) assignments!: AssignmentResponse[];
}

export class CreateAccountResponseDto implements CreateAccountResponse {
  @ApiProperty() email!: string;
  @ApiProperty() temporaryPassword!: string;
}

export class DeactivatePersonDto implements DeactivatePersonRequest {
  @IsOptional()
  @IsIsoDate('The day they left; defaults to today. Their posts end on it.')
  date?: string;

  @ApiPropertyOptional({ enum: END_REASONS, default: 'other' })
  @IsOptional()
  @IsIn(END_REASONS)
  reason?: EndReason;
}
