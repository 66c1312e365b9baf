import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@cds/audit/api';
import { coversPath, Principal } from '@cds/api/authz';
import { liveOn, normalizeText, refuse, todayInVietnam } from '@cds/api/common';
import { ACCESS, type MergeOrgUnitsResponse, type OrgTreeResponse, type OrgUnitDetail } from '@cds/contracts';
import { DataSource, EntityManager, In, IsNull, Like } from 'typeorm';
import { MergeCounts, OrgHooks } from './org-hooks';
import { CreateOrgUnitDto, MergeOrgUnitsDto, OrgUnitDto, toOrgUnitDto } from './org.dto';
import { OrgUnitSuccessor } from './org-unit-successor.entity';
import { OrgUnitVersion } from './org-unit-version.entity';
import { OrgRevision } from './org-revision.entity';
import { OrgUnit } from './org-unit.entity';
import { ScopeService } from './scope.service';

const ORG_READERS = ACCESS['org.read'];
const ORG_WRITERS = ACCESS['org.write'];

const collator = new Intl.Collator('vi');
/**
 * The organisation tree with its history. Every operation runs in one transaction, is audited,
 * and keeps history: a rename, move, end or merge closes the unit's current version on the
 * effective date and opens the next one, so the tree can be read as of any date.
 */
