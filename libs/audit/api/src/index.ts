export { AuditModule, AUDIT_ENTITIES } from './lib/audit.module';
export { AuditService, parseDbDate } from './lib/audit.service';
export { AuditLog } from './lib/audit-log.entity';
