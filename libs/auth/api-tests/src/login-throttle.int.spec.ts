import { startTestApp, TestApp, uid } from '@cds/api/testing';

/** Its own file: it needs an app with a low per-address limit (passport strategies are process-global). */
describe('sign-in throttling per client address (medium)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3' })));
  afterAll(() => t.close());

  it('answers 429 to an address after 3 failures on different accounts, and not to other addresses', async () => {
    const address = `10.77.${Math.floor(Math.random() * 250)}.1`;
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/auth/login').set('x-forwarded-for', address).send({ email: `a${i}-${uid()}@x.vn`, password: 'x' }).expect(401);
    }
    const res = await t.http().post('/api/auth/login').set('x-forwarded-for', address).send({ email: `b-${uid()}@x.vn`, password: 'x' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await t.http().post('/api/auth/login').set('x-forwarded-for', '10.78.0.1').send({ email: `c-${uid()}@x.vn`, password: 'x' }).expect(401);
  });
});
