import { spawn, spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { nextBin, ownServerDataDir, startOwnServer } from './own-server';

// Issue 14.8: "with the default SMS_PROVIDER=outbox anyone can read every code at /api/dev/sms and move
// the shared clock … the published staff passwords are seeded whenever demo data is." Demo mode is on
// only with DEMO_MODE=true; a server without it will not start on a database holding the demo staff.
const port = Number(process.env.E2E_PORT ?? 3107) + 3;
const name = 'demo-mode';

test('demo tools and demo staff exist only with DEMO_MODE=true; a production start refuses the demo staff until removed', async () => {
  test.setTimeout(240_000);
  // 1. Demo mode: the tools answer and the demo staff sign in.
  let server = await startOwnServer(name, port);
  expect((await fetch(`${server.origin}/api/dev/sms?phone=13800000001`)).status).toBe(200);
  await server.stop();

  // 2. The same database without DEMO_MODE: the server says why and stops.
  const env = { ...process.env, DATABASE_URL: undefined, PGLITE_DATA_DIR: ownServerDataDir(name), DEMO_MODE: undefined, SMS_PROVIDER: 'outbox' };
  const refused = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  refused.stdout.on('data', (c: Buffer) => (log += c.toString()));
  refused.stderr.on('data', (c: Buffer) => (log += c.toString()));
  // The first request runs instrumentation, which opens the database and checks it.
  const poke = setInterval(() => void fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined), 500);
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      refused.kill('SIGKILL');
      resolve(null);
    }, 90_000);
    refused.once('exit', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  clearInterval(poke);
  expect(code, log).toBe(1);
  expect(log).toContain('demo staff accounts KF1001, ZD2001, JB3001, ZD2002');
  expect(log).toContain('npm run demo:remove-staff');

  // 3. The operator removes them as told.
  const removed = spawnSync('npx', ['tsx', 'lib/demo/remove-staff-cli.ts'], { env, encoding: 'utf8' });
  expect(removed.status, removed.stderr).toBe(0);
  expect(removed.stdout).toContain('Removed demo staff accounts: KF1001, ZD2001, JB3001, ZD2002');

  // 4. Now it starts; the demo tools are gone and the published passwords open nothing.
  server = await startOwnServer(name, port, { demo: false, fresh: false });
  try {
    expect((await fetch(`${server.origin}/api/dev/sms?phone=13800000001`)).status).toBe(404);
    expect(
      (
        await fetch(`${server.origin}/api/dev/clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.origin },
          body: '{"days":30}',
        })
      ).status,
    ).toBe(404);
    expect((await fetch(`${server.origin}/dev/jingban`)).status).toBe(404);
    const staff = await fetch(`${server.origin}/api/staff/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin },
      body: JSON.stringify({ staffNo: 'KF1001', password: 'demo-kefu-1001' }),
    });
    expect(staff.status).toBeGreaterThanOrEqual(400);
    expect(staff.status).toBeLessThan(500);
  } finally {
    await server.stop();
  }
});
