import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppError, APP_CONFIG, AppConfig } from '@cds/api/common';
import { LoadedPrincipal, PrincipalLoader } from './principal.loader';

export interface AccessTokenPayload {
  sub: number;
  sid: string;
  typ: 'access';
}

/**
 * Verifies access tokens: HS256 only (no `alg: none`, no key confusion), our issuer and audience,
 * not expired. The secret is turned into a key object once: given a string, jsonwebtoken would try
 * (and fail) to parse it as a public key, then build a secret key, on every request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly principals: PrincipalLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken 9 takes a KeyObject as is (and still checks it against the pinned algorithm);
      // passport-jwt hands it over unchanged, only its typings say string | Buffer.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.secret, 'utf8')) as unknown as Buffer,
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
