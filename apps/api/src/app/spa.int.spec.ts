import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startTestApp, TestApp, uid } from '@cds/api/testing';

describe('serving the web app (medium)', () => {
  let t: TestApp;
  beforeAll(async () => {
    const web = join(tmpdir(), `cds-web-${uid()}`);
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>cds</title><cds-root></cds-root>');
    writeFileSync(join(web, 'main-ABCDEFGH.js'), 'console.log(1)');
    t = await startTestApp({ WEB_DIST: web });
  });
  afterAll(() => t.close());

  it('serves index.html at / and for deep links', async () => {
    for (const path of ['/', '/profile', '/org/units/12?asOf=2024-01-01']) {
      const res = await t.http().get(path).expect(200);
      expect(res.text).toContain('<cds-root>');
    }
  });

  it('caches hashed bundles for a year and index.html never', async () => {
    expect((await t.http().get('/main-ABCDEFGH.js').expect(200)).headers['cache-control']).toContain('immutable');
    expect((await t.http().get('/profile')).headers['cache-control']).toBe('no-cache');
  });

  it('keeps JSON 404s for the API and for missing files', async () => {
    expect((await t.http().get('/api/unknown').expect(404)).body.code).toBe('http.not_found');
    expect((await t.http().get('/missing-file.js').expect(404)).body.code).toBe('http.not_found');
  });
});
