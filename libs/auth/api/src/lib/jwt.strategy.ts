import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppError, APP_CONFIG, AppConfig } from '@cds/api/common';
import { LoadedPrincipal, PrincipalLoader } from './principal.loader';

export interface AccessTokenPayload {
  sub: number;
  sid: string;
  typ: 'access';
}

/** Verifies access tokens: HS256 only (no `alg: none`, no key confusion), our issuer and audience. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly principals: PrincipalLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwt.secret,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  /** The caller, loaded once per request; handlers read it from the request (`@CurrentPrincipal()`). */
  async validate(payload: AccessTokenPayload): Promise<LoadedPrincipal> {
    if (payload?.typ !== 'access' || typeof payload.sub !== 'number' || typeof payload.sid !== 'string') {
      throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.unauthenticated');
    }
    const principal = await this.principals.load(payload.sub, payload.sid);
    if (!principal) throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_refresh');
    return principal;
  }
}
