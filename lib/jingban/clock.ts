import { eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appSettings, smsCodes } from '../db/schema';
import { processState } from '../server/process-state';

const OFFSET_KEY = 'clock_offset_ms';

// Real time by default. The 模拟经办 page (outbox/demo mode only) can move it forward;
// the offset lives in the database so every server instance shares one clock.
export async function now(db: Db): Promise<Date> {
  return new Date(Date.now() + (await clockOffsetMs(db)));
}

// Every request asks the time, often twice: the offset is read at most once a second per process
// (per database), and at once after this process moves it. Another instance sees a move within a second.
const OFFSET_TTL_MS = 1_000;
const offsets = processState('clock-offsets', () => new WeakMap<Db, { readAt: number; offset: Promise<number> }>());

export function clockOffsetMs(db: Db): Promise<number> {
  const cached = offsets.get(db);
  if (cached && Date.now() - cached.readAt < OFFSET_TTL_MS) return cached.offset;
  const offset = db
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, OFFSET_KEY))
    .then((rows) => (typeof rows[0]?.value === 'number' ? rows[0].value : 0));
  offsets.set(db, { readAt: Date.now(), offset });
  offset.catch(() => offsets.delete(db));
  return offset;
}

export async function advanceClock(db: Db, ms: number): Promise<Date> {
  await db
    .insert(appSettings)
    .values({ key: OFFSET_KEY, value: ms })
    .onConflictDoUpdate({
      target: appSettings.key,
      set: { value: sql`to_jsonb(coalesce((${appSettings.value})::text::bigint, 0) + ${ms})`, updatedAt: new Date() },
    });
  offsets.delete(db);
  return now(db);
}

export async function resetClock(db: Db): Promise<void> {
  await db.delete(appSettings).where(eq(appSettings.key, OFFSET_KEY));
  offsets.delete(db);
  // Sign-in codes issued while the clock ran ahead would otherwise lie in the future and, as the
  // clock is moved on again, block new codes one after another ("sent just now"). They are demo
  // artefacts of moving time back: drop them.
  await db.delete(smsCodes).where(gt(smsCodes.createdAt, new Date()));
}
