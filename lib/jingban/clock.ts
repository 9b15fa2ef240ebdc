import { eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appSettings, smsCodes } from '../db/schema';
import { processState } from '../runtime/process-state';

const OFFSET_KEY = 'clock_offset_ms';
/** Where `resetClock` returns to: the offset `pinClock` set when the database was first opened (0 = real time). */
const PINNED_KEY = 'clock_pinned_offset_ms';

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

/**
 * Demo and tests: a fresh database's clock starts at `at` (DEMO_CLOCK_START) and runs on in real time
 * from there, so runs do not depend on the day they happen. Only the first open pins; a restart keeps
 * the clock where it was. Returns whether it pinned.
 */
export async function pinClock(db: Db, at: Date): Promise<boolean> {
  const offset = at.getTime() - Date.now();
  const pinned = await db.insert(appSettings).values({ key: PINNED_KEY, value: offset }).onConflictDoNothing().returning();
  if (pinned.length === 0) return false;
  await db
    .insert(appSettings)
    .values({ key: OFFSET_KEY, value: offset })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: offset, updatedAt: new Date() } });
  offsets.delete(db);
  return true;
}

/** `DEMO_CLOCK_START` ('2026-11-30' is 10:00 Beijing time that day, or a full ISO instant), or null when unset. */
export function demoClockStart(value = process.env.DEMO_CLOCK_START): Date | null {
  const text = value?.trim();
  if (!text) return null;
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T10:00:00+08:00` : text);
  if (Number.isNaN(at.getTime())) throw new Error(`DEMO_CLOCK_START is not a date: ${JSON.stringify(text)}`);
  return at;
}

/**
 * How far the clock has been moved on from where it started (the pinned start, or real time when
 * unpinned): what 模拟经办 shows, the same whatever the hour of the real day.
 */
export async function clockAdvanceMs(db: Db): Promise<number> {
  const [pinned] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, PINNED_KEY));
  return (await clockOffsetMs(db)) - (typeof pinned?.value === 'number' ? pinned.value : 0);
}

/** Back to real time, or to the pinned start's time line when the clock was pinned. */
export async function resetClock(db: Db): Promise<void> {
  const [pinned] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, PINNED_KEY));
  if (typeof pinned?.value === 'number') {
    await db.update(appSettings).set({ value: pinned.value, updatedAt: new Date() }).where(eq(appSettings.key, OFFSET_KEY));
  } else {
    await db.delete(appSettings).where(eq(appSettings.key, OFFSET_KEY));
  }
  offsets.delete(db);
  // Sign-in codes issued while the clock ran ahead would otherwise lie in the future and, as the
  // clock is moved on again, block new codes one after another ("sent just now"). They are demo
  // artefacts of moving time back: drop them.
  await db.delete(smsCodes).where(gt(smsCodes.createdAt, await now(db)));
}
