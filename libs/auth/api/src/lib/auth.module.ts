import { Module } from '@nestjs/common';
import { PeopleModule } from '@cds/people/api';
import { AuthController } from './auth.controller';
import { AuthPeopleListener } from './auth-people.listener';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { PrincipalLoader } from './principal.loader';
import { RefreshCookie } from './refresh-cookie';
import { RefreshToken } from './refresh-token.entity';

export const AUTH_ENTITIES = [RefreshToken];

/** Sign-in, sessions (rotating refresh tokens) and the caller behind each request (JwtStrategy → PrincipalLoader). */
@Module({
  imports: [PeopleModule],
  controllers: [AuthController],
  providers: [AuthService, PrincipalLoader, JwtStrategy, RefreshCookie, AuthPeopleListener],
  exports: [AuthService, PrincipalLoader],
})
export class AuthModule {}
