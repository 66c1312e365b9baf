import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, parseDbDate } from '@cds/audit/api';
import { coversPath, Principal } from '@cds/api/authz';
import { decodeCursor, encodeCursor, foldVietnamese, isUniqueViolation, normalizeText, refuse, todayInVietnam, vietnameseNameSortKey } from '@cds/api/common';
import { ACCESS, type CreateAccountResponse, type EndReason, type Page, type PersonDetail, type PersonSummary, type Role } from '@cds/contracts';
import { OrgUnit, ScopeService } from '@cds/org/api';
import { randomInt } from 'node:crypto';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { hashPassword } from './account-password';
import { PeopleHooks } from './people-hooks';
import { RoleGrantEntity } from './role-grant.entity';
import { Account } from './account.entity';
import { CreatePersonDto, PeopleQueryDto, UpdatePersonDto } from './people.dto';
import { Person } from './person.entity';

const PEOPLE_READERS = ACCESS['people.read'];
export const PEOPLE_WRITERS = ACCESS['people.write'];
const GRANTERS = ACCESS['people.grant'];
/** Who may change the person holding a grant of this role, on that grant's subtree. */
const ACTS_ON: Record<Role, readonly Role[]> = {
  learner: PEOPLE_WRITERS,
  trainer: PEOPLE_WRITERS,
  unit_admin: ['admin', 'unit_admin'],
  certifier: GRANTERS,
  admin: GRANTERS,
};

/** The derived columns a person row carries for Vietnamese sorting and diacritic-free search. */
export const nameKeys = (fullName: string) => ({ sortKey: vietnameseNameSortKey(fullName), searchText: foldVietnamese(fullName) });

interface SummaryRow {
  id: number;
  fullName: string;
  position: string | null;
  orgUnitId: number | null;
  orgUnitName: string | null;
  email: string | null;
  phone: string | null;
  active: number | boolean;
  accountId: number | null;
  sortKey: string;
}

