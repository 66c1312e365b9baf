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

/** Minimum password rules, checked on both sides. */
export const PASSWORD_MIN_LENGTH = 10;
