import { Logger } from '@nestjs/common';
import type { Role } from '@cds/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/auth.service';
import { RoleGrantEntity } from '../authz/role-grant.entity';
import { OrgUnit, OrgUnitKind } from '../org/org-unit.entity';
import { Account } from '../people/account.entity';
import { Person } from '../people/person.entity';
import { NAM_DINH_2022 } from './nam-dinh.data';

export const DEMO_PASSWORD = 'Demo@12345';

export const DEMO_ACCOUNTS: { email: string; fullName: string; position: string; unit: string; roles: Role[] }[] = [
  { email: 'admin@demo.cds.vn', fullName: 'Nguyễn Văn Hùng', position: 'Quản trị hệ thống', unit: 'department', roles: ['admin'] },
  { email: 'certifier@demo.cds.vn', fullName: 'Trần Thị Thu Hà', position: 'Phó Trưởng phòng Chuyển đổi số', unit: 'department', roles: ['certifier'] },
  { email: 'trainer@demo.cds.vn', fullName: 'Phạm Minh Đức', position: 'Chuyên viên, báo cáo viên', unit: 'department', roles: ['trainer'] },
  { email: 'unitadmin@demo.cds.vn', fullName: 'Vũ Thị Lan', position: 'Chuyên viên Văn phòng HĐND-UBND huyện', unit: 'Huyện Giao Thủy', roles: ['unit_admin'] },
  { email: 'learner@demo.cds.vn', fullName: 'Đoàn Văn Nam', position: 'Công chức Văn hóa - Xã hội, phụ trách CĐS', unit: 'Xã Giao Thiện', roles: [] },
];

async function addUnit(tx: EntityManager, name: string, kind: OrgUnitKind, parent: OrgUnit | null, code: string | null = null): Promise<OrgUnit> {
  const { identifiers } = await tx.insert(OrgUnit, { name, kind, code, parentId: parent?.id ?? null, path: '', validFrom: '2000-01-01', validTo: null });
  const id = Number(identifiers[0]['id']);
  const path = `${parent?.path ?? '/'}${id}/`;
  await tx.update(OrgUnit, { id }, { path });
  return { id, name, kind, code, parentId: parent?.id ?? null, path, validFrom: '2000-01-01', validTo: null };
}

/** Seeds a small Nam Định-like province and one account per role, once, on an empty database. */
export async function seedDemo(db: DataSource, logger?: Logger): Promise<boolean> {
  if ((await db.getRepository(OrgUnit).count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const province = await addUnit(tx, NAM_DINH_2022.province.name, 'province', null, NAM_DINH_2022.province.code);
    const units = new Map<string, OrgUnit>([['department', await addUnit(tx, NAM_DINH_2022.department, 'department', province)]]);
    for (const name of NAM_DINH_2022.districts) units.set(name, await addUnit(tx, name, 'district', province));
    const giaoThuy = units.get('Huyện Giao Thủy') as OrgUnit;
    for (const name of NAM_DINH_2022.communesOfGiaoThuy) {
      units.set(name, await addUnit(tx, name, name.startsWith('Thị trấn') ? 'ward' : 'commune', giaoThuy));
    }
    const now = new Date();
    for (const demo of DEMO_ACCOUNTS) {
      const unit = units.get(demo.unit) as OrgUnit;
      const person = await tx.insert(Person, { fullName: demo.fullName, position: demo.position, orgUnitId: unit.id, email: demo.email, phone: null, active: true, createdAt: now, updatedAt: now });
      const account = await tx.insert(Account, {
        personId: Number(person.identifiers[0]['id']),
        email: demo.email,
        passwordHash,
        active: true,
        passwordChangedAt: null,
        lastLoginAt: null,
        createdAt: now,
      });
      const accountId = Number(account.identifiers[0]['id']);
      // Admins, certifiers and trainers act province-wide; everyone is a learner in their own unit.
      const grants: [Role, OrgUnit][] = demo.roles.map((r) => [r, r === 'unit_admin' ? unit : province]);
      grants.push(['learner', unit]);
      for (const [role, on] of grants) {
        await tx.insert(RoleGrantEntity, { accountId, role, orgUnitId: on.id, grantedBy: null, grantedAt: now });
      }
    }
  });
  logger?.log(`Seeded the demo province; sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')} with password ${DEMO_PASSWORD}`);
  return true;
}
