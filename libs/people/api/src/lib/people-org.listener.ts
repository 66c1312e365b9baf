import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { refuse } from '@cds/api/common';
import { OrgHooks, OrgListener, OrgUnit, UnitMerge } from '@cds/org/api';
import { DataSource, EntityManager } from 'typeorm';
import { Person } from './person.entity';
import { RoleGrantEntity } from './role-grant.entity';

/** What happens to people and role grants when the org tree changes. */
@Injectable()
export class PeopleOrgListener implements OrgListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    hooks: OrgHooks,
  ) {
    hooks.register(this);
  }

  /** A unit cannot end while active people work in it: move them (or merge the unit) first. */
  async unitEnding(tx: EntityManager, unit: OrgUnit): Promise<void> {
    const count = await tx.getRepository(Person).countBy({ orgUnitId: unit.id, active: true });
    if (count) throw refuse(HttpStatus.CONFLICT, 'org.has_people', { count });
  }

  /** The source's active people move to the target, and role grants on the source now apply to the target. */
  async unitMerging(tx: EntityManager, { source, target }: UnitMerge) {
    const moved = await tx.update(Person, { orgUnitId: source.id, active: true }, { orgUnitId: target.id, updatedAt: new Date() });
    const grants = await tx.getRepository(RoleGrantEntity).findBy({ orgUnitId: source.id });
    for (const grant of grants) {
      const duplicate = await tx.getRepository(RoleGrantEntity).existsBy({ accountId: grant.accountId, role: grant.role, orgUnitId: target.id });
      if (duplicate) await tx.delete(RoleGrantEntity, { id: grant.id });
      else await tx.update(RoleGrantEntity, { id: grant.id }, { orgUnitId: target.id });
    }
    return { movedPeople: moved.affected ?? 0 };
  }

  async unitFacts(unitId: number) {
    return { peopleCount: await this.db.getRepository(Person).countBy({ orgUnitId: unitId, active: true }) };
  }
}
