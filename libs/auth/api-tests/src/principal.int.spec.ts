import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import type { OrgUnit } from '@cds/org/api';
import { PrincipalLoader } from '@cds/auth/api';
import { bearer, createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';

/**
 * The caller behind a request is read from the database on every request, in one statement: each
 * change below takes effect on the very next request with the same access token.
 */
describe('the caller behind each request (medium)', () => {
  let t: TestApp;
  let unit: OrgUnit;
  let n = 0;
  const ip = () => `10.77.${Math.floor(n / 250)}.${n++ % 250}`;
  const sidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid as string;
  const me = (token: string) => t.http().get('/api/auth/me').set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    unit = await createUnit(t.db, `Xã Giao Lạc ${uid()}`);
  });
  afterAll(() => t.close());

  describe('takes effect on the next request', () => {
    it('a deactivated account', async () => {
      const account = await createAccount(t.db, { unit });
      const { accessToken } = await signIn(t, account.email, undefined, ip());
      await me(accessToken).expect(200);
      await t.db.query('UPDATE account SET active = 0 WHERE id = ?', [account.accountId]);
      await me(accessToken).expect(401);
    });

    it('a deactivated person', async () => {
      const account = await createAccount(t.db, { unit });
      const { accessToken } = await signIn(t, account.email, undefined, ip());
      await me(accessToken).expect(200);
      await t.db.query('UPDATE person SET active = 0 WHERE id = (SELECT person_id FROM account WHERE id = ?)', [account.accountId]);
      await me(accessToken).expect(401);
    });

    it('a revoked session (refresh family), and only that one', async () => {
      const account = await createAccount(t.db, { unit });
      const here = await signIn(t, account.email, undefined, ip());
      const elsewhere = await signIn(t, account.email, undefined, ip());
      await t.db.getRepository('RefreshToken').update({ familyId: sidOf(here.accessToken) }, { revokedAt: new Date(), revokeReason: 'test' });
      await me(here.accessToken).expect(401);
      await me(elsewhere.accessToken).expect(200);
    });

    it('a session of another account is no session', async () => {
      const a = await createAccount(t.db, { unit });
      const b = await createAccount(t.db, { unit });
      const sessionA = await signIn(t, a.email, undefined, ip());
      await signIn(t, b.email, undefined, ip());
      const jwt = new JwtService();
      const forged = await jwt.signAsync(
        { sub: b.accountId, sid: sidOf(sessionA.accessToken), typ: 'access' },
        { secret: t.config.jwt.secret, issuer: t.config.jwt.issuer, audience: t.config.jwt.audience, expiresIn: 60 },
      );
      await me(forged).expect(401);
    });

    it('a granted and a revoked role', async () => {
      const district = await createUnit(t.db, `Huyện ${uid()}`, 'district');
      const account = await createAccount(t.db, { unit });
      const { accessToken } = await signIn(t, account.email, undefined, ip());
      expect((await me(accessToken).expect(200)).body.roles).toEqual([{ role: 'learner', orgUnitId: unit.id, orgUnitName: unit.name }]);
      await t.db.getRepository('RoleGrantEntity').insert({ accountId: account.accountId, role: 'unit_admin', orgUnitId: district.id, grantedBy: null, grantedAt: new Date() });
      expect((await me(accessToken).expect(200)).body.roles).toEqual([
        { role: 'learner', orgUnitId: unit.id, orgUnitName: unit.name },
        { role: 'unit_admin', orgUnitId: district.id, orgUnitName: district.name },
      ]);
      await t.db.query(`DELETE FROM role_grant WHERE account_id = ? AND role = 'learner'`, [account.accountId]);
      expect((await me(accessToken).expect(200)).body.roles).toEqual([{ role: 'unit_admin', orgUnitId: district.id, orgUnitName: district.name }]);
      await t.db.query('DELETE FROM role_grant WHERE account_id = ?', [account.accountId]);
      expect((await me(accessToken).expect(200)).body.roles).toEqual([]);
    });
  });

  it('answers /api/auth/me with one database statement', async () => {
    const account = await createAccount(t.db, { unit, fullName: 'Trần Văn Bình' });
    const { accessToken } = await signIn(t, account.email, undefined, ip());
    const spy = jest.spyOn(t.db.logger, 'logQuery');
    try {
      const res = await me(accessToken).expect(200);
      expect(res.body).toEqual({
        id: account.accountId,
        email: account.email,
        fullName: 'Trần Văn Bình',
        position: 'Chuyên viên',
        orgUnitId: unit.id,
        orgUnitName: unit.name,
        roles: [{ role: 'learner', orgUnitId: unit.id, orgUnitName: unit.name }],
      });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  describe('access tokens', () => {
    let token: string;
    let claims: Record<string, unknown>;
    beforeAll(async () => {
      token = (await signIn(t, (await createAccount(t.db, { unit })).email, undefined, ip())).accessToken;
      claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    });

    /** A token with this header and these claims, HMAC-signed with the right secret. */
    const hmacToken = (alg: string, hash: string, body: Record<string, unknown> = claims) => {
      const head = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
      const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
      const signature = createHmac(hash, t.config.jwt.secret).update(`${head}.${payload}`).digest('base64url');
      return `${head}.${payload}.${signature}`;
    };

    it('are HS256 only: HS384 and HS512 with the right secret are refused', async () => {
      await me(hmacToken('HS256', 'sha256')).expect(200);
      await me(hmacToken('HS384', 'sha384')).expect(401);
      await me(hmacToken('HS512', 'sha512')).expect(401);
    });

    it('refuse an RS256 header signed with the secret (key confusion), and alg "none"', async () => {
      await me(hmacToken('RS256', 'sha256')).expect(401);
      const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${token.split('.')[1]}.`;
      await me(none).expect(401);
    });

    it('refuse a wrong issuer, a missing audience, an expired token and a token without a type', async () => {
      const now = Math.floor(Date.now() / 1000);
      await me(hmacToken('HS256', 'sha256', { ...claims, iss: 'someone-else' })).expect(401);
      const { aud: _aud, ...withoutAudience } = claims;
      await me(hmacToken('HS256', 'sha256', withoutAudience)).expect(401);
      const expired = await me(hmacToken('HS256', 'sha256', { ...claims, iat: now - 100, exp: now - 10 })).expect(401);
      expect(expired.body.code).toBe('auth.token_expired');
      const { typ: _typ, ...untyped } = claims;
      await me(hmacToken('HS256', 'sha256', untyped)).expect(401);
    });
  });

  describe('merge lineage of a grant', () => {
    /**
     * District A holds commune a1; district B holds b1 and b2. b2 merged into b1, then b1 into a1
     * (so a1's scope reaches b1 and, transitively, b2); a1 was also once split off into b2 (a
     * cycle), and a1's sub-unit a1x took over c1 of district C.
     */
    let a: OrgUnit, a1: OrgUnit, a1x: OrgUnit, b: OrgUnit, b1: OrgUnit, b2: OrgUnit, c: OrgUnit, c1: OrgUnit;
    // A link written by hand, as a merge writes it: with the tree's revision moved on, as a merge does.
    const succeed = async (pred: OrgUnit, succ: OrgUnit) => {
      await t.db.query(`INSERT INTO org_unit_successor (predecessor_id, successor_id, effective_date, reason) VALUES (?, ?, '2025-07-01', 'merge')`, [pred.id, succ.id]);
      await t.db.query('UPDATE org_revision SET revision = revision + 1 WHERE id = 1');
    };

    beforeAll(async () => {
      const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
      a = await createUnit(t.db, 'Huyện A', 'district', province);
      a1 = await createUnit(t.db, 'Xã A1', 'commune', a);
      a1x = await createUnit(t.db, 'Thôn A1X', 'commune', a1);
      b = await createUnit(t.db, 'Huyện B', 'district', province);
      b1 = await createUnit(t.db, 'Xã B1', 'commune', b);
      b2 = await createUnit(t.db, 'Xã B2', 'commune', b);
      c = await createUnit(t.db, 'Huyện C', 'district', province);
      c1 = await createUnit(t.db, 'Xã C1', 'commune', c);
      await succeed(b2, b1);
      await succeed(b1, a1);
      await succeed(a1, b2);
      await succeed(c1, a1x);
    });

    /** What the former loader computed with one query per path: a breadth-first walk. */
    async function reference(path: string): Promise<string[]> {
      const edges: { pred: string; succ: string }[] = await t.db.query(
        'SELECT pred.path AS pred, succ.path AS succ FROM org_unit_successor s INNER JOIN org_unit pred ON pred.id = s.predecessor_id INNER JOIN org_unit succ ON succ.id = s.successor_id',
      );
      const paths = [path];
      for (let i = 0; i < paths.length; i++) {
        for (const e of edges) if (e.succ.startsWith(paths[i]) && !paths.some((k) => e.pred.startsWith(k))) paths.push(e.pred);
      }
      return paths;
    }

    const covers = (paths: string[], unitPath: string) => paths.some((p) => unitPath.startsWith(p));

    it('reaches the units merged into the subtree, transitively, and ends on a cycle', async () => {
      const account = await createAccount(t.db, { unit: a1, grants: [['unit_admin', a1], ['unit_admin', b], ['certifier', c1], ['trainer', a]] });
      const { accessToken } = await signIn(t, account.email, undefined, ip());
      const principal = await t.app.get(PrincipalLoader).load(account.accountId, sidOf(accessToken));
      if (!principal) throw new Error('the caller should load');
      const byUnit = new Map(principal.grants.map((g) => [g.orgUnitId, g.scopePaths ?? []]));

      expect(byUnit.get(a1.id)?.[0]).toBe(a1.path);
      expect(new Set(byUnit.get(a1.id))).toEqual(new Set([a1.path, b1.path, b2.path, c1.path]));
      expect(new Set(byUnit.get(b.id))).toEqual(new Set([b.path, a1.path, c1.path]));
      expect(byUnit.get(c1.id)).toEqual([c1.path]);
      expect(new Set(byUnit.get(a.id))).toEqual(new Set([a.path, b1.path, b2.path, c1.path]));

      // The same subtrees as the former walk, for every grant and every unit of the tree.
      const units = [a, a1, a1x, b, b1, b2, c, c1];
      for (const g of principal.grants) {
        const expected = await reference(g.orgUnitPath);
        for (const u of units) expect([g.orgUnitName, u.name, covers(g.scopePaths ?? [], u.path)]).toEqual([g.orgUnitName, u.name, covers(expected, u.path)]);
      }
    });
  });
});
