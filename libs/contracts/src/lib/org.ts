/** Dates without time are `YYYY-MM-DD` strings; "valid to" is exclusive (the first day it no longer holds). */
export type IsoDate = string;

export const ORG_UNIT_KINDS = ['province', 'department', 'district', 'commune', 'ward', 'agency'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** A unit as it was on some date (or as it is now). */
export interface OrgUnitDto {
  id: number;
  code: string | null;
  name: string;
  kind: OrgUnitKind;
  parentId: number | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface OrgUnitVersionDto {
  name: string;
  code: string | null;
  kind: OrgUnitKind;
  parentId: number | null;
  parentName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface SuccessorLinkDto {
  unitId: number;
  unitName: string;
  effectiveDate: IsoDate;
  reason: 'merge' | 'split' | 'other';
}

export interface OrgUnitDetail extends OrgUnitDto {
  /** Oldest first. */
  history: OrgUnitVersionDto[];
  /** Units that were merged into this one. */
  predecessors: SuccessorLinkDto[];
  /** Units this one was merged into. */
  successors: SuccessorLinkDto[];
  peopleCount: number;
  seatCount: number;
}

/** `GET /api/org/tree?asOf=YYYY-MM-DD&rootId=` — a flat list (parents before children), as of the date. */
export interface OrgTreeResponse {
  asOf: IsoDate;
  units: OrgUnitDto[];
}

export interface CreateOrgUnitRequest {
  name: string;
  kind: OrgUnitKind;
  code?: string | null;
  parentId: number | null;
  validFrom: IsoDate;
}

export interface RenameOrgUnitRequest {
  name: string;
  code?: string | null;
  effectiveDate: IsoDate;
}

export interface MoveOrgUnitRequest {
  parentId: number;
  effectiveDate: IsoDate;
}

export interface EndOrgUnitRequest {
  effectiveDate: IsoDate;
}

/** Merge several units into an existing unit, or into a new one created by the merge. */
export interface MergeOrgUnitsRequest {
  sourceIds: number[];
  effectiveDate: IsoDate;
  targetId?: number;
  newUnit?: { name: string; kind: OrgUnitKind; code?: string | null; parentId: number };
}

export interface MergeOrgUnitsResponse {
  target: OrgUnitDto;
  endedUnitIds: number[];
  movedChildren: number;
  movedPeople: number;
  carriedSeats: number;
  carriedAssignments: number;
}
