import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AuthResponse,
  ChangePasswordRequest,
  CurrentUser,
  LoginRequest,
  PASSWORD_MIN_LENGTH,
  passwordProblems,
  RefreshRequest,
  RoleGrant,
} from '@cds/contracts';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import type { Grant, Principal } from '@cds/api/authz';
import { RoleGrantDto } from '@cds/people/api';

/** The shared password rule from the contracts, so the web form and the API agree. */
@ValidatorConstraint({ name: 'isStrongPassword' })
class StrongPassword implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && passwordProblems(value).filter((p) => p !== 'too_short').length === 0;
  }
  defaultMessage() {
    return 'isStrongPassword';
  }
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'learner@demo.cds.vn' })
  @IsEmail()
  @MaxLength(255)
  email!: string;

  @ApiProperty({ example: 'Demo@12345' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiPropertyOptional({ description: 'Omit to use the HttpOnly cookie' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  @Validate(StrongPassword)
  newPassword!: string;
}

export class CurrentUserDto implements CurrentUser {
  @ApiProperty() id!: number;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
  @ApiProperty({ type: Number, nullable: true }) orgUnitId!: number | null;
  @ApiProperty({ type: String, nullable: true }) orgUnitName!: string | null;
  @ApiProperty({ type: [RoleGrantDto] }) roles!: RoleGrantDto[];
}

export class AuthResponseDto implements AuthResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: CurrentUserDto }) user!: CurrentUserDto;
}

export interface PrincipalProfile {
  position: string | null;
  orgUnitId: number | null;
  orgUnitName: string | null;
}

const toGrant = ({ role, orgUnitId, orgUnitName }: Grant): RoleGrant => ({ role, orgUnitId, orgUnitName });

export function toCurrentUser(principal: Principal, profile: PrincipalProfile): CurrentUser {
  return {
    id: principal.accountId,
    email: principal.email,
    fullName: principal.fullName,
    ...profile,
    roles: principal.grants.map(toGrant),
  };
}
