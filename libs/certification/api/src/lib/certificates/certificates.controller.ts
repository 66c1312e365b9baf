import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import archiver from 'archiver';
import ExcelJS from 'exceljs';
import { CERTIFICATE_STATES, type CertificateState, type CompletionRules, type IssueDecisionRequest, type ReissueRequest } from '@cds/contracts';
import { Authenticated, Can, CurrentPrincipal, type Principal } from '@cds/api/authz';
import { AppError, contentDisposition, Lang, refuse, RequestLang, sendWorkbook, tableSheet, vnDate } from '@cds/api/common';
import { CompletionService } from '../completion/completion.service';
import { CertificatesService, type RegisterQuery } from './certificates.service';

const STATE_WORDS: Record<CertificateState, { vi: string; en: string }> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expired: { vi: 'Hết hạn', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
  superseded: { vi: 'Đã được thay thế', en: 'Superseded' },
};

function registerQuery(q: Record<string, string | undefined>): RegisterQuery {
  const state = q['state'];
  if (state && !(CERTIFICATE_STATES as readonly string[]).includes(state)) throw refuse(HttpStatus.BAD_REQUEST, 'certification.bad_state');
  const year = q['year'] ? Number(q['year']) : undefined;
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw refuse(HttpStatus.BAD_REQUEST, 'certification.bad_year');
  const limit = q['limit'] ? Number(q['limit']) : undefined;
  return { q: q['q'], state: state as CertificateState | undefined, year, cursor: q['cursor'], limit: Number.isInteger(limit) ? limit : undefined };
}

@ApiTags('certification')
@Controller()
export class CompletionController {
  constructor(private readonly completion: CompletionService) {}

  @Get('classes/:classId/completion')
  @Can('completion.read')
  @ApiOkResponse({ description: 'CompletionBoard: the class’s rules and every learner’s state (trainers of the class; certifiers and admins in scope)' })
  board(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number) {
    return this.completion.board(principal, classId);
  }

  @Get('completion/mine')
  @Authenticated()
  @ApiOkResponse({ description: 'MyCompletion[]: the caller’s completion of every class they are taking now, with what is still missing' })
  allMine(@CurrentPrincipal() principal: Principal) {
    return this.completion.allMine(principal);
  }

  @Get('classes/:classId/completion/me')
  @Authenticated()
  @ApiOkResponse({ description: 'MyCompletion: the caller’s own completion of a class they take' })
  mine(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number) {
    return this.completion.mine(principal, classId);
  }

  @Put('classes/:classId/completion/rules')
  @Can('completion.read')
  @ApiOkResponse({ description: 'CompletionBoard after the new rules (trainers of the class, certifiers in scope); every learner is re-evaluated' })
  rules(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Body() body: CompletionRules, @Req() req: FastifyRequest) {
    return this.completion.setRules(principal, classId, body, req.ip ?? null);
  }

  @Put('classes/:classId/completion/:personId/sign-off')
  @Can('completion.signOff')
  @ApiOkResponse({ description: 'CompletionRow after the trainer’s sign-off of practical work' })
  signOff(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Param('personId', ParseIntPipe) personId: number, @Body() body: { signedOff?: unknown }, @Req() req: FastifyRequest) {
    if (typeof body?.signedOff !== 'boolean') throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.rules_field', { field: 'signedOff' });
    return this.completion.signOff(principal, classId, personId, body.signedOff, req.ip ?? null);
  }

  @Put('classes/:classId/completion/:personId/exception')
  @Can('certificates.issue')
  @ApiOkResponse({ description: 'CompletionRow after a certifier waived the rules (reason required; an empty reason removes the exception)' })
  exception(@CurrentPrincipal() principal: Principal, @Param('classId', ParseIntPipe) classId: number, @Param('personId', ParseIntPipe) personId: number, @Body() body: { reason?: unknown }, @Req() req: FastifyRequest) {
    return this.completion.setException(principal, classId, personId, body?.reason, req.ip ?? null);
  }
}

