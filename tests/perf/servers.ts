// Production servers for the bench: the product (`next start` at the repository root) and the
// reference app under tests/perf/ref-app, each on its own port and database.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const refAppDir = path.join(root, 'tests/perf/ref-app');
const nextBin = path.join(root, 'node_modules/.bin/next');

export type Server = { base: string; stop: () => Promise<void> };

/** Builds the app in `dir` unless a build is there already (or `force`). */
export function ensureBuilt(dir: string, force = false): void {
  if (!force && existsSync(path.join(dir, '.next/BUILD_ID'))) return;
  console.error(`building ${path.relative(root, dir) || 'the product'} …`);
  const built = spawnSync(nextBin, ['build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`next build failed in ${dir}`);
}

export async function startServer(dir: string, port: number, env: Record<string, string>, readyPath: string): Promise<Server> {
  const child = spawn(nextBin, ['start', '-p', String(port)], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server in ${dir} exited with ${child.exitCode}`);
    const res = await fetch(base + readyPath).catch(() => null);
    if (res?.ok) return { base, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server in ${dir} not ready on ${base}${readyPath}`);
}
