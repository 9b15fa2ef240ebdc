// `npm test`: every test. Installs Debian Chromium and CJK fonts when missing (as root), lints, then
// 1. the PGlite pass: the unit/integration suites (vitest), the build (which type-checks the app) and
//    the browser suite (Playwright) against `next start` on a fresh PGlite directory;
// 2. the PostgreSQL pass: the integration suites and the reliability specs (API fuzz, security
//    headers, durability, abuse) again, and two instances on one database behind a round-robin proxy
//    (PostgreSQL only: playwright.config.ts leaves it out of the first pass), on a loopback PostgreSQL
//    (tests/postgres.mjs: TEST_DATABASE_URL, or Debian's postgresql, installed and started when missing
//    and run as root).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createDatabase, ensurePostgres } from './postgres.mjs';

const RELIABILITY_SPECS = ['fuzz', 'security-headers', 'durability', 'abuse', 'two-instances', 'two-instances-sms'].map((name) => `tests/e2e/${name}.spec.ts`);

/** Runs a command; `env` entries override (undefined removes a variable). Returns the exit status. */
function spawn(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const merged = { ...process.env, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: merged });
  console.log(`(${cmd} ${args[0] ?? ''}: ${seconds(started)})`);
  return result.status ?? 1;
}

function run(cmd, args, env) {
  const status = spawn(cmd, args, env);
  if (status !== 0) process.exit(status);
}

function seconds(since) {
  return `${Math.round((Date.now() - since) / 1000)} s`;
}

function section(title) {
  console.log(`\n${'='.repeat(72)}\n${title}\n${'='.repeat(72)}`);
  return Date.now();
}

function ensureChromium() {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(chrome)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${chrome}. Install it with:\n  sudo apt-get install -y chromium fonts-noto-cjk\nor set CHROME_PATH.`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { DEBIAN_FRONTEND: 'noninteractive' });
}

ensureChromium();

// The PGlite pass never sees a PostgreSQL URL given for the second pass.
const pgliteOnly = { TEST_DATABASE_URL: undefined, E2E_DATABASE_URL: undefined, DATABASE_URL: undefined };
let started = section('Lint: the layer arrows, import cycles, TypeScript and React hooks rules; Prettier');
run('npx', ['eslint', '.']);
run('npx', ['prettier', '--check', '.']);
console.log(`\nLint: ${seconds(started)}`);

started = section('PGlite pass: unit and integration suites, build, browser suite');
run('npx', ['vitest', 'run'], pgliteOnly);
run('npx', ['next', 'build'], pgliteOnly);
run('npx', ['playwright', 'test'], pgliteOnly);
console.log(`\nPGlite pass: ${seconds(started)}`);

started = section('PostgreSQL pass: integration suites and reliability specs');
let url;
try {
  url = await ensurePostgres();
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const shown = new URL(url);
console.log(`PostgreSQL at ${shown.hostname}:${shown.port || 5432} as ${shown.username}; one fresh database per test file`);
run('npx', ['vitest', 'run', 'tests/integration'], { TEST_DATABASE_URL: url, DATABASE_URL: undefined });

const e2eDb = await createDatabase(url);
const specs = RELIABILITY_SPECS.filter((spec) => existsSync(spec));
if (specs.length === 0) throw new Error('no reliability specs found'); // playwright with no filter would run every spec
const status = spawn('npx', ['playwright', 'test', ...specs], { E2E_DATABASE_URL: e2eDb.url, DATABASE_URL: undefined });
await e2eDb.drop();
if (status !== 0) process.exit(status);
console.log(`\nPostgreSQL pass: ${seconds(started)}`);
