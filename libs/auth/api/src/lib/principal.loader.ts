import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@cds/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Grant, Principal } from '@cds/api/authz';
import { isMysqlFamily } from '@cds/api/database';
import type { PrincipalProfile } from './auth.dto';

/** The caller as the access guard attaches it to the request: the principal and their profile. */
export type LoadedPrincipal = Principal & { profile: PrincipalProfile };

/** At most this many scope paths per grant (a safety bound; real merge histories are far smaller). */
const MAX_SCOPE_PATHS = 200;

interface Row {
  account_id: number | string;
  person_id: number | string;
  email: string;
  full_name: string;
  position: string | null;
  person_unit_id: number | string | null;
  person_unit_name: string | null;
  grant_id: number | string | null;
  role: Role | null;
  unit_id: number | string | null;
  unit_name: string | null;
  unit_path: string | null;
  scope_path: string | null;
}

/**
 * One statement: the account (active), its person (active) and the person's unit, the session
 * (a refresh-token family of this account that is not revoked), the role grants with their units,
 * and each grant's merge lineage — the granted path plus the paths of every unit merged, directly
 * or transitively, into a unit of a subtree already in scope (a recursive CTE over
 * org_unit_successor; UNION drops repeated rows, so a cycle ends). Predecessors already inside the
 * granted subtree add nothing and are not followed. No row: no caller.
 * Parameters: account id, account id, session id.
 */
const principalSql = (concat: (a: string, b: string) => string) => `
WITH RECURSIVE
  granted AS (
    SELECT g.id AS grant_id, g.role AS role, u.id AS unit_id, u.name AS unit_name, u.path AS unit_path
    FROM role_grant g
    INNER JOIN org_unit u ON u.id = g.org_unit_id
    WHERE g.account_id = ?
  ),
  lineage (grant_path, path) AS (
    SELECT DISTINCT unit_path, unit_path FROM granted
    UNION
    SELECT l.grant_path, pred.path
    FROM lineage l
    INNER JOIN org_unit succ ON succ.path LIKE ${concat('l.path', "'%'")}
    INNER JOIN org_unit_successor s ON s.successor_id = succ.id
    INNER JOIN org_unit pred ON pred.id = s.predecessor_id
    WHERE pred.path NOT LIKE ${concat('l.grant_path', "'%'")}
  )
SELECT a.id AS account_id, a.person_id AS person_id, a.email AS email, p.full_name AS full_name, p.position AS position,
       p.org_unit_id AS person_unit_id, pu.name AS person_unit_name,
       gr.grant_id AS grant_id, gr.role AS role, gr.unit_id AS unit_id, gr.unit_name AS unit_name, gr.unit_path AS unit_path,
       l.path AS scope_path
FROM account a
INNER JOIN person p ON p.id = a.person_id
LEFT JOIN org_unit pu ON pu.id = p.org_unit_id
LEFT JOIN granted gr ON 1 = 1
LEFT JOIN lineage l ON l.grant_path = gr.unit_path
WHERE a.id = ? AND a.active = 1 AND p.active = 1
  AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.account_id = a.id AND t.revoked_at IS NULL)
ORDER BY gr.grant_id`;

/** The granted path first, then the other paths that are not inside a path already kept. */
function scopePaths(grantPath: string, found: Iterable<string>): string[] {
  const kept = [grantPath];
  const candidates = [...found].filter((p) => p !== grantPath).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const p of candidates) {
    if (kept.length >= MAX_SCOPE_PATHS) break;
    if (!kept.some((k) => p.startsWith(k))) kept.push(p);
  }
  return kept;
}

/**
 * Loads the caller from the database on every request, in one round trip: an inactive account or
 * person, or an ended session, loads nothing; grants (and their merge lineage) are as of now.
 */
@Injectable()
export class PrincipalLoader {
  private readonly sql: string;

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.sql = principalSql(isMysqlFamily(db.options) ? (a, b) => `CONCAT(${a}, ${b})` : (a, b) => `(${a} || ${b})`);
  }

  async load(accountId: number, sessionId: string, manager: EntityManager = this.db.manager): Promise<LoadedPrincipal | null> {
    const rows: Row[] = await manager.query(this.sql, [accountId, accountId, sessionId]);
    if (!rows.length) return null;
    const first = rows[0];
    const grants = new Map<string, { grant: Grant; found: Set<string> }>();
    for (const r of rows) {
      if (r.grant_id == null || r.role == null || r.unit_path == null) continue;
      const key = String(r.grant_id);
      let entry = grants.get(key);
      if (!entry) {
        entry = {
          grant: { role: r.role, orgUnitId: Number(r.unit_id), orgUnitName: r.unit_name ?? '', orgUnitPath: r.unit_path },
          found: new Set(),
        };
        grants.set(key, entry);
      }
      if (r.scope_path != null) entry.found.add(r.scope_path);
    }
    return {
      accountId: Number(first.account_id),
      personId: Number(first.person_id),
      email: first.email,
      fullName: first.full_name,
      sessionId,
      grants: [...grants.values()].map(({ grant, found }) => ({ ...grant, scopePaths: scopePaths(grant.orgUnitPath, found) })),
      profile: {
        position: first.position,
        orgUnitId: first.person_unit_id == null ? null : Number(first.person_unit_id),
        orgUnitName: first.person_unit_name,
      },
    };
  }
}
