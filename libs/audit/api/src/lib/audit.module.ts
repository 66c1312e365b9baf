import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

export const AUDIT_ENTITIES = [AuditLog];

/** The append-only audit log: every domain records its security-relevant acts through AuditService. */
@Global()
@Module({ controllers: [AuditController], providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
