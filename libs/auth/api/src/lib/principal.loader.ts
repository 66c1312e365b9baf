import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@cds/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { RoleGrantEntity, Account } from '@cds/people/api';
import type { Principal } from '@cds/api/authz';
import type { PrincipalProfile } from './auth.dto';
import { OrgUnitSuccessor, OrgUnit } from '@cds/org/api';
import { RefreshToken } from './refresh-token.entity';

/** Loads the caller from the database: an inactive account or an ended session loads nothing. */
@Injectable()
export class PrincipalLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(
    accountId: number,
    sessionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<(Principal & { profile: PrincipalProfile }) | null> {
    const account = await manager.getRepository(Account).findOne({
      where: { id: accountId, active: true },
      relations: { person: { orgUnit: true } },
    });
    if (!account?.person?.active) return null;
    const live = await manager.getRepository(RefreshToken).exists({ where: { familyId: sessionId, accountId, revokedAt: IsNull() } });
    if (!live) return null;
    const grants = await manager
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .innerJoin('g.orgUnit', 'u')
      .select(['g.role AS role', 'u.id AS orgUnitId', 'u.name AS orgUnitName', 'u.path AS orgUnitPath'])
      .where('g.account_id = :accountId', { accountId })
      .orderBy('g.id')
      .getRawMany<{ role: Role; orgUnitId: number | string; orgUnitName: string; orgUnitPath: string }>();
    const lineage = new Map<string, string[]>();
    for (const path of new Set(grants.map((g) => g.orgUnitPath))) lineage.set(path, await this.lineage(manager, path));
    return {
      accountId: account.id,
      personId: account.personId,
      email: account.email,
      fullName: account.person.fullName,
      sessionId,
      grants: grants.map((g) => ({ ...g, orgUnitId: Number(g.orgUnitId), scopePaths: lineage.get(g.orgUnitPath) })),
      profile: {
        position: account.person.position,
        orgUnitId: account.person.orgUnitId,
        orgUnitName: account.person.orgUnit?.name ?? null,
      },
    };
  }

  /** The path itself and the paths of every unit merged, directly or transitively, into a unit of its subtree. */
  private async lineage(manager: EntityManager, path: string): Promise<string[]> {
    const paths = [path];
    for (let i = 0; i < paths.length && paths.length < 200; i++) {
      const rows = await manager
        .getRepository(OrgUnitSuccessor)
        .createQueryBuilder('s')
        .innerJoin(OrgUnit, 'succ', 'succ.id = s.successor_id')
        .innerJoin(OrgUnit, 'pred', 'pred.id = s.predecessor_id')
        .select('pred.path', 'path')
        .where('succ.path LIKE :prefix', { prefix: `${paths[i]}%` })
        .getRawMany<{ path: string }>();
      for (const { path: p } of rows) if (!paths.some((known) => p.startsWith(known))) paths.push(p);
    }
    return paths;
  }
}