@Injectable()
export class OrgService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly hooks: OrgHooks,
  ) {}

  async tree(principal: Principal, asOf = todayInVietnam(), rootId?: number): Promise<OrgTreeResponse> {
    if (rootId) await this.scope.assertUnitInScope(principal, ORG_READERS, rootId);
    const inScope = this.scope.subtreeCondition(principal, ORG_READERS, 'u.path');
    const rows = await this.db
      .getRepository(OrgUnitVersion)
      .createQueryBuilder('v')
      .innerJoin(OrgUnit, 'u', 'u.id = v.unit_id')
      .select(['v.unit_id AS id', 'v.name AS name', 'v.code AS code', 'v.kind AS kind', 'v.parent_id AS parentId', 'u.valid_from AS validFrom', 'u.valid_to AS validTo'])
      .where('v.valid_from <= :asOf AND (v.valid_to IS NULL OR v.valid_to > :asOf)', { asOf })
      .andWhere(inScope.sql, inScope.params)
      .getRawMany<OrgUnitDto>();
    const units = rows.map(toOrgUnitDto);
    return { asOf, units: orderAsTree(units, rootId) };
  }

  /** A unit with its history and links; the counts are as the unit stood on `asOf`. */
  async detail(principal: Principal, id: number, asOf = todayInVietnam()): Promise<OrgUnitDetail> {
    const unit = await this.scope.assertUnitInScope(principal, ORG_READERS, id);
    const versions = await this.db.getRepository(OrgUnitVersion).find({ where: { unitId: id }, order: { validFrom: 'ASC' } });
    const parentIds = [...new Set(versions.map((v) => v.parentId).filter((p): p is number => p !== null))];
    const parentVersions = parentIds.length ? await this.db.getRepository(OrgUnitVersion).findBy({ unitId: In(parentIds) }) : [];
    const nameOn = (unitId: number, date: string) =>
      parentVersions.find((pv) => pv.unitId === unitId && liveOn(pv, date))?.name ??
      parentVersions.filter((pv) => pv.unitId === unitId).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]?.name ??
      null;
    const links = await this.db
      .getRepository(OrgUnitSuccessor)
      .find({ where: [{ predecessorId: id }, { successorId: id }], relations: { predecessor: true, successor: true }, order: { effectiveDate: 'ASC' } });
    const facts = Object.assign({ peopleCount: 0, seatCount: 0 }, ...(await this.hooks.run('unitFacts', id, asOf)));
    return {
      ...toOrgUnitDto(unit),
      history: versions.map((v) => ({
        name: v.name,
        code: v.code,
        kind: v.kind,
        parentId: v.parentId,
        parentName: v.parentId === null ? null : nameOn(v.parentId, v.validFrom),
        validFrom: v.validFrom,
        validTo: v.validTo,
      })),
      predecessors: links
        .filter((l) => l.successorId === id)
        .map((l) => ({ unitId: l.predecessorId, unitName: l.predecessor?.name ?? '', effectiveDate: l.effectiveDate, reason: l.reason })),
      successors: links
        .filter((l) => l.predecessorId === id)
        .map((l) => ({ unitId: l.successorId, unitName: l.successor?.name ?? '', effectiveDate: l.effectiveDate, reason: l.reason })),
      peopleCount: facts.peopleCount,
      seatCount: facts.seatCount,
    };
  }

  async create(principal: Principal, dto: CreateOrgUnitDto): Promise<OrgUnitDto> {
    return this.db.transaction(async (tx) => {
      const unit = await this.createUnit(tx, principal, dto);
      await this.audit.record({ action: 'org.created', actorId: principal.accountId, actorEmail: principal.email, targetType: 'org_unit', targetId: unit.id, targetLabel: unit.name, details: { ...dto } }, tx);
      return toOrgUnitDto(unit);
    });
  }

  async rename(principal: Principal, id: number, name: string, code: string | null | undefined, date: string): Promise<OrgUnitDto> {
    return this.db.transaction(async (tx) => {
      const unit = await this.writable(tx, principal, id);
      const before = { name: unit.name, code: unit.code };
      const changes = { name: normalizeText(name), code: code === undefined ? unit.code : code };
      await this.changeVersion(tx, unit, date, changes);
      await this.audit.record({ action: 'org.renamed', actorId: principal.accountId, actorEmail: principal.email, targetType: 'org_unit', targetId: id, targetLabel: changes.name, details: { before, after: changes, effectiveDate: date } }, tx);
      return toOrgUnitDto({ ...unit, ...changes });
    });
  }

  async move(principal: Principal, id: number, parentId: number, date: string): Promise<OrgUnitDto> {
    return this.db.transaction(async (tx) => {
      const unit = await this.writable(tx, principal, id);
      const parent = await this.writable(tx, principal, parentId);
      this.assertLive(parent, date);
      if (parent.path.startsWith(unit.path)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.cycle');
      const from = unit.parentId;
      await this.reparent(tx, unit, parent, date);
      await this.nextRevision(tx);
      await this.audit.record({ action: 'org.moved', actorId: principal.accountId, actorEmail: principal.email, targetType: 'org_unit', targetId: id, targetLabel: unit.name, details: { from, to: parentId, effectiveDate: date } }, tx);
      return toOrgUnitDto({ ...unit, parentId });
    });
  }

  /** Ends a unit; refused while it still has live sub-units or active people (move or merge them first). */
  async end(principal: Principal, id: number, date: string): Promise<OrgUnitDto> {
    return this.db.transaction(async (tx) => {
      const unit = await this.writable(tx, principal, id);
      const children = await tx.getRepository(OrgUnit).countBy({ parentId: id, validTo: IsNull() });
      if (children) throw refuse(HttpStatus.CONFLICT, 'org.has_children', { count: children });
      await this.hooks.run('unitEnding', tx, unit, date);
      await this.close(tx, unit, date);
      await this.audit.record({ action: 'org.ended', actorId: principal.accountId, actorEmail: principal.email, targetType: 'org_unit', targetId: id, targetLabel: unit.name, details: { effectiveDate: date } }, tx);
      return toOrgUnitDto({ ...unit, validTo: date });
    });
  }

  /**
   * Merges units into an existing or a new unit on a date: their live sub-units move under the
   * target, the domains built on the tree carry their own records over (people move, posts end
   * and reopen with the same holders, role grants follow: see OrgHooks), and each source ends
   * with a successor link to the target.
   */
  async merge(principal: Principal, dto: MergeOrgUnitsDto): Promise<MergeOrgUnitsResponse> {
    const date = dto.effectiveDate;
    if (!!dto.targetId === !!dto.newUnit) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.merge_target');
    if (dto.newUnit && dto.sourceIds.length < 2) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.merge_two_sources');
    if (dto.targetId && dto.sourceIds.includes(dto.targetId)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.merge_into_self');

    return this.db.transaction(async (tx) => {
      const sources: OrgUnit[] = [];
      for (const id of dto.sourceIds) {
        const source = await this.writable(tx, principal, id);
        this.assertCanChangeOn(source, await this.currentVersion(tx, source.id), date);
        sources.push(source);
      }
      let target: OrgUnit;
      if (dto.targetId) {
        target = await this.writable(tx, principal, dto.targetId);
        this.assertLive(target, date);
      } else {
        target = await this.createUnit(tx, principal, { ...(dto.newUnit as NonNullable<MergeOrgUnitsDto['newUnit']>), validFrom: date });
      }
      if (sources.some((s) => target.path.startsWith(s.path))) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.cycle');

      const result: MergeCounts & { movedChildren: number } = { movedChildren: 0, movedPeople: 0, carriedSeats: 0, carriedAssignments: 0 };
      for (const source of sources) {
        const children = await tx.getRepository(OrgUnit).findBy({ parentId: source.id, validTo: IsNull() });
        for (const child of children) {
          if (sources.some((s) => s.id === child.id)) continue;
          await this.reparent(tx, child, target, date);
          result.movedChildren++;
        }
        for (const counts of await this.hooks.run('unitMerging', tx, { source, target, date, actorId: principal.accountId })) {
          for (const key of ['movedPeople', 'carriedSeats', 'carriedAssignments'] as const) result[key] += counts[key] ?? 0;
        }
        await this.close(tx, source, date);
        await tx.insert(OrgUnitSuccessor, { predecessorId: source.id, successorId: target.id, effectiveDate: date, reason: 'merge' });
      }
      await this.nextRevision(tx);
      await this.audit.record(
        {
          action: 'org.merged',
          actorId: principal.accountId,
          actorEmail: principal.email,
          targetType: 'org_unit',
          targetId: target.id,
          targetLabel: target.name,
          details: { sources: sources.map((s) => ({ id: s.id, name: s.name })), target: target.name, effectiveDate: date, ...result },
        },
        tx,
      );
      return { target: toOrgUnitDto(target), endedUnitIds: sources.map((s) => s.id), ...result };
    });
  }

  // ---- internals ------------------------------------------------------------------------

  private async writable(tx: EntityManager, principal: Principal, id: number): Promise<OrgUnit> {
    const unit = await tx.getRepository(OrgUnit).findOneBy({ id });
    if (!unit) throw refuse(HttpStatus.NOT_FOUND, 'org.unit_not_found', { id });
    if (!coversPath(principal, ORG_WRITERS, unit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    return unit;
  }

  private async createUnit(tx: EntityManager, principal: Principal, dto: CreateOrgUnitDto): Promise<OrgUnit> {
    let parent: OrgUnit | null = null;
    if (dto.parentId) {
      parent = await this.writable(tx, principal, dto.parentId);
      this.assertLive(parent, dto.validFrom);
    } else if (!principal.grants.some((g) => g.role === 'admin' && g.orgUnitPath.split('/').length <= 3)) {
      // Only an admin of a root unit may create another root (a new province).
      throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    }
    const fields = { name: normalizeText(dto.name), code: dto.code ?? null, kind: dto.kind, parentId: parent?.id ?? null, validFrom: dto.validFrom, validTo: null };
    const { identifiers } = await tx.insert(OrgUnit, { ...fields, path: '' });
    const id = Number(identifiers[0]['id']);
    const path = `${parent?.path ?? '/'}${id}/`;
    await tx.update(OrgUnit, { id }, { path });
    await tx.insert(OrgUnitVersion, { unitId: id, ...fields });
    return { id, path, ...fields };
  }

  private async currentVersion(tx: EntityManager, unitId: number): Promise<OrgUnitVersion> {
    const version = await tx.getRepository(OrgUnitVersion).findOne({ where: { unitId }, order: { validFrom: 'DESC' } });
    if (!version) throw new Error(`org unit ${unitId} has no version`);
    return version;
  }

  private assertLive(unit: OrgUnit, date: string) {
    if (!liveOn(unit, date)) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.not_live', { name: unit.name, date });
  }

  /**
   * A change on `date` must fall inside the unit's life and not before its last change: history
   * is never rewritten. A second change on the same day amends that day's version.
   */
  private assertCanChangeOn(unit: OrgUnit, version: OrgUnitVersion, date: string) {
    if (unit.validTo !== null) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.unit_ended', { name: unit.name, date: unit.validTo });
    if (date < version.validFrom) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'org.date_overlaps', { name: unit.name, date: version.validFrom });
  }

  /**
   * Every write below is conditional on the version read still being the open one and must touch
   * exactly one row: of two changes to a unit at once, the second finds the version already closed
   * and is refused (409 org.concurrent_change) instead of opening a second version beside it.
   */
  private async changeVersion(tx: EntityManager, unit: OrgUnit, date: string, changes: Partial<Pick<OrgUnit, 'name' | 'code' | 'kind' | 'parentId'>>) {
    const version = await this.currentVersion(tx, unit.id);
    this.assertCanChangeOn(unit, version, date);
    if (date === version.validFrom) {
      // Same day: amend that day's version, provided it is still the open one.
      await this.updateOpenVersion(tx, version.id, changes);
    } else {
      await this.updateOpenVersion(tx, version.id, { validTo: date });
      await tx.insert(OrgUnitVersion, {
        unitId: unit.id,
        name: version.name,
        code: version.code,
        kind: version.kind,
        parentId: version.parentId,
        ...changes,
        validFrom: date,
        validTo: null,
      });
    }
    await tx.update(OrgUnit, { id: unit.id }, changes);
  }

  private async close(tx: EntityManager, unit: OrgUnit, date: string) {
    const version = await this.currentVersion(tx, unit.id);
    this.assertCanChangeOn(unit, version, date);
    await this.updateOpenVersion(tx, version.id, { validTo: date });
    const { affected } = await tx.createQueryBuilder().update(OrgUnit).set({ validTo: date }).where('id = :id AND valid_to IS NULL', { id: unit.id }).execute();
    if (affected !== 1) throw refuse(HttpStatus.CONFLICT, 'org.concurrent_change');
  }

  /** `UPDATE org_unit_version … WHERE id = ? AND valid_to IS NULL`, which must change exactly that row. */
  private async updateOpenVersion(tx: EntityManager, versionId: number, changes: Partial<Pick<OrgUnitVersion, 'name' | 'code' | 'kind' | 'parentId' | 'validTo'>>) {
    const { affected } = await tx.createQueryBuilder().update(OrgUnitVersion).set(changes).where('id = :id AND valid_to IS NULL', { id: versionId }).execute();
    if (affected !== 1) throw refuse(HttpStatus.CONFLICT, 'org.concurrent_change');
  }

  /** Moves the tree's revision on (see OrgRevision): subtrees' histories may have changed. */
  private async nextRevision(tx: EntityManager) {
    await tx.createQueryBuilder().update(OrgRevision).set({ revision: () => 'revision + 1' }).where('id = 1').execute();
  }

  /** New parent from `date`; the materialised paths of the whole subtree follow. */
  private async reparent(tx: EntityManager, unit: OrgUnit, parent: OrgUnit, date: string) {
    await this.changeVersion(tx, unit, date, { parentId: parent.id });
    const oldPrefix = unit.path;
    const newPrefix = `${parent.path}${unit.id}/`;
    const subtree = await tx.getRepository(OrgUnit).find({ select: { id: true, path: true }, where: { path: Like(`${oldPrefix}%`) } });
    for (const u of subtree) await tx.update(OrgUnit, { id: u.id }, { path: newPrefix + u.path.slice(oldPrefix.length) });
  }
}

/** Parents before children, siblings in Vietnamese alphabetical order; only the subtree of rootId if given. */
export function orderAsTree(units: OrgUnitDto[], rootId?: number): OrgUnitDto[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<number | null, OrgUnitDto[]>();
  for (const u of units) {
    const key = u.parentId !== null && byId.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  const out: OrgUnitDto[] = [];
  const visit = (u: OrgUnitDto) => {
    out.push(u);
    for (const c of children.get(u.id) ?? []) visit(c);
  };
  const roots = rootId !== undefined ? [byId.get(rootId)].filter((u): u is OrgUnitDto => !!u) : (children.get(null) ?? []);
  roots.forEach(visit);
  return out;
}
