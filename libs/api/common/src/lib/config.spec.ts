import { ConfigError, DEV_JWT_SECRET, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file under ./data with demo seeding', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.db).toEqual({ type: 'sqlite', file: '/srv/app/data/cds-training.sqlite' });
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.listenBacklog).toBe(4096);
  });

  it('uses MySQL from DATABASE_URL and does not seed demo data unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://u:p@127.0.0.1:3306/cds' });
    expect(config.db).toEqual({ type: 'mysql', url: 'mysql://u:p@127.0.0.1:3306/cds', database: 'cds' });
    expect(config.seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@h/cds', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('refuses to start in production without a JWT secret and names the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required in production/);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(
      /JWT_SECRET is the development default/,
    );
  });

  it('reports every wrong variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', LISTEN_BACKLOG: '0', DATABASE_URL: 'postgres://x/y', JWT_SECRET: 'short' });
      fail('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/LISTEN_BACKLOG must be a whole number ≥ 1/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/JWT_SECRET must be at least 32/);
    }
  });
});
