import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createDatabase } from '../postgres.mjs';

export const nextBin = path.resolve('node_modules/next/dist/bin/next');

export function ownServerDataDir(name: string): string {
  return path.resolve(`tests/.artifacts/pglite-${name}`);
}

/**
 * The production build on a port and a fresh PGlite directory of its own, for a spec whose people
 * must start untouched by the other specs (the shared e2e server's demo people carry every earlier
 * spec's filings). Demo data and the demo clock pinned like the shared server's.
 */
export async function startOwnServer(
  name: string,
  port: number,
  options: { demo?: boolean; fresh?: boolean; budgetMultiplier?: string; databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<{ origin: string; stop: () => Promise<void>; log: () => string }> {
  const { demo = true, fresh = true } = options;
  const origin = `http://127.0.0.1:${port}`;
  // A server left from an interrupted run would answer instead, on a directory removed under it.
  if (
    await fetch(`${origin}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is in use: stop what listens there`);
  // In the PostgreSQL pass (E2E_DATABASE_URL set) a fresh database beside that one, dropped at stop;
  // `databaseUrl`: a database the caller made and drops (several instances on one database).
  const postgres = options.databaseUrl
    ? { url: options.databaseUrl, drop: async () => {} }
    : process.env.E2E_DATABASE_URL && fresh
      ? await createDatabase(process.env.E2E_DATABASE_URL)
      : null;
  const dataDir = ownServerDataDir(name);
  if (fresh && !postgres) rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ...(postgres ? { DATABASE_URL: postgres.url, PGLITE_DATA_DIR: undefined } : { DATABASE_URL: undefined, PGLITE_DATA_DIR: dataDir }),
    DEMO_MODE: demo ? 'true' : 'false',
    RATE_BUDGET_MULTIPLIER: options.budgetMultiplier ?? '100',
    SMS_PROVIDER: 'outbox',
    SCHEDULER_INTERVAL_MS: '600000',
    DEMO_CLOCK_START: process.env.E2E_CLOCK_START ?? '2026-11-30',
    ...options.env,
  };
  const child: ChildProcess = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // A worker torn down mid-test (a timeout) skips afterAll: never leave the server behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-10_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 150_000;
  for (;;) {
    const ok = await fetch(`${origin}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`own server ${name} did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = async () => {
    process.off('exit', orphanGuard);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // Next closes gracefully: it waits for every open request, and a page a test left open may hold
      // one (an event stream). The suite must not hang on that; the server's data is the test's own.
      const graceful = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))]);
      if (!graceful) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    await postgres?.drop();
  };
  return { origin, stop, log: () => log };
}
