export { AuthModule, AUTH_ENTITIES } from './lib/auth.module';
export { AuthService } from './lib/auth.service';
export { PrincipalLoader } from './lib/principal.loader';
export { RefreshToken } from './lib/refresh-token.entity';
