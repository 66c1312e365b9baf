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
  org_revision: number | string | null;
  grant_id: number | string | null;
  role: Role | null;
  unit_id: number | string | null;
  unit_name: string | null;
  unit_path: string | null;
}

/**
 * One statement: the account (active), its person (active) and the person's unit, the session
 * (a refresh-token family of this account that is not revoked), the role grants with their units,
 * and the org tree's revision (see OrgRevision). No row: no caller.
 * Parameters: account id, session id.
 */
const PRINCIPAL_SQL = `
SELECT a.id AS account_id, a.person_id AS person_id, a.email AS email, p.full_name AS full_name, p.position AS position,
       p.org_unit_id AS person_unit_id, pu.name AS person_unit_name,
       (SELECT r.revision FROM org_revision r WHERE r.id = 1) AS org_revision,
       g.id AS grant_id, g.role AS role, u.id AS unit_id, u.name AS unit_name, u.path AS unit_path
FROM account a
INNER JOIN person p ON p.id = a.person_id
LEFT JOIN org_unit pu ON pu.id = p.org_unit_id
LEFT JOIN role_grant g ON g.account_id = a.id
LEFT JOIN org_unit u ON u.id = g.org_unit_id
WHERE a.id = ? AND a.active = 1 AND p.active = 1
  AND EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = ? AND t.account_id = a.id AND t.revoked_at IS NULL)
ORDER BY g.id`;

/**
 * The merge lineage of granted paths: each path plus the paths of every unit merged, directly or
 * transitively, into a unit of a subtree already in scope (a recursive CTE over
 * org_unit_successor; UNION drops repeated rows, so a cycle ends). Predecessors already inside
 * the granted subtree add nothing and are not followed.
 */
const lineageSql = (concat: (a: string, b: string) => string, count: number) => `
WITH RECURSIVE lineage (grant_path, path) AS (
  SELECT u.path, u.path FROM org_unit u WHERE u.path IN (${Array.from({ length: count }, () => '?').join(', ')})
  UNION
  SELECT l.grant_path, pred.path
  FROM lineage l
  INNER JOIN org_unit succ ON succ.path LIKE ${concat('l.path', "'%'")}
  INNER JOIN org_unit_successor s ON s.successor_id = succ.id
  INNER JOIN org_unit pred ON pred.id = s.predecessor_id
  WHERE pred.path NOT LIKE ${concat('l.grant_path', "'%'")}
)
SELECT grant_path, path FROM lineage`;

/** Scope paths kept per granted path, for one revision of the tree; a bound on memory. */
const MAX_CACHED_PATHS = 10_000;

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
 * person, or an ended session, loads nothing; grants are as of now. The scope paths of a grant
 * (its merge lineage) depend only on the tree's shape, so they are kept per granted path for the
 * tree's current revision, which the same statement reads: a move or merge on any API instance
 * makes every instance compute them again on its next request.
 */
@Injectable()
export class PrincipalLoader {
  private readonly concat: (a: string, b: string) => string;
  private revision: number | null = null;
  private readonly scopeByPath = new Map<string, string[]>();

  constructor(@InjectDataSource() private readonly db: DataSource) {
    this.concat = isMysqlFamily(db.options) ? (a, b) => `CONCAT(${a}, ${b})` : (a, b) => `(${a} || ${b})`;
  }

  async load(accountId: number, sessionId: string, manager: EntityManager = this.db.manager): Promise<LoadedPrincipal | null> {
    const rows: Row[] = await manager.query(PRINCIPAL_SQL, [accountId, sessionId]);
    if (!rows.length) return null;
    const first = rows[0];
    const grants: Grant[] = rows
      .filter((r) => r.grant_id != null && r.role != null && r.unit_path != null)
      .map((r) => ({ role: r.role as Role, orgUnitId: Number(r.unit_id), orgUnitName: r.unit_name ?? '', orgUnitPath: r.unit_path as string }));
    const scopes = await this.scopePaths(manager, Number(first.org_revision ?? 0), grants.map((g) => g.orgUnitPath));
    return {
      accountId: Number(first.account_id),
      personId: Number(first.person_id),
      email: first.email,
      fullName: first.full_name,
      sessionId,
      grants: grants.map((g) => ({ ...g, scopePaths: scopes.get(g.orgUnitPath) ?? [g.orgUnitPath] })),
      profile: {
        position: first.position,
        orgUnitId: first.person_unit_id == null ? null : Number(first.person_unit_id),
        orgUnitName: first.person_unit_name,
      },
    };
  }

  /** The scope paths of each granted path, from the cache when the tree's revision has not moved. */
  private async scopePaths(manager: EntityManager, revision: number, paths: string[]): Promise<Map<string, string[]>> {
    if (revision !== this.revision || this.scopeByPath.size > MAX_CACHED_PATHS) {
      this.scopeByPath.clear();
      this.revision = revision;
    }
    const missing = [...new Set(paths)].filter((p) => !this.scopeByPath.has(p));
    if (missing.length) {
      const found = new Map(missing.map((p) => [p, new Set<string>()]));
      const rows: { grant_path: string; path: string }[] = await manager.query(lineageSql(this.concat, missing.length), missing);
      for (const r of rows) found.get(r.grant_path)?.add(r.path);
      for (const [path, set] of found) this.scopeByPath.set(path, scopePaths(path, set));
    }
    return new Map(paths.map((p) => [p, this.scopeByPath.get(p) ?? [p]]));
  }
}
