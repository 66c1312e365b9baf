import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, ParseIntPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS } from '@cds/contracts';
import { Can, CurrentPrincipal, Roles } from '@cds/api/authz';
import type { Principal } from '@cds/api/authz';
import { APP_CONFIG, AppConfig, AppError, Lang, RequestLang, sendWorkbook, XLSX_TYPE } from '@cds/api/common';
import { attendanceFileName, attendanceWorkbook } from './attendance-export';
import { AttendanceService } from './attendance.service';
import { AttendanceSummaryDto, CheckInCodeDto, ConfirmSheetDto, RollCallDto, RollCallRequestDto, SignInSheetResponse } from './learning.dto';
import { requestOrigin, sendFile } from './send-file';

type MultipartRequest = FastifyRequest & { file(): Promise<{ filename: string; toBuffer(): Promise<Buffer> } | undefined> };

/** Who may read a class's attendance: those who take it, and staff reading classes (the service checks the class's trainers and the scope). */
const ATTENDANCE_READ_ROLES = [...new Set([...ACCESS['attendance.take'], ...ACCESS['classes.read']])];

@ApiTags('attendance')
@Controller()
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('sessions/:id/roll-call')
  @Can('attendance.take')
  @ApiOkResponse({ type: RollCallDto, description: 'The class’s participants and their marks (a trainer of the class, or an admin in scope)' })
  rollCall(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.attendance.rollCall(principal, id);
  }

  @Put('sessions/:id/roll-call')
  @Can('attendance.take')
  @ApiOkResponse({ type: RollCallDto })
  mark(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: RollCallRequestDto, @Req() req: FastifyRequest) {
    return this.attendance.mark(principal, id, body.marks, req.ip ?? null);
  }

  @Get('sessions/:id/check-in-code')
  @Can('attendance.take')
  @ApiOkResponse({ type: CheckInCodeDto, description: 'The current QR check-in code; it changes every periodSeconds (ask again at refreshAt)' })
  async checkInCode(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return this.attendance.checkInCode(principal, id, this.config.publicUrl ?? requestOrigin(req));
  }

  @Post('sessions/:id/sign-in-sheets')
  @Can('attendance.take')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: SignInSheetResponse, description: 'A scanned sign-in sheet: PDF, JPEG or PNG, at most 10 MB, checked by content (422, 413 otherwise)' })
  async uploadSheet(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Req() req: FastifyRequest) {
    const part = await (req as MultipartRequest).file().catch(() => undefined);
    if (!part) throw new AppError(HttpStatus.UNPROCESSABLE_ENTITY, 'attendance.no_file');
    const bytes = await part.toBuffer().catch(() => {
      throw new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'files.too_large', { name: part.filename, limit: 10 });
    });
    return this.attendance.uploadSheet(principal, id, { fileName: part.filename, bytes }, req.ip ?? null);
  }

  @Get('sessions/:id/sign-in-sheets')
  @Can('attendance.take')
  @ApiOkResponse({ type: [SignInSheetResponse] })
  sheets(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.attendance.listSheets(principal, id);
  }

  @Get('sign-in-sheets/:id/file')
  @Can('attendance.take')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The sheet’s bytes' })
  async sheetFile(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Res() reply: FastifyReply) {
    sendFile(reply, await this.attendance.sheetFile(principal, id));
  }

  @Post('sign-in-sheets/:id/confirm')
  @Can('attendance.take')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RollCallDto, description: 'Marks the listed enrolments present (method sheet) and records who confirmed the sheet' })
  confirm(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() body: ConfirmSheetDto, @Req() req: FastifyRequest) {
    return this.attendance.confirmSheet(principal, id, body.presentEnrolmentIds, req.ip ?? null);
  }

  @Get('classes/:id/attendance')
  @Roles(...ATTENDANCE_READ_ROLES)
  @ApiOkResponse({ type: AttendanceSummaryDto, description: 'Marks per held session and each participant’s rate (the class’s trainers, or staff with classes.read in scope)' })
  async summary(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return (await this.attendance.summary(principal, id)).summary;
  }

  @Get('classes/:id/attendance.xlsx')
  @Roles(...ATTENDANCE_READ_ROLES)
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The attendance sheet: session dates, times and durations, marks and rates' })
  async summaryExcel(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @RequestLang() lang: Lang, @Res() reply: FastifyReply) {
    const { cls, summary } = await this.attendance.summary(principal, id);
    await sendWorkbook(reply, attendanceWorkbook(summary, lang), attendanceFileName(cls.code, lang));
  }
}
