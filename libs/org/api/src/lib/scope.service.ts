import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@cds/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '@cds/api/common';
import { OrgUnit } from './org-unit.entity';
import { coversPath, Principal, scopePathsOf } from '@cds/api/authz';

/**
 * Checks a caller against a resource's unit. Every service that takes an id from a request
 * passes the resource's unit through here before reading or changing it.
 */
@Injectable()
export class ScopeService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Throws 404 when the unit does not exist, 403 when it lies outside the caller's subtrees for these roles. */
  async assertUnitInScope(principal: Principal, roles: readonly Role[], unitId: number): Promise<OrgUnit> {
    const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: unitId });
    if (!unit) throw new AppError(HttpStatus.NOT_FOUND, 'http.not_found');
    if (!coversPath(principal, roles, unit.path)) throw new AppError(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    return unit;
  }

  /**
   * SQL condition restricting `pathColumn` (an org_unit.path expression) to the caller's subtrees
   * for these roles; a caller with none of the roles gets a condition that matches nothing.
   */
  subtreeCondition(principal: Principal, roles: readonly Role[], pathColumn: string): { sql: string; params: Record<string, string> } {
    const paths = [...new Set(principal.grants.filter((g) => roles.includes(g.role)).flatMap(scopePathsOf))];
    if (!paths.length) return { sql: '1 = 0', params: {} };
    const params: Record<string, string> = {};
    const sql = paths
      .map((p, i) => {
        params[`scope${i}`] = `${p}%`;
        return `${pathColumn} LIKE :scope${i}`;
      })
      .join(' OR ');
    return { sql: `(${sql})`, params };
  }
}