@ApiTags('certification')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Post('decisions')
  @Can('certificates.issue')
  @ApiOkResponse({ description: 'DecisionSummary: a certification decision and one certificate per selected learner (completed, not the caller, not yet certified from the class)' })
  issue(@CurrentPrincipal() principal: Principal, @Body() body: IssueDecisionRequest, @Req() req: FastifyRequest) {
    return this.certificates.issue(principal, body, req.ip ?? null);
  }

  @Get('decisions')
  @Can('completion.read')
  @ApiOkResponse({ description: 'DecisionSummary[] of a class (?classId=)' })
  decisions(@CurrentPrincipal() principal: Principal, @Query('classId', ParseIntPipe) classId: number) {
    return this.certificates.decisions(principal, classId);
  }

  @Get('decisions/:id/certificates.zip')
  @Can('completion.read')
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The decision’s certificates as signed PDFs, one zip' })
  async zip(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const { decision, certificates } = await this.certificates.decisionCertificates(principal, id);
    const pdfs: { name: string; bytes: Buffer }[] = [];
    for (const c of certificates) pdfs.push({ name: `${String(c.registerSeq).padStart(4, '0')}-${c.publicCode}.pdf`, bytes: await this.certificates.signedPdf(c) });
    const zip = archiver('zip', { zlib: { level: 1 } });
    const chunks: Buffer[] = [];
    zip.on('data', (b: Buffer) => chunks.push(b));
    const done = new Promise<void>((resolve, reject) => {
      zip.on('end', () => resolve());
      zip.on('error', reject);
    });
    for (const p of pdfs) zip.append(p.bytes, { name: p.name });
    await zip.finalize();
    await done;
    const bytes = Buffer.concat(chunks);
    void reply
      .header('content-type', 'application/zip')
      .header('content-disposition', contentDisposition('attachment', `quyet-dinh-${decision.number.replace(/[^\p{L}\p{N}-]+/gu, '-')}-${decision.year}.zip`))
      .header('content-length', String(bytes.length))
      .header('cache-control', 'private, no-store')
      .send(bytes);
  }

  @Get('certificates')
  @Can('certificates.read')
  @ApiOkResponse({ description: 'Page<CertificateDto>: the register of the caller’s subtree (?q=&state=&year=&cursor=&limit=)' })
  register(@CurrentPrincipal() principal: Principal, @Query() query: Record<string, string | undefined>) {
    return this.certificates.register(principal, registerQuery(query));
  }

  @Get('certificates.xlsx')
  @Can('certificates.read')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async registerXlsx(@CurrentPrincipal() principal: Principal, @Query() query: Record<string, string | undefined>, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const rows = await this.certificates.registerAll(principal, registerQuery(query));
    const vi = lang === 'vi';
    const workbook = new ExcelJS.Workbook();
    tableSheet(
      workbook,
      vi ? 'Sổ chứng chỉ' : 'Register',
      [
        { header: vi ? 'Số vào sổ' : 'Register no.', key: 'registerNumber', width: 12 },
        { header: vi ? 'Mã tra cứu' : 'Code', key: 'publicCode', width: 17 },
        { header: vi ? 'Họ và tên' : 'Full name', key: 'holderName', width: 28 },
        { header: vi ? 'Đơn vị' : 'Unit', key: 'holderUnit', width: 30 },
        { header: vi ? 'Mã khóa học' : 'Course code', key: 'courseCode', width: 12 },
        { header: vi ? 'Khóa học' : 'Course', key: 'courseTitle', width: 40 },
        { header: vi ? 'Số giờ' : 'Hours', key: 'hours', width: 8 },
        { header: vi ? 'Lớp' : 'Class', key: 'classCode', width: 16 },
        { header: vi ? 'Quyết định' : 'Decision', key: 'decision', width: 18 },
        { header: vi ? 'Ngày cấp' : 'Issued', key: 'issuedOn', width: 12 },
        { header: vi ? 'Hết hạn' : 'Expires', key: 'expiresOn', width: 12 },
        { header: vi ? 'Tình trạng' : 'State', key: 'state', width: 16 },
        { header: vi ? 'Lý do thu hồi' : 'Revocation reason', key: 'revokedReason', width: 30 },
      ],
      rows.map((c) => ({
        ...c,
        decision: c.decision.number,
        issuedOn: vnDate(c.issuedOn),
        expiresOn: c.expiresOn ? vnDate(c.expiresOn) : '',
        state: STATE_WORDS[c.state][lang],
        revokedReason: c.revokedReason ?? '',
      })),
    );
    await sendWorkbook(reply, workbook, vi ? 'so-chung-chi.xlsx' : 'certificate-register.xlsx');
  }

  @Get('certificates/mine')
  @Authenticated()
  @ApiOkResponse({ description: 'CertificateDto[]: the caller’s own certificates, newest first' })
  mine(@CurrentPrincipal() principal: Principal) {
    return this.certificates.mine(principal);
  }

  @Get('certificates/expiring')
  @Can('certificates.read')
  @ApiOkResponse({ description: 'ExpiringCertificate[]: valid certificates in scope expiring within ?days= (default 90), soonest first; their holders need retraining' })
  expiring(@CurrentPrincipal() principal: Principal, @Query('days') days?: string) {
    return this.certificates.expiring(principal, days === undefined ? 90 : Number(days));
  }

  @Get('certificates/:id')
  @Authenticated()
  @ApiOkResponse({ description: 'CertificateDto (its holder, or a register reader in scope; 404 otherwise)' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.certificates.get(principal, id);
  }

  @Get('certificates/:id/pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The certificate as a PDF signed by the department (PAdES)' })
  async pdf(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const { bytes, fileName } = await this.certificates.pdf(principal, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition('attachment', fileName))
      .header('content-length', String(bytes.length))
      .header('cache-control', 'private, no-store')
      .send(bytes);
  }

  @Get('certificates/:id/credential.json')
  @Authenticated()
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The Open Badges 3.0 credential: the credential in the clear with its VC-JWT as proof' })
  async credential(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    const { json, fileName } = await this.certificates.credentialFile(principal, id);
    void reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', contentDisposition('attachment', fileName))
      .header('cache-control', 'private, no-store')
      .send(json);
  }

  @Post('certificates/:id/revoke')
  @Can('certificates.issue')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'CertificateDto, revoked (reason required; only a valid one)' })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: { reason?: unknown }, @Req() req: FastifyRequest) {
    return this.certificates.revoke(principal, id, body?.reason, req.ip ?? null);
  }

  @Post('certificates/:id/reissue')
  @Can('certificates.issue')
  @HttpCode(HttpStatus.CREATED)
  @ApiOkResponse({ description: 'CertificateDto: the new certificate; the old one is kept as superseded' })
  reissue(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ReissueRequest, @Req() req: FastifyRequest) {
    if (typeof body !== 'object' || body === null) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'certification.reason_length', { max: 500 });
    return this.certificates.reissue(principal, id, body, req.ip ?? null);
  }
}

