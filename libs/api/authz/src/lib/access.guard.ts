import { ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '@cds/api/common';
import { Access, ACCESS_KEY } from './access.decorators';
import { hasRole, Principal } from './principal';

/**
 * Global guard, deny by default: public routes pass, every other route needs a valid access
 * token (passport-jwt), and role routes need one of the roles. Undeclared routes are refused.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) {
      const request = context.switchToHttp().getRequest();
      this.logger.warn(`Denied ${request.method} ${request.url}: the route declares no access rule`);
      throw new AppError(HttpStatus.FORBIDDEN, 'auth.forbidden');
    }
    if (access.kind === 'public') return true;
    await super.canActivate(context);
    const principal: Principal = context.switchToHttp().getRequest().user;
    if (access.kind === 'roles' && !hasRole(principal, access.roles)) {
      throw new AppError(HttpStatus.FORBIDDEN, 'auth.forbidden');
    }
    return true;
  }

  override handleRequest<T>(err: unknown, user: T, info: unknown): T {
    if (err instanceof AppError) throw err;
    if (err || !user) {
      const expired = (info as Error | undefined)?.name === 'TokenExpiredError';
      throw new AppError(HttpStatus.UNAUTHORIZED, expired ? 'auth.token_expired' : 'auth.unauthenticated');
    }
    return user;
  }
}
