import { eq } from 'drizzle-orm';
import { openPglite, openPostgres, type Db, type OpenOptions, type Opened } from '@/lib/db/client';
import { persons } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { seedDemoData } from '@/lib/demo/seed';
import { createDatabase } from '@/tests/postgres.mjs';

/**
 * A fresh database with migrations and the demo data, private to one test file: PGlite in memory, or,
 * when TEST_DATABASE_URL is set, a new database on that PostgreSQL opened the way the app opens one
 * (`close()` ends the pool and drops the database).
 */
export async function openTestDb(options: { seed?: boolean } & OpenOptions = {}): Promise<Opened> {
  const url = process.env.TEST_DATABASE_URL;
  const open = { ...(options.logger ? { logger: options.logger } : {}) };
  const opened = url ? await openFreshPostgres(url, open) : await openPglite('memory://', open);
  if (options.seed !== false) await seedDemoData(opened.db);
  return opened;
}

const TEST_POOL_SIZE = 5;

async function openFreshPostgres(url: string, options: OpenOptions): Promise<Opened> {
  const fresh = await createDatabase(url);
  try {
    // Test files run side by side, each with its own pool: small pools stay under max_connections.
    const opened = await openPostgres(fresh.url, TEST_POOL_SIZE, options);
    return { ...opened, close: () => opened.close().finally(fresh.drop) };
  } catch (error) {
    await fresh.drop();
    throw error;
  }
}

/**
 * Two handles on one fresh database, standing for two server instances: on PostgreSQL two pools (their
 * statements really interleave on separate backends); on PGlite, which has one connection, the same
 * database twice. `close()` ends both pools, then drops the database.
 */
export async function openTestDbPair(): Promise<{ a: Db; b: Db; close: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const opened = await openPglite('memory://');
    return { a: opened.db, b: opened.db, close: opened.close };
  }
  const fresh = await createDatabase(url);
  const pools: Opened[] = [];
  const close = async () => {
    await Promise.allSettled(pools.map((p) => p.close()));
    await fresh.drop();
  };
  try {
    pools.push(await openPostgres(fresh.url, TEST_POOL_SIZE));
    pools.push(await openPostgres(fresh.url, TEST_POOL_SIZE));
  } catch (error) {
    await close();
    throw error;
  }
  return { a: pools[0]!.db, b: pools[1]!.db, close };
}

/** One insured person, as the database holds them now (a test's precondition: throws when missing). */
export async function personRow(db: Db, id: string): Promise<PersonRow> {
  const [p] = await db.select().from(persons).where(eq(persons.id, id));
  if (!p) throw new Error(`no person ${id}`);
  return p;
}