/** People and their accounts, managed by unit admins within their subtrees. Deactivation keeps every record. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly hooks: PeopleHooks,
  ) {}

  async list(principal: Principal, query: PeopleQueryDto): Promise<Page<PersonSummary>> {
    const limit = query.limit ?? 50;
    const qb = (await this.filteredQuery(principal, query)).orderBy('p.sort_key', 'ASC').addOrderBy('p.id', 'ASC').limit(limit + 1);
    const after = decodeCursor(query.cursor, { k: 'string', id: 'number' });
    if (after) {
      qb.andWhere(new Brackets((w) => w.where('p.sort_key > :k', { k: after.k }).orWhere('p.sort_key = :k AND p.id > :afterId', { k: after.k, afterId: after.id })));
    }
    const rows = await qb.getRawMany<SummaryRow>();
    const page = rows.slice(0, limit);
    const items = await this.withSeats(page);
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ k: last.sortKey, id: Number(last.id) }) : null };
  }

  /** Everything the filters match, for the Excel export (bounded). */
  async all(principal: Principal, query: PeopleQueryDto, max = 20000): Promise<PersonSummary[]> {
    const rows = await (await this.filteredQuery(principal, query)).orderBy('p.sort_key', 'ASC').addOrderBy('p.id', 'ASC').limit(max).getRawMany<SummaryRow>();
    return this.withSeats(rows);
  }

  async detail(principal: Principal, id: number): Promise<PersonDetail> {
    await this.readable(principal, id, PEOPLE_READERS);
    const [row] = await this.baseQuery(principal, {}).andWhere('p.id = :id', { id }).getRawMany<SummaryRow>();
    const [summary] = await this.withSeats([row]);
    const account = await this.db.getRepository(Account).findOneBy({ personId: id });
    const roles = account
      ? (
          await this.db
            .getRepository(RoleGrantEntity)
            .createQueryBuilder('g')
            .innerJoin('g.orgUnit', 'u')
            .select(['g.id AS id', 'g.role AS role', 'u.id AS orgUnitId', 'u.name AS orgUnitName', 'g.granted_at AS grantedAt'])
            .where('g.account_id = :id', { id: account.id })
            .orderBy('g.id')
            .getRawMany<{ id: number; role: Role; orgUnitId: number; orgUnitName: string; grantedAt: string | Date }>()
        ).map((g) => ({ ...g, id: Number(g.id), orgUnitId: Number(g.orgUnitId), grantedAt: parseDbDate(g.grantedAt).toISOString() }))
      : [];
    return {
      ...summary,
      account: account ? { email: account.email, active: account.active, roles } : null,
      assignments: (await this.hooks.run('postHistory', id)).flat(),
    };
  }

  async create(principal: Principal, dto: CreatePersonDto): Promise<PersonDetail> {
    await this.scope.assertUnitInScope(principal, PEOPLE_WRITERS, dto.orgUnitId);
    const fullName = normalizeText(dto.fullName);
    const id = await this.db.transaction(async (tx) => {
      const email = dto.email?.trim().toLowerCase() || null;
      if (email) await this.assertEmailFree(tx, email);
      const now = new Date();
      const { identifiers } = await tx.insert(Person, {
        fullName,
        position: (dto.position && normalizeText(dto.position)) || null,
        orgUnitId: dto.orgUnitId,
        email,
        phone: dto.phone?.trim() || null,
        active: true,
        ...nameKeys(fullName),
        createdAt: now,
        updatedAt: now,
      });
      const personId = Number(identifiers[0]['id']);
      await this.audit.record({ action: 'people.created', actorId: principal.accountId, actorEmail: principal.email, targetType: 'person', targetId: personId, targetLabel: fullName, details: { fullName: dto.fullName, orgUnitId: dto.orgUnitId } }, tx);
      return personId;
    }).catch(emailTakenOnRace(dto.email?.trim().toLowerCase()));
    return this.detail(principal, id);
  }

  async update(principal: Principal, id: number, dto: UpdatePersonDto): Promise<PersonDetail> {
    const person = await this.writable(principal, id, PEOPLE_WRITERS);
    if (dto.orgUnitId !== undefined && dto.orgUnitId !== person.orgUnitId) await this.scope.assertUnitInScope(principal, PEOPLE_WRITERS, dto.orgUnitId);
    const fullName = dto.fullName === undefined ? undefined : normalizeText(dto.fullName);
    await this.db.transaction(async (tx) => {
      const changes: Partial<Person> = { updatedAt: new Date() };
      if (fullName !== undefined) Object.assign(changes, { fullName, ...nameKeys(fullName) });
      if (dto.position !== undefined) changes.position = (dto.position && normalizeText(dto.position)) || null;
      if (dto.orgUnitId !== undefined) changes.orgUnitId = dto.orgUnitId;
      if (dto.phone !== undefined) changes.phone = dto.phone?.trim() || null;
      if (dto.email !== undefined) {
        const email = dto.email?.trim().toLowerCase() || null;
        if (email && email !== person.email) await this.assertEmailFree(tx, email, id);
        changes.email = email;
      }
      await tx.update(Person, { id }, changes);
      await this.audit.record({ action: 'people.updated', actorId: principal.accountId, actorEmail: principal.email, targetType: 'person', targetId: id, targetLabel: fullName || person.fullName, details: { ...dto } }, tx);
    }).catch(emailTakenOnRace(dto.email?.trim().toLowerCase()));
    return this.detail(principal, id);
  }

  /**
   * Stops the person and their account: the posts they hold end on `date` (so coverage shows them
   * vacant from then on) with `reason`; every record about them stays.
   */
  async deactivate(principal: Principal, id: number, date = todayInVietnam(), reason: EndReason = 'other'): Promise<PersonDetail> {
    const person = await this.writable(principal, id, PEOPLE_WRITERS);
    await this.db.transaction(async (tx) => {
      // The conditional update decides: of two deactivations at once, one does the work.
      const { affected } = await tx.update(Person, { id, active: true }, { active: false, updatedAt: new Date() });
      if (affected !== 1) return;
      const account = await tx.getRepository(Account).findOneBy({ personId: id });
      if (account) await tx.update(Account, { id: account.id }, { active: false });
      const details = Object.assign({ date, reason }, ...(await this.hooks.run('personLeaving', tx, { personId: id, accountId: account?.id ?? null, date, reason, actorId: principal.accountId })));
      await this.audit.record({ action: 'people.deactivated', actorId: principal.accountId, actorEmail: principal.email, targetType: 'person', targetId: id, targetLabel: person.fullName, details }, tx);
    });
    return this.detail(principal, id);
  }

  /** Opens a learner account with a temporary password, shown once to the administrator. */
  async createAccount(principal: Principal, id: number): Promise<CreateAccountResponse> {
    const person = await this.writable(principal, id, PEOPLE_WRITERS);
    if (!person.active) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.inactive', { name: person.fullName });
    if (!person.email) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.email_required');
    if (await this.db.getRepository(Account).existsBy({ personId: id })) throw refuse(HttpStatus.CONFLICT, 'people.account_exists');
    const temporaryPassword = generatePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    await this.db.transaction(async (tx) => {
      // Still active as the account opens: this conditional update takes the person's row, so a
      // deactivation at the same moment comes wholly before (refused here) or after (it closes the account).
      const { affected } = await tx.update(Person, { id, active: true }, { updatedAt: new Date() });
      if (affected !== 1) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.inactive', { name: person.fullName });
      await this.assertEmailFree(tx, person.email as string, id);
      const now = new Date();
      const { identifiers } = await tx.insert(Account, { personId: id, email: person.email as string, passwordHash, active: true, passwordChangedAt: null, lastLoginAt: null, createdAt: now });
      const accountId = Number(identifiers[0]['id']);
      await tx.insert(RoleGrantEntity, { accountId, role: 'learner', orgUnitId: person.orgUnitId as number, grantedBy: principal.accountId, grantedAt: now });
      await this.audit.record({ action: 'people.account_created', actorId: principal.accountId, actorEmail: principal.email, targetType: 'account', targetId: accountId, targetLabel: person.email, details: { personId: id } }, tx);
      await this.audit.record({ action: 'role.granted', actorId: principal.accountId, actorEmail: principal.email, targetType: 'account', targetId: accountId, targetLabel: person.email, details: { role: 'learner', orgUnitId: person.orgUnitId } }, tx);
    }).catch(async (e) => {
      // Two openings at once: the unique indexes on account.person_id and account.email let one through.
      if (!isUniqueViolation(e)) throw e;
      if (await this.db.getRepository(Account).existsBy({ personId: id })) throw refuse(HttpStatus.CONFLICT, 'people.account_exists');
      throw refuse(HttpStatus.CONFLICT, 'people.email_taken', { email: person.email as string });
    });
    return { email: person.email, temporaryPassword };
  }

  /** Grants a role on a unit subtree (admins only, within their own subtrees). */
  async grantRole(principal: Principal, id: number, role: Role, orgUnitId: number): Promise<PersonDetail> {
    await this.writable(principal, id, GRANTERS);
    await this.scope.assertUnitInScope(principal, GRANTERS, orgUnitId);
    const account = await this.db.getRepository(Account).findOneBy({ personId: id });
    if (!account) throw refuse(HttpStatus.UNPROCESSABLE_ENTITY, 'people.no_account');
    await this.db.transaction(async (tx) => {
      if (await tx.getRepository(RoleGrantEntity).existsBy({ accountId: account.id, role, orgUnitId })) throw refuse(HttpStatus.CONFLICT, 'people.role_exists');
      const { identifiers } = await tx.insert(RoleGrantEntity, { accountId: account.id, role, orgUnitId, grantedBy: principal.accountId, grantedAt: new Date() });
      await this.audit.record(
        { action: 'role.granted', actorId: principal.accountId, actorEmail: principal.email, targetType: 'account', targetId: account.id, targetLabel: account.email, details: { grantId: Number(identifiers[0]['id']), role, orgUnitId, email: account.email } },
        tx,
      );
    }).catch((e: unknown) => {
      // Two grants of the same role at once: the unique index decides, the loser hears 409.
      throw isUniqueViolation(e, 'UQ_role_grant', 'role_grant.account_id') ? refuse(HttpStatus.CONFLICT, 'people.role_exists') : e;
    });
    return this.detail(principal, id);
  }

  /** Revokes a grant; takes effect on the holder's next request. An admin cannot remove their own last admin grant. */
  async revokeRole(principal: Principal, id: number, grantId: number): Promise<PersonDetail> {
    await this.writable(principal, id, GRANTERS);
    const account = await this.db.getRepository(Account).findOneBy({ personId: id });
    const grant = account ? await this.db.getRepository(RoleGrantEntity).findOne({ where: { id: grantId, accountId: account.id }, relations: { orgUnit: true } }) : null;
    if (!account || !grant?.orgUnit) throw refuse(HttpStatus.NOT_FOUND, 'http.not_found');
    if (!coversPath(principal, GRANTERS, grant.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    await this.db.transaction(async (tx) => {
      // Takes the account's row lock first, so revocations on one account happen one after another
      // and the last-admin count below cannot be read by two of them at once.
      await tx.query('UPDATE account SET active = active WHERE id = ?', [account.id]);
      if (grant.role === 'admin' && account.id === principal.accountId && (await tx.getRepository(RoleGrantEntity).countBy({ accountId: account.id, role: 'admin' })) === 1) {
        throw refuse(HttpStatus.CONFLICT, 'people.last_admin');
      }
      await tx.delete(RoleGrantEntity, { id: grant.id });
      await this.audit.record(
        { action: 'role.revoked', actorId: principal.accountId, actorEmail: principal.email, targetType: 'account', targetId: account.id, targetLabel: account.email, details: { grantId, role: grant.role, orgUnitId: grant.orgUnitId, email: account.email } },
        tx,
      );
    });
    return this.detail(principal, id);
  }

  // ---- internals ------------------------------------------------------------------------

  /** Loads a person whose unit lies in the caller's subtrees for these roles (404 if unknown, 403 if outside). */
  private async readable(principal: Principal, id: number, roles: readonly Role[]): Promise<Person> {
    const person = await this.db.getRepository(Person).findOne({ where: { id }, relations: { orgUnit: true } });
    if (!person) throw refuse(HttpStatus.NOT_FOUND, 'people.not_found');
    if (!person.orgUnit || !coversPath(principal, roles, person.orgUnit.path)) throw refuse(HttpStatus.FORBIDDEN, 'auth.out_of_scope');
    return person;
  }

  /**
   * A person the caller may change: readable for these roles, and if they have an account, none
   * of its grants reaches beyond what the caller could grant there (a unit admin cannot deactivate,
   * rename or re-address a province admin or certifier who happens to work in their commune, and
   * so lock them out).
   */
  private async writable(principal: Principal, id: number, roles: readonly Role[]): Promise<Person> {
    const person = await this.readable(principal, id, roles);
    const grants = await this.db
      .getRepository(RoleGrantEntity)
      .createQueryBuilder('g')
      .innerJoin(Account, 'acc', 'acc.id = g.account_id')
      .innerJoin(OrgUnit, 'u', 'u.id = g.org_unit_id')
      .select(['g.role AS role', 'u.path AS path'])
      .where('acc.person_id = :id', { id })
      .getRawMany<{ role: Role; path: string }>();
    if (grants.some((g) => !coversPath(principal, ACTS_ON[g.role], g.path))) throw refuse(HttpStatus.FORBIDDEN, 'people.grants_beyond_yours');
    return person;
  }

  /**
   * The friendly check, with the holder's email in the message. It cannot see a person created at
   * the same moment by another request: the unique index UQ_person_email decides that race, and
   * `emailTakenOnRace` answers the loser with the same 409.
   */
  private async assertEmailFree(tx: EntityManager, email: string, exceptPersonId?: number) {
    const holder = await tx.getRepository(Person).findOneBy({ email });
    const account = await tx.getRepository(Account).findOneBy({ email });
    if ((holder && holder.id !== exceptPersonId) || (account && account.personId !== exceptPersonId)) {
      throw refuse(HttpStatus.CONFLICT, 'people.email_taken', { email });
    }
  }

  private async filteredQuery(principal: Principal, query: PeopleQueryDto) {
    const unit = query.unitId ? await this.scope.assertUnitInScope(principal, PEOPLE_READERS, query.unitId) : null;
    return this.baseQuery(principal, query, unit?.path);
  }

  private baseQuery(principal: Principal, query: Pick<PeopleQueryDto, 'q' | 'unitId' | 'subunits' | 'active'>, unitPath?: string) {
    const inScope = this.scope.subtreeCondition(principal, PEOPLE_READERS, 'u.path');
    const qb = this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .innerJoin(OrgUnit, 'u', 'u.id = p.org_unit_id')
      .leftJoin(Account, 'acc', 'acc.person_id = p.id')
      .select([
        'p.id AS id',
        'p.full_name AS fullName',
        'p.position AS position',
        'p.org_unit_id AS orgUnitId',
        'u.name AS orgUnitName',
        'p.email AS email',
        'p.phone AS phone',
        'p.active AS active',
        'acc.id AS accountId',
        'p.sort_key AS sortKey',
      ])
      .where(inScope.sql, inScope.params);
    if (query.unitId) {
      if (query.subunits === false) qb.andWhere('p.org_unit_id = :unitId', { unitId: query.unitId });
      else qb.andWhere('u.path LIKE :unitPath', { unitPath: `${unitPath}%` });
    }
    if (query.active !== undefined) qb.andWhere('p.active = :active', { active: query.active });
    const q = query.q?.trim();
    if (q) {
      const folded = `%${foldVietnamese(q).replace(/[%_\\]/g, '')}%`;
      qb.andWhere(new Brackets((w) => w.where('p.search_text LIKE :folded', { folded }).orWhere('p.email LIKE :email', { email: `%${q.toLowerCase().replace(/[%_\\]/g, '')}%` })));
    }
    return qb;
  }

  private async withSeats(rows: SummaryRow[]): Promise<PersonSummary[]> {
    const ids = rows.map((r) => Number(r.id));
    const seats = new Map<number, string[]>();
    if (ids.length) {
      for (const held of await this.hooks.run('postsHeld', ids, todayInVietnam())) {
        for (const [personId, titles] of held) seats.set(personId, [...(seats.get(personId) ?? []), ...titles]);
      }
    }
    return rows.map((r) => ({
      id: Number(r.id),
      fullName: r.fullName,
      position: r.position,
      orgUnitId: r.orgUnitId === null ? null : Number(r.orgUnitId),
      orgUnitName: r.orgUnitName,
      email: r.email,
      phone: r.phone,
      active: Boolean(Number(r.active)),
      hasAccount: r.accountId !== null,
      currentSeats: seats.get(Number(r.id)) ?? [],
    }));
  }
}

/** Turns the unique-index violation of a person's email (both engines) into the usual 409 people.email_taken. */
function emailTakenOnRace(email: string | null | undefined) {
  return (e: unknown): never => {
    if (email && isUniqueViolation(e, 'UQ_person_email', 'person.email')) throw refuse(HttpStatus.CONFLICT, 'people.email_taken', { email });
    throw e;
  };
}

/** 14 characters with upper, lower and digits, from an alphabet without look-alikes. */
function generatePassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789'];
  const all = sets.join('');
  const chars = sets.map((s) => s[randomInt(s.length)]);
  while (chars.length < 14) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
