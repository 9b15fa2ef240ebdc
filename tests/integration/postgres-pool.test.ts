import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';

// PostgreSQL only (vitest.config.ts runs postgres-*.test.ts in the PostgreSQL pass of `npm test`):
// PGlite has no pool and no other backends.
// A pooled connection the server ends (FATAL 57P01: a restart, a failover, a test database dropped
// `with (force)`) must be heard and replaced, never end the process as an unhandled 'error' event.
describe('pooled PostgreSQL connections ended by the server', () => {
  const heard: unknown[] = [];
  const listen = (error: unknown) => heard.push(error);
  beforeEach(() => {
    heard.length = 0;
    process.on('uncaughtException', listen);
    process.on('unhandledRejection', listen);
  });
  afterEach(() => {
    process.off('uncaughtException', listen);
    process.off('unhandledRejection', listen);
  });
  const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('an idle connection terminated by the server is reported and replaced; the pool goes on working', async () => {
    const { db, close } = await openTestDb({ seed: false });
    try {
      await Promise.all(Array.from({ length: 4 }, () => db.execute(sql`select pg_sleep(0.05)`)));
      const killed = await db.execute(
        sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      expect(rowsOf(killed).length).toBeGreaterThan(0);
      await settle();
      expect(heard).toEqual([]);
      const [row] = rowsOf(await db.execute(sql`select 1 as one`));
      expect(row).toEqual({ one: 1 });
    } finally {
      await close();
    }
  });

  it('close() waits for every connection to end before the database is dropped', async () => {
    const { db, close } = await openTestDb({ seed: false });
    await Promise.all(Array.from({ length: 5 }, () => db.execute(sql`select pg_sleep(0.05)`)));
    await close();
    await settle();
    expect(heard).toEqual([]);
  });
});
