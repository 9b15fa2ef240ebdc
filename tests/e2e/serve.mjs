// Starts the production build for e2e (builds first if needed) on a fresh embedded database, or on the
// PostgreSQL database E2E_DATABASE_URL names when set (the PostgreSQL pass of `npm test` makes it fresh).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const port = process.env.E2E_PORT ?? '3107';
const dataDir = path.resolve('tests/.artifacts/pglite-e2e');
rmSync(dataDir, { recursive: true, force: true });

if (!existsSync('.next/BUILD_ID')) {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn('npx', ['next', 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { PGLITE_DATA_DIR: dataDir }),
    DEMO_MODE: 'true',
    // The specs sign the same demo people in dozens of times an hour; abuse.spec runs its own server at 1.
    RATE_BUDGET_MULTIPLIER: process.env.RATE_BUDGET_MULTIPLIER ?? '100',
    SMS_PROVIDER: 'outbox',
    // A fixed day, so no run depends on the date it happens (a month's end by default: 王建国's seeded
    // filing then starts on the 30th and its 6-month lock ends on 28 February). E2E_CLOCK_START picks another.
    DEMO_CLOCK_START: process.env.E2E_CLOCK_START ?? '2026-11-30',
    SCHEDULER_INTERVAL_MS: '600000',
    // The address written into SMS links (/m/<token>): this server's.
    PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN ?? `http://127.0.0.1:${port}`,
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
