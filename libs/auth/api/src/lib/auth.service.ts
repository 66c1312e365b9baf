import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthResponse, CurrentUser } from '@cds/contracts';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '@cds/audit/api';
import type { Principal } from '@cds/api/authz';
import { AppError, APP_CONFIG, AppConfig } from '@cds/api/common';
import { Account, hashPassword, verifyPassword } from '@cds/people/api';
import { toCurrentUser } from './auth.dto';
import { AccessTokenPayload } from './jwt.strategy';
import { LoadedPrincipal, PrincipalLoader } from './principal.loader';
import { RefreshToken } from './refresh-token.entity';

export interface Client {
  ip: string | null;
}


const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both paths take as long. */
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly principals: PrincipalLoader,
  ) {}

  async login(emailInput: string, password: string, client: Client): Promise<AuthResponse> {
    const email = emailInput.trim().toLowerCase();
    const account = await this.db.getRepository(Account).findOne({ where: { email }, relations: { person: true } });
    await this.assertNotThrottled(email, client, account?.lastLoginAt ?? null);

    const valid = account
      ? await verifyPassword(account.passwordHash, password)
      : (await verifyPassword(await this.dummyHash, password), false);
    if (!account || !valid || !account.active || !account.person?.active) {
      const reason = !account ? 'unknown_account' : !valid ? 'wrong_password' : 'inactive';
      await this.audit.record({ action: 'auth.login_failed', actorId: account?.id, targetType: 'email', targetId: email, targetLabel: email, ip: client.ip, details: { reason } });
      throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_credentials');
    }
    return this.db.transaction(async (tx) => {
      await tx.update(Account, { id: account.id }, { lastLoginAt: new Date() });
      await this.audit.record({ action: 'auth.login', actorId: account.id, actorEmail: email, targetType: 'account', targetId: account.id, targetLabel: email, ip: client.ip }, tx);
      return this.startSession(tx, account.id, client);
    });
  }

  /** Consumes a refresh token and issues its successor; a token presented twice ends its whole session. */
  async refresh(token: string | undefined, client: Client): Promise<AuthResponse> {
    const row = await this.findToken(token);
    const now = new Date();
    if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) {
      throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_refresh');
    }
    if (row.usedAt) return this.rejectReuse(row, client);

    // Conditional update, committed on its own: of two concurrent uses of one token exactly one
    // wins, and the loser revokes the family without waiting on a lock the winner holds.
    const consumed = await this.db
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id: row.id })
      .execute();
    if (consumed.affected !== 1) return this.rejectReuse(row, client);
    const next = await this.issue(this.db.manager, row.accountId, row.familyId, client);
    // A concurrent replay may have revoked the family just before our successor was written;
    // checked after the write, every interleaving ends with the session revoked.
    if (await this.db.getRepository(RefreshToken).existsBy({ familyId: row.familyId, revokeReason: 'reuse' })) {
      await this.revokeFamilies({ familyId: row.familyId }, 'reuse');
      throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_refresh');
    }
    return next;
  }

  /** Ends the session of a refresh token; audited once, when it actually ended a live session. */
  async logout(token: string | undefined, client: Client): Promise<void> {
    const row = await this.findToken(token);
    if (!row) return;
    const ended = await this.revokeFamilies({ familyId: row.familyId }, 'logout');
    if (!ended) return;
    const account = await this.db.getRepository(Account).findOneBy({ id: row.accountId });
    await this.audit.record({ action: 'auth.logout', actorId: row.accountId, actorEmail: account?.email ?? null, targetType: 'session', targetId: row.familyId, targetLabel: account?.email ?? null, ip: client.ip });
  }

  /** The caller as the access guard loaded it for this request (no second load). */
  async me(principal: Principal | LoadedPrincipal): Promise<CurrentUser> {
    const loaded = 'profile' in principal ? principal : await this.principals.load(principal.accountId, principal.sessionId);
    if (!loaded) throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.unauthenticated');
    return toCurrentUser(loaded, loaded.profile);
  }

  /** Changes the password and ends every session of the account; this one continues with new tokens. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string, client: Client): Promise<AuthResponse> {
    const account = await this.db.getRepository(Account).findOneByOrFail({ id: principal.accountId });
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'auth.wrong_password');
    }
    if (currentPassword === newPassword) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'auth.same_password');
    }
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(async (tx) => {
      await tx.update(Account, { id: account.id }, { passwordHash, passwordChangedAt: new Date() });
      await this.revokeFamilies({ accountId: account.id }, 'password_changed', tx);
      await this.audit.record({ action: 'auth.password_changed', actorId: account.id, actorEmail: account.email, targetType: 'account', targetId: account.id, targetLabel: account.email, ip: client.ip }, tx);
      return this.startSession(tx, account.id, client);
    });
  }

  private async rejectReuse(row: RefreshToken, client: Client): Promise<never> {
    await this.revokeFamilies({ familyId: row.familyId }, 'reuse');
    await this.audit.record({ action: 'auth.refresh_reuse', actorId: row.accountId, targetType: 'session', targetId: row.familyId, ip: client.ip });
    throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_refresh');
  }

  /** Revokes the live tokens of the matching sessions; returns how many. */
  private async revokeFamilies(where: { familyId: string } | { accountId: number }, reason: string, manager: EntityManager = this.db.manager): Promise<number> {
    const result = await manager.update(RefreshToken, { ...where, revokedAt: IsNull() }, { revokedAt: new Date(), revokeReason: reason });
    return result.affected ?? 0;
  }

  private startSession(tx: EntityManager, accountId: number, client: Client) {
    return this.issue(tx, accountId, randomUUID(), client);
  }

  private async issue(tx: EntityManager, accountId: number, familyId: string, client: Client): Promise<AuthResponse> {
    const secret = randomBytes(32).toString('base64url');
    const now = new Date();
    const inserted = await tx.insert(RefreshToken, {
      familyId,
      accountId,
      tokenHash: sha256(secret),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.config.refreshTtlDays * 86_400_000),
      usedAt: null,
      revokedAt: null,
      revokeReason: null,
      ip: client.ip,
    });
    const id = Number(inserted.identifiers[0]['id']);
    const payload: AccessTokenPayload = { sub: accountId, sid: familyId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload);
    const principal = await this.principals.load(accountId, familyId, tx);
    if (!principal) throw new AppError(HttpStatus.UNAUTHORIZED, 'auth.invalid_credentials');
    return { accessToken, refreshToken: `${id}.${secret}`, expiresIn: this.config.jwt.accessTtlSeconds, user: toCurrentUser(principal, principal.profile) };
  }

  private async findToken(token: string | undefined): Promise<RefreshToken | null> {
    const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
    if (!match) return null;
    const row = await this.db.getRepository(RefreshToken).findOneBy({ id: Number(match[1]) });
    if (!row) return null;
    const expected = Buffer.from(row.tokenHash, 'hex');
    const actual = Buffer.from(sha256(match[2]), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? row : null;
  }

  /**
   * Failed sign-ins are counted in the audit log (shared by every API instance): per account
   * since its last successful sign-in, and per client address, within a sliding window.
   */
  private async assertNotThrottled(email: string, client: Client, lastLoginAt: Date | null) {
    const { windowSeconds, maxFailuresPerAccount, maxFailuresPerAddress } = this.config.login;
    const windowStart = new Date(Date.now() - windowSeconds * 1000);
    const since = lastLoginAt && lastLoginAt > windowStart ? lastLoginAt : windowStart;
    const checks = [this.audit.failuresSince('targetId', email, since).then((r) => ({ ...r, max: maxFailuresPerAccount }))];
    if (client.ip) checks.push(this.audit.failuresSince('ip', client.ip, windowStart).then((r) => ({ ...r, max: maxFailuresPerAddress })));
    for (const { count, oldest, max } of await Promise.all(checks)) {
      if (count >= max) {
        const retryAfter = Math.max(1, Math.ceil(((oldest?.getTime() ?? Date.now()) + windowSeconds * 1000 - Date.now()) / 1000));
        throw new AppError(HttpStatus.TOO_MANY_REQUESTS, 'auth.too_many_attempts', { seconds: retryAfter }, { 'retry-after': String(retryAfter) });
      }
    }
  }
}
