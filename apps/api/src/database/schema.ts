import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { RoleGrantEntity } from '../authz/role-grant.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { Account } from '../people/account.entity';
import { Person } from '../people/person.entity';
import { Foundation1764403200000 } from './migrations/1764403200000-Foundation';

/** Entities and migrations as class arrays (not globs), so the webpack bundle carries them. */
export const ENTITIES = [OrgUnit, Person, Account, RoleGrantEntity, RefreshToken, AuditLog];
export const MIGRATIONS = [Foundation1764403200000];
