import { Injectable } from '@nestjs/common';
import { Hooks } from '@cds/api/common';
import type { MergeOrgUnitsResponse, OrgUnitDetail } from '@cds/contracts';
import type { EntityManager } from 'typeorm';
import type { OrgUnit } from './org-unit.entity';

export type MergeCounts = Pick<MergeOrgUnitsResponse, 'movedPeople' | 'carriedSeats' | 'carriedAssignments'>;

export interface UnitMerge {
  source: OrgUnit;
  target: OrgUnit;
  /** The day the source ends and the target takes over. */
  date: string;
  actorId: number | null;
}

/**
 * What the domains built on the org tree do when it changes. Each method runs inside the org
 * operation's transaction (`tx`); throwing refuses the whole operation.
 */
export interface OrgListener {
  /** A unit ends on `date`: refuse while something still lives in it, or end what belongs to it. */
  unitEnding?(tx: EntityManager, unit: OrgUnit, date: string): Promise<void>;
  /** A unit merges into another: move or carry over what belongs to it; answer the counts for the merge summary. */
  unitMerging?(tx: EntityManager, merge: UnitMerge): Promise<Partial<MergeCounts>>;
  /** Counts shown on a unit's detail, as the unit stood on `asOf`. */
  unitFacts?(unitId: number, asOf: string): Promise<Partial<Pick<OrgUnitDetail, 'peopleCount' | 'seatCount'>>>;
}

/** The org domain's hooks: people and core-team register their listeners here. */
@Injectable()
export class OrgHooks extends Hooks<OrgListener> {}
