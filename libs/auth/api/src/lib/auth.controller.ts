import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthResponse } from '@cds/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authenticated, Public, CurrentPrincipal } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { AuthResponseDto, ChangePasswordDto, CurrentUserDto, LoginDto, RefreshDto } from './auth.dto';
import { AuthService } from './auth.service';
import { RefreshCookie } from './refresh-cookie';

const client = (req: FastifyRequest) => ({ ip: req.ip ?? null });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResponseDto, description: 'Also sets the HttpOnly refresh cookie' })
  @ApiUnauthorizedResponse({ description: 'auth.invalid_credentials' })
  @ApiTooManyRequestsResponse({ description: 'auth.too_many_attempts, with Retry-After' })
  async login(@Body() body: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuthResponse> {
    return this.cookie.set(reply, await this.auth.login(body.email, body.password, client(req)));
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResponseDto })
  @ApiUnauthorizedResponse({ description: 'auth.invalid_refresh' })
  async refresh(@Body() body: RefreshDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<AuthResponse> {
    return this.cookie.set(reply, await this.auth.refresh(body.refreshToken ?? this.cookie.read(req), client(req)));
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(body?.refreshToken ?? this.cookie.read(req), client(req));
    this.cookie.clear(reply);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ type: CurrentUserDto })
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal);
  }

  @Post('change-password')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AuthResponseDto, description: 'New tokens for this session; every other session is ended' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthResponse> {
    return this.cookie.set(reply, await this.auth.changePassword(principal, body.currentPassword, body.newPassword, client(req)));
  }
}
