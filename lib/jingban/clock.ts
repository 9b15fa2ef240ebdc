import { eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appSettings, smsCodes } from '../db/schema';

const OFFSET_KEY = 'clock_offset_ms';

// Real time by default. The 模拟经办 page (outbox/demo mode only) can move it forward;
// the offset lives in the database so every server instance shares one clock.
export async function now(db: Db): Promise<Date> {
  return new Date(Date.now() + (await clockOffsetMs(db)));
}

export async function clockOffsetMs(db: Db): Promise<number> {
  const rows = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, OFFSET_KEY));
  const value = rows[0]?.value;
  return typeof value === 'number' ? value : 0;
}

export async function advanceClock(db: Db, ms: number): Promise<Date> {
  await db
    .insert(appSettings)
    .values({ key: OFFSET_KEY, value: ms })
    .onConflictDoUpdate({
      target: appSettings.key,
      set: { value: sql`to_jsonb(coalesce((${appSettings.value})::text::bigint, 0) + ${ms})`, updatedAt: new Date() },
    });
  return now(db);
}

export async function resetClock(db: Db): Promise<void> {
  await db.delete(appSettings).where(eq(appSettings.key, OFFSET_KEY));
  // Sign-in codes issued while the clock ran ahead would otherwise lie in the future and, as the
  // clock is moved on again, block new codes one after another ("sent just now"). They are demo
  // artefacts of moving time back: drop them.
  await db.delete(smsCodes).where(gt(smsCodes.createdAt, new Date()));
}
