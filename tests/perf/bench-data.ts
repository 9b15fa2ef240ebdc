// Databases for the bench, prepared before the server opens them (PGlite allows one process per
// directory): the demo data, a session for 王建国, and load residents for the submit route.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '@/lib/auth/session';
import { closeDb, getDb } from '@/lib/db/client';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { seedDemoDataOnOpen } from '@/lib/demo/start-up';
import { seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import { createDatabase, ensurePostgres } from '../postgres.mjs';
import { root } from './servers';

export type BenchDb = { env: Record<string, string>; elderCookie: string; residents: LoadResident[]; drop: () => Promise<void> };

async function prepare(env: Record<string, string>, residents: number): Promise<Omit<BenchDb, 'drop'>> {
  delete process.env.DATABASE_URL;
  delete process.env.PGLITE_DATA_DIR;
  Object.assign(process.env, env);
  seedDemoDataOnOpen();
  const db = await getDb(); // opens, migrates and seeds the demo data exactly as the server would
  const { token } = await createSession(db, 'resident', DEMO_IDS.wangJianguo, new Date());
  const seeded = await seedLoadResidents(db, residents);
  await closeDb();
  return { env, elderCookie: `yb_session=${token}`, residents: seeded };
}

export async function pgliteBenchDb(name: string, residents: number): Promise<BenchDb> {
  const dir = path.join(root, 'tests/.artifacts', name);
  rmSync(dir, { recursive: true, force: true });
  return { ...(await prepare({ PGLITE_DATA_DIR: dir }, residents)), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database on the loopback PostgreSQL (tests/postgres.mjs: BENCH_DATABASE_URL / TEST_DATABASE_URL, or Debian's, as root), dropped afterwards. */
export async function postgresBenchDb(residents: number): Promise<BenchDb> {
  if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const fresh = await createDatabase(await ensurePostgres());
  const prepared = await prepare({ DATABASE_URL: fresh.url }, residents);
  return { ...prepared, drop: fresh.drop };
}
