import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3107);
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Specs that need several server processes on one database: PostgreSQL only (PGlite is one process
// per directory), so they run in npm test's PostgreSQL pass, which sets E2E_DATABASE_URL.
const postgresOnly = ['**/two-instances.spec.ts', '**/two-instances-sms.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: process.env.E2E_DATABASE_URL ? [] : postgresOnly,
  outputDir: 'tests/.artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    browserName: 'chromium',
    launchOptions: {
      executablePath: chrome,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    },
    trace: 'retain-on-failure',
    // API calls from the tests' request contexts change state as our own pages do (lib/api/same-origin.ts).
    extraHTTPHeaders: { origin: `http://127.0.0.1:${port}` },
  },
  webServer: {
    command: 'node tests/e2e/serve.mjs',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
