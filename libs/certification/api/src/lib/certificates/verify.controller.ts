import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { AuditService } from '@cds/audit/api';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Can, CurrentPrincipal, Public, type Principal } from '@cds/api/authz';
import { AppError, Lang, RequestLang } from '@cds/api/common';
import { Certificate } from '../certificate.entity';
import { signStatusList, statusListCredential } from './status-list';
import { SigningService } from './signing.service';
import { VerifyService } from './verify.service';

type MultipartRequest = FastifyRequest & { file(): Promise<{ filename: string; toBuffer(): Promise<Buffer> } | undefined> };

/**
 * Verification for anyone, without signing in: by code (the QR link), or of an uploaded credential
 * or PDF. Rate-limited per address (VERIFY_PER_MINUTE), so codes cannot be enumerated.
 */
@ApiTags('verification')
@Controller('verify')
@UseGuards(ThrottlerGuard)
export class VerifyController {
  constructor(private readonly verify: VerifyService) {}

  @Post('credential')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'UploadVerification of a credential file (.json) or its JWT: authentic and unaltered, and the certificate’s state today' })
  credential(@Body() body: unknown, @RequestLang() lang: Lang) {
    return this.verify.credential(body, lang);
  }

  @Post('pdf')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'UploadVerification of a certificate PDF (multipart field `file`): signed by this platform and unchanged since' })
  async pdf(@Req() req: FastifyRequest, @RequestLang() lang: Lang) {
    const part = await (req as MultipartRequest).file().catch(() => undefined);
    if (!part) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.no_file');
    const bytes = await part.toBuffer().catch(() => {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'files.too_large', { name: part.filename, limit: 20 });
    });
    return this.verify.pdf(bytes, lang);
  }

  @Get(':code')
  @Public()
  @ApiOkResponse({ description: 'VerificationResult: valid, expired, revoked or superseded, with what the certificate says (400 malformed code, 404 unknown)' })
  byCode(@Param('code') code: string, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.verify.byCode(code);
  }
}

/** The issuer's DID document (did:web) and the revocation status list: public, what verifiers fetch. */
@ApiTags('verification')
@Controller()
export class IssuerController {
  constructor(
    private readonly signing: SigningService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Post('credentials/keys/rotate')
  @Can('keys.rotate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'A new key signs credentials from now on; every older key stays in the DID document, so certificates already issued keep verifying. Audited.' })
  async rotate(@CurrentPrincipal() principal: Principal, @Req() req: FastifyRequest) {
    const kid = await this.signing.keys.rotate();
    const keys = (await this.signing.keys.publicKeys()).map((k) => k.kid);
    await this.audit.record({ action: 'certification.key_rotated', actorId: principal.accountId, actorEmail: principal.email, targetType: 'credential_key', targetId: null, targetLabel: kid, ip: req.ip ?? null, details: { kid, keys: keys.length } });
    return { kid, keys };
  }

  /** Served outside the /api prefix, where did:web resolution looks for it. */
  @Get('.well-known/did.json')
  @Public()
  @ApiOkResponse({ description: 'The did:web document: every credential key, old ones included, as JsonWebKey2020' })
  async did(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-type', 'application/did+json').header('cache-control', 'public, max-age=300');
    return this.signing.didDocument();
  }

  @Get('credentials/status/1')
  @Public()
  @ApiOkResponse({ description: 'The revocation list as a signed Bitstring Status List credential (VC-JWT, application/vc+jwt)' })
  async status(@Res() reply: FastifyReply) {
    const revoked = await this.db.getRepository(Certificate).find({ select: { id: true }, where: { status: 'revoked' } });
    const url = `${this.signing.baseUrl}/api/credentials/status/1`;
    const jwt = await signStatusList(statusListCredential(url, this.signing.did, revoked.map((r) => r.id)), this.signing.keys, this.signing.did);
    void reply.header('content-type', 'application/vc+jwt').header('cache-control', 'public, max-age=60').send(jwt);
  }
}
