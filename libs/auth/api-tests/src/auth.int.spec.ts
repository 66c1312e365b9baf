import { JwtService } from '@nestjs/jwt';
import { createAccount, createUnit, signIn, startTestApp, TEST_PASSWORD, TestApp, uid } from '@cds/api/testing';

describe('auth (medium: real database, HTTP)', () => {
  let t: TestApp;
  let unitId: number;
  const ip = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  beforeAll(async () => {
    t = await startTestApp();
    unitId = (await createUnit(t.db, `Xã Giao Thiện ${uid()}`)).id;
  });
  afterAll(() => t.close());

  const newAccount = async () => createAccount(t.db, { unit: await t.db.getRepository('OrgUnit').findOneByOrFail({ id: unitId }) as never });

  it('signs in with the right password and returns the person with their role grants', async () => {
    const { email } = await newAccount();
    const res = await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email: email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    expect(res.body.user).toMatchObject({ email, fullName: 'Lê Thị Hồng', roles: [{ role: 'learner', orgUnitId: unitId }] });
    expect(res.body.expiresIn).toBe(900);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cds_refresh=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const me = await t.http().get('/api/auth/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
    expect(me.body.email).toBe(email);
  });

  it('refuses a wrong password or an unknown email with the same Vietnamese message, and audits both', async () => {
    const { email, accountId } = await newAccount();
    const wrong = await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: 'Sai@Matkhau1' }).expect(401);
    const unknown = await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email: `nobody-${uid()}@x.vn`, password: 'x' }).expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'auth.invalid_credentials', message: 'Email hoặc mật khẩu không đúng.' });
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(wrong.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await t.db.query(`SELECT action, actor_id FROM audit_log WHERE target_id = ? AND action = 'auth.login_failed'`, [email]);
    expect(rows).toHaveLength(1);
    expect(Number(rows[0].actor_id)).toBe(accountId);
  });

  it('answers in English when asked', async () => {
    const res = await t.http().post('/api/auth/login').set('accept-language', 'en-GB,en').send({ email: `nobody-${uid()}@y.vn`, password: 'x' }).expect(401);
    expect(res.body.message).toBe('Wrong email or password.');
  });

  it('locks an account after 5 failures with 429 and Retry-After, even with the right password', async () => {
    const { email } = await newAccount();
    for (let i = 0; i < 5; i++) {
      await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: `wrong-${i}` }).expect(401);
    }
    const res = await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: TEST_PASSWORD }).expect(429);
    expect(res.body.code).toBe('auth.too_many_attempts');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(res.body.message).toContain(`${retryAfter} giây`);
  });

  it('refuses an inactive account', async () => {
    const unit = await createUnit(t.db, `Xã ${uid()}`);
    const { email } = await createAccount(t.db, { unit, active: false });
    await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: TEST_PASSWORD }).expect(401);
  });

  describe('refresh tokens', () => {
    it('rotate on every use, from the body or from the cookie', async () => {
      const { email } = await newAccount();
      const first = await signIn(t, email, TEST_PASSWORD, ip());
      const second = await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      const third = await t.http().post('/api/auth/refresh').set('cookie', `cds_refresh=${second.body.refreshToken}`).send({}).expect(200);
      expect(third.body.user.email).toBe(email);
      await t.http().get('/api/auth/me').auth(third.body.accessToken, { type: 'bearer' }).expect(200);
    });

    it('revoke the whole session when a used token is presented again', async () => {
      const { email } = await newAccount();
      const first = await signIn(t, email, TEST_PASSWORD, ip());
      const second = await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
      const reuse = await t.http().post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('auth.invalid_refresh');
      // The legitimate successor is dead too, and so is the access token of that session.
      await t.http().post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
      await t.http().get('/api/auth/me').auth(second.body.accessToken, { type: 'bearer' }).expect(401);
      const [row] = await t.db.query(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'auth.refresh_reuse' AND actor_id = (SELECT id FROM account WHERE email = ?)`, [email]);
      expect(Number(row.n)).toBe(1);
    });

    it('never let two concurrent uses of the same token both continue the session', async () => {
      const { email } = await newAccount();
      const { refreshToken } = await signIn(t, email, TEST_PASSWORD, ip());
      const results = await Promise.all([1, 2].map(() => t.http().post('/api/auth/refresh').send({ refreshToken })));
      // At most one use wins the token; the other is a replay, which ends the whole session,
      // including the winner's fresh token (so both may end up refused, depending on timing).
      expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
      expect(results.some((r) => r.status === 401)).toBe(true);
      for (const r of results.filter((x) => x.status === 200)) {
        await t.http().post('/api/auth/refresh').send({ refreshToken: r.body.refreshToken }).expect(401);
      }
    });

    it('refuse garbage and tampered tokens', async () => {
      const { email } = await newAccount();
      const { refreshToken } = await signIn(t, email, TEST_PASSWORD, ip());
      const [id, secret] = refreshToken.split('.');
      for (const bad of ['nonsense', `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`, `${Number(id) + 1000000}.${secret}`]) {
        await t.http().post('/api/auth/refresh').send({ refreshToken: bad }).expect(401);
      }
      await t.http().post('/api/auth/refresh').send({}).expect(401);
    });

    it('end with logout, which clears the cookie', async () => {
      const { email } = await newAccount();
      const session = await signIn(t, email, TEST_PASSWORD, ip());
      const out = await t.http().post('/api/auth/logout').set('x-forwarded-for', '10.2.3.4').send({ refreshToken: session.refreshToken }).expect(204);
      expect(String(out.headers['set-cookie'])).toMatch(/cds_refresh=;/);
      expect(String(out.headers['set-cookie'])).toMatch(/SameSite=Strict/i);
      // A second logout with the same token answers the same and is not audited twice.
      await t.http().post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
      const rows = await t.db.query(`SELECT actor_email, ip FROM audit_log WHERE action = 'auth.logout' AND actor_email = ?`, [email]);
      expect(rows).toEqual([{ actor_email: email, ip: '10.2.3.4' }]);
      await t.http().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await t.http().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' }).expect(401);
    });
  });

  describe('access tokens', () => {
    let session: { accessToken: string; refreshToken: string };
    beforeAll(async () => (session = await signIn(t, (await newAccount()).email, TEST_PASSWORD, ip())));

    it('are required', async () => {
      const res = await t.http().get('/api/auth/me').expect(401);
      expect(res.body).toMatchObject({ code: 'auth.unauthenticated', message: 'Bạn cần đăng nhập.' });
    });

    it('refuse a refresh token used as an access token', async () => {
      await t.http().get('/api/auth/me').auth(session.refreshToken, { type: 'bearer' }).expect(401);
    });

    it('refuse alg "none"', async () => {
      const [, payload] = session.accessToken.split('.');
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      await t.http().get('/api/auth/me').auth(`${header}.${payload}.`, { type: 'bearer' }).expect(401);
    });

    it('refuse a tampered payload', async () => {
      const [header, payload, signature] = session.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: claims.sub + 1 })).toString('base64url');
      await t.http().get('/api/auth/me').auth(`${header}.${forged}.${signature}`, { type: 'bearer' }).expect(401);
    });

    it('refuse a token signed with another key, another audience, or expired', async () => {
      const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString());
      const base = { sub: claims.sub, sid: claims.sid, typ: 'access' };
      const jwt = new JwtService();
      const secret = t.config.jwt.secret;
      const opts = { issuer: t.config.jwt.issuer, audience: t.config.jwt.audience };
      const otherKey = await jwt.signAsync(base, { ...opts, secret: 'x'.repeat(40), expiresIn: 60 });
      const otherAudience = await jwt.signAsync(base, { ...opts, audience: 'someone-else', secret, expiresIn: 60 });
      const expired = await jwt.signAsync({ ...base, exp: Math.floor(Date.now() / 1000) - 10 }, { ...opts, secret });
      await t.http().get('/api/auth/me').auth(otherKey, { type: 'bearer' }).expect(401);
      await t.http().get('/api/auth/me').auth(otherAudience, { type: 'bearer' }).expect(401);
      const res = await t.http().get('/api/auth/me').auth(expired, { type: 'bearer' }).expect(401);
      expect(res.body.code).toBe('auth.token_expired');
      // The genuine one still works.
      await t.http().get('/api/auth/me').auth(session.accessToken, { type: 'bearer' }).expect(200);
    });
  });

  describe('change password', () => {
    it('ends every other session and keeps this one', async () => {
      const { email } = await newAccount();
      const here = await signIn(t, email, TEST_PASSWORD, ip());
      const elsewhere = await signIn(t, email, TEST_PASSWORD, ip());
      const res = await t.http()
        .post('/api/auth/change-password')
        .auth(here.accessToken, { type: 'bearer' })
        .send({ currentPassword: TEST_PASSWORD, newPassword: 'Moi@MatKhau2026' })
        .expect(200);
      await t.http().get('/api/auth/me').auth(res.body.accessToken, { type: 'bearer' }).expect(200);
      await t.http().get('/api/auth/me').auth(elsewhere.accessToken, { type: 'bearer' }).expect(401);
      await t.http().post('/api/auth/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(401);
      await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: TEST_PASSWORD }).expect(401);
      await t.http().post('/api/auth/login').set('x-forwarded-for', ip()).send({ email, password: 'Moi@MatKhau2026' }).expect(200);
    });

    it('refuses a wrong current password and a weak new one, with a field tree', async () => {
      const { email } = await newAccount();
      const { accessToken } = await signIn(t, email, TEST_PASSWORD, ip());
      const wrong = await t.http().post('/api/auth/change-password').auth(accessToken, { type: 'bearer' }).send({ currentPassword: 'nope', newPassword: 'Moi@MatKhau2026' }).expect(400);
      expect(wrong.body.code).toBe('auth.wrong_password');
      const weak = await t.http().post('/api/auth/change-password').auth(accessToken, { type: 'bearer' }).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(422);
      expect(weak.body.errors.newPassword).toContain('Cần ít nhất 10 ký tự.');
    });
  });
});
