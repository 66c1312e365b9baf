import { HttpStatus } from '@nestjs/common';
import { ACCESS, type Role } from '@cds/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { coversPath, hasRole, type Principal } from '@cds/api/authz';
import { refuse } from '@cds/api/common';
import { ClassTrainer, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';

/** Who grades and reads results besides a class's own trainers: an administrator whose scope covers the organiser. */
const GRADING_ADMINS: readonly Role[] = ACCESS['grading.do'].filter((r) => r === 'admin');

/** The classes whose attempts the caller may grade and whose results they may read: the classes they train, and as an administrator those organised in their scope. */
export async function gradableClassIds(db: DataSource | EntityManager, principal: Principal): Promise<number[]> {
  const trained = await db.getRepository(ClassTrainer).find({ select: { classId: true }, where: { personId: principal.personId } });
  const ids = new Set(trained.map((t) => t.classId));
  if (hasRole(principal, GRADING_ADMINS)) {
    const rows = await db
      .getRepository(TrainingClass)
      .createQueryBuilder('c')
      .innerJoin(OrgUnit, 'u', 'u.id = c.organiserUnitId')
      .select('c.id', 'id')
      .addSelect('u.path', 'path')
      .getRawMany<{ id: number; path: string }>();
    for (const r of rows) if (coversPath(principal, GRADING_ADMINS, r.path)) ids.add(Number(r.id));
  }
  return [...ids];
}

/** 403 unless the caller trains the class or administers its organiser. */
export async function assertMayGrade(db: DataSource | EntityManager, principal: Principal, classId: number): Promise<void> {
  const trainer = await db.getRepository(ClassTrainer).existsBy({ classId, personId: principal.personId });
  if (trainer) return;
  if (hasRole(principal, GRADING_ADMINS)) {
    const row = await db
      .getRepository(TrainingClass)
      .createQueryBuilder('c')
      .innerJoin(OrgUnit, 'u', 'u.id = c.organiserUnitId')
      .select('u.path', 'path')
      .where('c.id = :classId', { classId })
      .getRawOne<{ path: string }>();
    if (row && coversPath(principal, GRADING_ADMINS, row.path)) return;
  }
  throw refuse(HttpStatus.FORBIDDEN, 'assessment.not_grader');
}
