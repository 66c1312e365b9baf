import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY } from '@cds/api/authz';
import { createAccount, createUnit, signIn, startTestApp, TestApp, uid } from '@cds/api/testing';

describe('HTTP conventions (medium)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('reports health with the database kind and a correlation id header', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: process.env['DATABASE_URL'] ? 'mysql' : 'sqlite' });
    expect(res.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document listing every route', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/auth/refresh', '/api/auth/logout', '/api/auth/me', '/api/auth/change-password', '/api/audit']),
    );
    expect(res.body.components.schemas.AuthResponseDto.properties).toHaveProperty('accessToken');
    await t.http().get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('declares an access rule on every route (deny by default)', () => {
    const undeclared: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        const proto = (metatype as { prototype: Record<string, unknown> }).prototype;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name];
          if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
          const declared = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, metatype as object);
          if (!declared) undeclared.push(`${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]} ${metatype?.name}.${name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('rejects unknown body fields with a 422 field tree', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'not-an-email', password: 'x', isAdmin: true }).expect(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'validation.failed',
      errors: { email: ['Email không hợp lệ.'], isAdmin: ['Trường này không được phép.'] },
    });
    expect(res.body.correlationId).toBeTruthy();
  });

  it('answers malformed JSON with 400 and a clear message, no parser internals', async () => {
    const res = await t.http().post('/api/auth/login').set('content-type', 'application/json').send('{"email": ').expect(400);
    expect(res.body).toMatchObject({ code: 'http.bad_json', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|Unexpected|position/);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.http().post('/api/auth/login').send({ email: 'a@b.vn', password: 'x'.repeat(1_100_000) }).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'http.too_large' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.http().get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'http.not_found', message: 'Không tìm thấy.' });
  });

  it('sends security headers on every answer, errors included', async () => {
    for (const [path, status] of [['/api/health', 200], ['/api/no-such-thing', 404], ['/api/auth/me', 401]] as const) {
      const res = await t.http().get(path).expect(status);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  describe('audit log', () => {
    it('lists newest first for admins, with keyset pages, and refuses everyone else', async () => {
      const province = await createUnit(t.db, `Tỉnh ${uid()}`, 'province');
      const admin = await createAccount(t.db, { unit: province, grants: [['admin', province]] });
      const learner = await createAccount(t.db, { unit: province });
      await signIn(t, learner.email, undefined, '10.5.0.1');
      const { accessToken } = await signIn(t, admin.email, undefined, '10.5.0.2');

      // Other test projects write to a shared MariaDB database at the same moment, so the newest
      // entries need not be ours: page through (small pages) until both sign-ins have been seen.
      type Entry = { id: number; action: string; actorEmail: string | null; ip: string | null; at: string };
      const seen: Entry[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Entry[]; nextCursor: string | null } } = await t.http().get(`/api/audit?limit=5${cursor ? `&cursor=${cursor}` : ''}`).auth(accessToken, { type: 'bearer' }).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(5);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor && !seen.some((e) => e.action === 'auth.login' && e.actorEmail === learner.email));
      // Newest first, and the keyset pages neither overlap nor skip back.
      const ids = seen.map((e) => e.id);
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => b - a));
      const adminLogin = seen.findIndex((e) => e.action === 'auth.login' && e.actorEmail === admin.email);
      const learnerLogin = seen.findIndex((e) => e.action === 'auth.login' && e.actorEmail === learner.email);
      expect(adminLogin).toBeGreaterThanOrEqual(0);
      expect(learnerLogin).toBeGreaterThan(adminLogin);
      expect(seen[adminLogin]).toMatchObject({ ip: '10.5.0.2' });
      expect(seen[adminLogin].at).toMatch(/Z$/);

      const asLearner = await signIn(t, learner.email, undefined, '10.5.0.3');
      const denied = await t.http().get('/api/audit').auth(asLearner.accessToken, { type: 'bearer' }).expect(403);
      expect(denied.body).toMatchObject({ code: 'auth.forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' });
      await t.http().get('/api/audit?limit=0').auth(accessToken, { type: 'bearer' }).expect(422);
      await t.http().get('/api/audit?cursor=%%%').auth(accessToken, { type: 'bearer' }).expect(400);
    });
  });
});
