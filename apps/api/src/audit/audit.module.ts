import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';

/** The audit log's read side; AuditService itself is provided by the core module to every module. */
@Module({ controllers: [AuditController] })
export class AuditModule {}
