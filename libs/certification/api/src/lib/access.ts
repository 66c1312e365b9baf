import { HttpStatus } from '@nestjs/common';
import { ACCESS, type Role } from '@cds/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { coversPath, hasRole, type Principal } from '@cds/api/authz';
import { refuse } from '@cds/api/common';
import { ClassTrainer, TrainingClass } from '@cds/delivery/api';
import { OrgUnit } from '@cds/org/api';

export interface ClassRights {
  cls: TrainingClass;
  organiserPath: string;
  trainer: boolean;
  /** A certifier (or admin, for reading) whose subtree holds the class's organiser. */
  setRules: boolean;
  signOff: boolean;
  except: boolean;
  issue: boolean;
}

const SIGN_OFF_ADMINS: readonly Role[] = ACCESS['completion.signOff'].filter((r) => r !== 'trainer');
const READERS: readonly Role[] = ACCESS['completion.read'].filter((r) => r !== 'trainer');
const ISSUERS: readonly Role[] = ACCESS['certificates.issue'];

/**
 * What the caller may do with a class's completion: its trainers set the rules and sign off;
 * certifiers whose subtree holds the organiser waive rules and issue; admins there read and sign
 * off. 404 for a class that does not exist, 403 for anyone else.
 */
export async function classRights(db: DataSource | EntityManager, principal: Principal, classId: number): Promise<ClassRights> {
  const row = await db
    .getRepository(TrainingClass)
    .createQueryBuilder('c')
    .innerJoin(OrgUnit, 'u', 'u.id = c.organiserUnitId')
    .addSelect('u.path', 'organiser_path')
    .where('c.id = :classId', { classId })
    .getRawAndEntities();
  const cls = row.entities[0];
  if (!cls) throw refuse(HttpStatus.NOT_FOUND, 'certification.class_not_found', { id: classId });
  const organiserPath = String(row.raw[0]['organiser_path']);
  const trainer = await db.getRepository(ClassTrainer).existsBy({ classId, personId: principal.personId });
  const inScope = (roles: readonly Role[]) => hasRole(principal, roles) && coversPath(principal, roles, organiserPath);
  const rights: ClassRights = {
    cls,
    organiserPath,
    trainer,
    setRules: trainer || inScope(SIGN_OFF_ADMINS) || inScope(ISSUERS),
    signOff: trainer || inScope(SIGN_OFF_ADMINS),
    except: inScope(ISSUERS),
    issue: inScope(ISSUERS),
  };
  if (!trainer && !inScope(READERS)) throw refuse(HttpStatus.FORBIDDEN, 'certification.not_for_you');
  return rights;
}

/** 403 unless the caller is a certifier whose subtree holds this unit path. */
export function assertCertifierOver(principal: Principal, unitPath: string | null): void {
  if (unitPath === null || !coversPath(principal, ISSUERS, unitPath)) throw refuse(HttpStatus.FORBIDDEN, 'certification.outside_scope');
}
