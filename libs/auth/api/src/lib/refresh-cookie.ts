import { Inject, Injectable } from '@nestjs/common';
import type { AuthResponse } from '@cds/contracts';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '@cds/api/common';

export const REFRESH_COOKIE = 'cds_refresh';

/** The HttpOnly cookie that carries the refresh token for the web app; scoped to /api/auth. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  read(req: FastifyRequest): string | undefined {
    return (req as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies?.[REFRESH_COOKIE];
  }

  private get attributes() {
    return { httpOnly: true, sameSite: 'strict' as const, secure: this.config.cookieSecure, path: '/api/auth' };
  }

  set(reply: FastifyReply, auth: AuthResponse): AuthResponse {
    reply.setCookie(REFRESH_COOKIE, auth.refreshToken, { ...this.attributes, maxAge: this.config.refreshTtlDays * 86_400 });
    return auth;
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(REFRESH_COOKIE, this.attributes);
  }
}
