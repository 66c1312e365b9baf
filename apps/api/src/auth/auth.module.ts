import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { PrincipalLoader } from './principal.loader';
import { RefreshCookie } from './refresh-cookie';

@Module({
  controllers: [AuthController],
  providers: [AuthService, PrincipalLoader, JwtStrategy, RefreshCookie],
  exports: [AuthService],
})
export class AuthModule {}
