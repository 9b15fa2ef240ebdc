import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = 'pglite' | 'postgres';
export type Opened = { db: Db; kind: DbKind; close: () => Promise<void> };
/** `logger` hears every statement drizzle sends (tests count them). */
export type OpenOptions = { logger?: Logger };

const migrationsFolder = path.join(process.cwd(), 'lib/db/migrations');

// One open database per process: PGlite allows a single connection per directory, and
// Next dev reloads modules (and bundles instrumentation apart from the routes), so the promise and
// the work to do on opening live on globalThis.
const holder = globalThis as typeof globalThis & { __ybDb?: Promise<Opened>; __ybDbOnOpen?: (db: Db) => Promise<void> };

/**
 * Work done on the database each time this process opens it, before anyone is given it. Demo
 * mode seeds the invented people here (lib/demo), so this module needs nothing else in lib/.
 */
export function whenDatabaseOpens(prepare: (db: Db) => Promise<void>): void {
  holder.__ybDbOnOpen = prepare;
}

export function getDb(): Promise<Db> {
  return opened().then((o) => o.db);
}

export function getDbKind(): Promise<DbKind> {
  return opened().then((o) => o.kind);
}

function opened(): Promise<Opened> {
  if (!holder.__ybDb) {
    holder.__ybDb = open().catch((error: unknown) => {
      holder.__ybDb = undefined;
      throw error;
    });
  }
  return holder.__ybDb;
}

export async function closeDb(): Promise<void> {
  const current = holder.__ybDb;
  holder.__ybDb = undefined;
  if (current) await (await current).close();
}

async function open(): Promise<Opened> {
  const url = process.env.DATABASE_URL;
  const o = url ? await openPostgres(url) : await openPglite(process.env.PGLITE_DATA_DIR ?? './data/pglite');
  try {
    await holder.__ybDbOnOpen?.(o.db);
  } catch (error) {
    // The next getDb() opens again: PGlite allows one connection per directory.
    await o.close().catch(() => undefined);
    throw error;
  }
  return o;
}

/** Exported for tests, which open their own `memory://` database (or their own PostgreSQL one below). */
export async function openPglite(dataDir: string, options: OpenOptions = {}): Promise<Opened> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const isMemory = dataDir.startsWith('memory://');
  if (!isMemory) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(isMemory ? dataDir : path.resolve(dataDir));
  yieldBeforeEachStatement(client);
  const db = drizzle(client, { schema, ...options });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

/**
 * PGlite runs on this thread and answers through promise chains. With many requests in flight those
 * chains keep the microtask queue full, so the event loop seldom polls its sockets: measured at 50
 * concurrent filings, new connections waited in the accept queue for up to 10 s. One macrotask turn
 * before each top-level statement lets sockets be read and accepted in between.
 */
function yieldBeforeEachStatement(client: import('@electric-sql/pglite').PGlite): void {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const wrap = <F extends (...args: never[]) => Promise<unknown>>(fn: F): F =>
    (async (...args: Parameters<F>) => {
      await turn();
      return fn(...args);
    }) as F;
  client.query = wrap(client.query.bind(client));
  client.exec = wrap(client.exec.bind(client));
  client.transaction = wrap(client.transaction.bind(client));
}

/** Exported for tests that open their own database or seed and inspect the one a server of theirs uses. */
export async function openPostgres(url: string, poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10), options: OpenOptions = {}): Promise<Opened> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, a dropped database) is reported here;
  // without a listener the pool's 'error' event would end the process.
  pool.on('error', (error) => console.error(`[db] an idle PostgreSQL connection failed: ${error.message}`));
  const connections = trackConnections(pool);
  const db = drizzle(pool, { schema, ...options });
  await migrateWithLock(pool, () => migrate(db, { migrationsFolder }));
  return { db: db as unknown as Db, kind: 'postgres', close: () => endPool(pool, connections) };
}

function trackConnections(pool: import('pg').Pool): Set<import('pg').PoolClient> {
  const open = new Set<import('pg').PoolClient>();
  pool.on('connect', (client) => {
    open.add(client);
    client.once('end', () => open.delete(client));
  });
  return open;
}

/**
 * pool.end() resolves once its clients are released and told to end, before their sockets close: a
 * database dropped right after would terminate live backends (FATAL 57P01). Wait for every 'end'.
 */
async function endPool(pool: import('pg').Pool, open: Set<import('pg').PoolClient>): Promise<void> {
  const closed = [...open].map((client) => new Promise<void>((resolve) => client.once('end', () => resolve())));
  await pool.end();
  await Promise.all(closed);
}

// Several server instances may start at once against one PostgreSQL.
async function migrateWithLock(pool: import('pg').Pool, run: () => Promise<void>): Promise<void> {
  const conn = await pool.connect();
  try {
    await conn.query('select pg_advisory_lock(727001)');
    await run();
  } finally {
    await conn.query('select pg_advisory_unlock(727001)').catch(() => undefined);
    conn.release();
  }
}
