import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { smsMessages } from '../db/schema';
import { SMS_TAG } from '../sms/templates';
import { forgetCalendar, loadCalendar } from './calendar';
import { advanceClock, now, resetClock } from './clock';
import { runDueReviews } from './scheduler';

/** The 模拟经办 actions: move the shared clock, then let the scheduler catch up. */
export async function advanceDemoClock(db: Db, ms: number) {
  const at = await advanceClock(db, ms);
  forgetCalendar();
  const run = await runDueReviews(db, at, await loadCalendar(db));
  return { now: at, ...run };
}

export async function resetDemoClock(db: Db) {
  await resetClock(db);
  return { now: await now(db) };
}

export async function smsInbox(db: Db, phone: string, limit = 100) {
  const rows = await db.select().from(smsMessages).where(eq(smsMessages.phone, phone)).orderBy(desc(smsMessages.id)).limit(limit);
  return rows.map((m) => ({
    id: m.id,
    phone: m.phone,
    sender: m.sender,
    tag: SMS_TAG,
    template: m.template,
    body: m.body,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.nextAttemptAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
    applicationId: m.applicationId,
    /** The /m/ link the message carries, as written in its body (lib/sms/links.ts). */
    link: m.linkToken && typeof m.params.link === 'string' ? { text: m.params.link, token: m.linkToken } : null,
  }));
}
