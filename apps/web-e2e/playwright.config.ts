import { defineConfig } from '@playwright/test';
import { join } from 'node:path';

/**
 * Browser tests on the built app, served by the built API with a fresh SQLite database per run.
 * Build first: `npx nx build api && npx nx build web`. Uses the system Chromium, never a download.
 */
const root = join(__dirname, '..', '..');
// Set once in the main process; workers inherit it, so every process agrees on the folder.
process.env['E2E_DATA_DIR'] ??= join(root, 'tmp', `e2e-data-${Date.now()}`);
const port = 3100;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp', 'e2e-results'),
  fullyParallel: false,
  workers: 1,
  // One retry in CI, reported as "flaky" in the log: a test that fails twice still fails the run.
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  forbidOnly: !!process.env['CI'],
  reporter: 'list',
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/apps/api/main.js',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATA_DIR: process.env['E2E_DATA_DIR'],
      NODE_ENV: 'development',
    },
  },
});
