import { DataSource } from 'typeorm';

import { AuthService, PrincipalLoader } from '@cds/auth/api';
import { OrgService } from '@cds/org/api';
import { CoreTeamService } from '@cds/core-team/api';
import { createApp, openAppDatabase } from '@cds/api/app';
import { loadConfig } from '@cds/api/common';
import { isolatedDatabaseUrl } from '@cds/api/testing';
import { DEMO_PASSWORD, seedDemo } from './demo-seed';

/**
 * The demo province on a database of its own (a fresh SQLite file, or a new MySQL database
 * next to the one DATABASE_URL names): the 2022 tree and the 2025 one, linked.
 */
describe('demo seed (medium)', () => {
  let db: DataSource;
  let close: () => Promise<void>;
  let app: Awaited<ReturnType<typeof createApp>>;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const { url, drop } = await isolatedDatabaseUrl('seed');
    dropDatabase = drop;
    const config = loadConfig({ DATABASE_URL: url, NODE_ENV: 'test', WEB_DIST: '/nonexistent' });
    db = await openAppDatabase(config);
    app = await createApp(config, db, false);
    expect(await seedDemo(app)).toBe(true);
    close = async () => {
      await app.close();
      if (db.isInitialized) await db.destroy();
      await dropDatabase?.();
    };
  }, 60000);
  afterAll(() => close());

  const signIn = async (email: string) => {
    const session = await app.get(AuthService).login(email, DEMO_PASSWORD, { ip: null });
    const sid = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()).sid;
    const principal = await app.get(PrincipalLoader).load(session.user.id, sid);
    if (!principal) throw new Error('no principal');
    return { principal, user: session.user };
  };

  it('runs once: a second run finds data and does nothing', async () => {
    expect(await seedDemo(app)).toBe(false);
  });

  it('has the 2022 communes of Giao Thủy the day before the reorganisation, and their successors on the day', async () => {
    const { principal } = await signIn('admin@demo.cds.vn');
    const before = (await app.get(OrgService).tree(principal, '2025-06-30')).units.map((u) => u.name);
    expect(before).toEqual(expect.arrayContaining(['Tỉnh Nam Định', 'Huyện Giao Thủy', 'Xã Giao Thiện', 'Xã Giao Hương', 'Thị trấn Giao Thủy', 'Sở Khoa học và Công nghệ tỉnh Nam Định']));
    expect(before).not.toContain('Xã Giao Minh');
    expect(before).not.toContain('Thị trấn Ngô Đồng');
    const in2022 = (await app.get(OrgService).tree(principal, '2022-06-01')).units.map((u) => u.name);
    expect(in2022).toEqual(expect.arrayContaining(['Thị trấn Ngô Đồng', 'Huyện Mỹ Lộc', 'Sở Thông tin và Truyền thông tỉnh Nam Định']));
    expect(in2022.filter((n) => n.startsWith('Huyện') || n === 'Thành phố Nam Định')).toHaveLength(10);
    const after = (await app.get(OrgService).tree(principal, '2025-07-01')).units;
    const names = after.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Tỉnh Ninh Bình', 'Xã Giao Minh', 'Xã Giao Hòa', 'Xã Giao Thủy', 'Xã Giao Phúc', 'Xã Giao Hưng', 'Xã Giao Bình', 'Xã Giao Ninh']));
    expect(names.filter((n) => n.startsWith('Huyện'))).toEqual([]);
    expect(names).not.toContain('Tỉnh Nam Định');
    const ninhBinh = after.find((u) => u.name === 'Tỉnh Ninh Bình');
    expect(after.find((u) => u.name === 'Xã Giao Minh')?.parentId).toBe(ninhBinh?.id);
    const minh = await app.get(OrgService).detail(principal, after.find((u) => u.name === 'Xã Giao Minh')?.id as number);
    expect(minh.predecessors.map((p) => p.unitName).sort()).toEqual(['Xã Giao Hương', 'Xã Giao Thanh', 'Xã Giao Thiện']);
  });

  it('moved the demo learner with the merger and kept their post and certificate', async () => {
    const { user } = await signIn('learner@demo.cds.vn');
    expect(user.orgUnitName).toBe('Xã Giao Minh');
    const { principal } = await signIn('admin@demo.cds.vn');
    const minhId = (await app.get(OrgService).tree(principal)).units.find((u) => u.name === 'Xã Giao Minh')?.id as number;
    const coverage = await app.get(CoreTeamService).coverage(principal, minhId);
    expect(coverage.seats.find((s) => s.holder?.fullName === 'Đoàn Văn Nam')?.state).toBe('covered');
    expect(coverage.seats.length).toBe(6);
  });

  it('gives the unit admin the successor communes and the history of the old district', async () => {
    const { principal } = await signIn('unitadmin@demo.cds.vn');
    expect((await app.get(OrgService).tree(principal)).units.map((u) => u.name).sort()).toEqual(
      ['Xã Giao Bình', 'Xã Giao Hòa', 'Xã Giao Hưng', 'Xã Giao Minh', 'Xã Giao Ninh', 'Xã Giao Phúc', 'Xã Giao Thủy'].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    expect((await app.get(OrgService).tree(principal, '2024-01-01')).units.map((u) => u.name)).toContain('Xã Giao Thiện');
  });
});
