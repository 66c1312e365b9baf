import { RoleGrant } from './roles';

export type Locale = 'vi' | 'en';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  /** Optional: the web app sends the HttpOnly cookie instead. */
  refreshToken?: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CurrentUser {
  id: number;
  email: string;
  fullName: string;
  position: string | null;
  orgUnitId: number | null;
  orgUnitName: string | null;
  roles: RoleGrant[];
}

export interface AuthResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: CurrentUser;
}

/** Password rules, checked on both sides: at least 10 characters with upper case, lower case and a digit. */
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'too_short' | 'no_upper' | 'no_lower' | 'no_digit';

/** What a new password lacks; empty when it is acceptable. */
export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (!/\p{Lu}/u.test(password)) problems.push('no_upper');
  if (!/\p{Ll}/u.test(password)) problems.push('no_lower');
  if (!/\d/.test(password)) problems.push('no_digit');
  return problems;
}
