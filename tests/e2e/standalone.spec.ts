// The server the container image runs (Dockerfile): `node server.js` from .next/standalone, which every
// `next build` writes (next.config.ts), with .next/static and public/ beside it as the image has them.
// No container runs on the test machines; this runs the same files the image copies, on PGlite.
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3107) + 6;
const origin = `http://127.0.0.1:${port}`;
const root = path.resolve('.next/standalone');
const dataDir = path.resolve('tests/.artifacts/pglite-standalone');

/** The Dockerfile's HEALTHCHECK command, run here as Docker would run it in the container. */
function healthcheck(): number | null {
  const exec = /^HEALTHCHECK [^\n]*?\\\n\s*CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1];
  if (!exec) throw new Error('no HEALTHCHECK CMD in the Dockerfile');
  const [cmd, ...args] = JSON.parse(exec) as string[];
  expect(cmd).toBe('node');
  return spawnSync(process.execPath, args, { env: { ...process.env, PORT: String(port) }, timeout: 10_000 }).status;
}

/** A value the Dockerfile's runtime stage sets with ENV. */
function dockerfileEnv(name: string): string {
  const value = new RegExp(`^\\s*(?:ENV )?${name}=(\\S+)`, 'm').exec(readFileSync('Dockerfile', 'utf8'))?.[1];
  if (!value) throw new Error(`the Dockerfile sets no ${name}`);
  return value;
}

let server: ChildProcess | undefined;
let log = '';

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

test('the standalone server (what the image runs) answers /api/health and serves a page with its scripts, styles and public files', async ({ page }) => {
  const began = Date.now();
  if (!existsSync(path.join(root, 'server.js'))) throw new Error('no .next/standalone/server.js: run `npx next build` (next.config.ts writes it)');
  // As the Dockerfile lays it out: static assets and public/ beside server.js.
  for (const folder of ['.next/static', 'public']) {
    rmSync(path.join(root, folder), { recursive: true, force: true });
    cpSync(folder, path.join(root, folder), { recursive: true });
  }
  expect(existsSync(path.join(root, 'lib/db/migrations')), 'the migrations are traced into the standalone output').toBe(true);
  // sharp (photos are re-encoded) with its native libvips, traced into the standalone node_modules.
  const sharp = spawnSync(
    process.execPath,
    [
      '-e',
      "require('sharp')({ create: { width: 2, height: 2, channels: 3, background: '#fff' } }).jpeg().toBuffer().then((b) => process.stdout.write(String(b[0])))",
    ],
    { cwd: root, encoding: 'utf8', timeout: 20_000 },
  );
  expect(sharp.stderr).toBe('');
  expect(sharp.stdout.trim()).toBe('255');

  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: dockerfileEnv('HOSTNAME'),
    PGLITE_DATA_DIR: dataDir,
    DEMO_MODE: 'false',
  };
  for (const key of ['DATABASE_URL', 'E2E_DATABASE_URL', 'TEST_DATABASE_URL']) delete env[key];
  const spawnedAt = Date.now();
  server = spawn(process.execPath, ['server.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-10_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const guard = () => server?.kill('SIGKILL');
  process.once('exit', guard);

  await expect
    .poll(
      async () => {
        if (server?.exitCode !== null) throw new Error(`the standalone server exited:\n${log}`);
        return fetch(`${origin}/api/health`).then(
          (res) => res.status,
          () => 0,
        );
      },
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(200);
  const started = Date.now() - spawnedAt;
  expect(await (await fetch(`${origin}/api/health`)).json()).toEqual({ ok: true, db: 'pglite' });
  expect(healthcheck(), 'the Dockerfile HEALTHCHECK passes').toBe(0);

  const failed: string[] = [];
  page.on('response', (res) => {
    if (res.url().startsWith(origin) && res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });
  // The Origin our own pages send (the config's names the shared server's port).
  await page.context().setExtraHTTPHeaders({ origin });
  await page.goto(`${origin}/`);
  await expect(page.getByRole('link', { name: '异地备案', exact: true })).toBeVisible();
  // The styles came from .next/static: text at the app's 20 px or more, not the browser's 16.
  const text = page.getByText('登录后可以办理业务、查看办件。');
  expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
  expect((await page.request.get(`${origin}/sw.js`)).status(), 'public/ is served').toBe(200);
  await page.getByRole('link', { name: '异地备案', exact: true }).click();
  await expect(page).toHaveURL(/\/services\/remote-care/);
  expect(failed).toEqual([]);
  expect(log).not.toMatch(/⚠|Error/);

  server.kill('SIGTERM');
  await new Promise((resolve) => server?.once('exit', resolve));
  process.off('exit', guard);
  expect(healthcheck(), 'the HEALTHCHECK fails once the server is gone').not.toBe(0);
  console.log(
    `standalone server answered /api/health ${(started / 1000).toFixed(1)} s after it started (a fresh PGlite, migrated); the whole check took ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
});
