import { getDb } from '../db/client';
import { loadCalendar } from '../jingban/calendar';
import { now } from '../jingban/clock';
import { runDueReviews } from '../jingban/scheduler';
import { requestSmsDispatch } from '../sms/outbox';

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000);
const holder = globalThis as typeof globalThis & { __ybJobs?: NodeJS.Timeout };

export async function tick(): Promise<void> {
  const db = await getDb();
  const at = await now(db);
  await runDueReviews(db, at, await loadCalendar(db));
  await requestSmsDispatch(db, at);
}

export async function startBackgroundJobs(): Promise<void> {
  if (holder.__ybJobs || process.env.SCHEDULER_DISABLED === 'true') return;
  try {
    await tick();
  } catch (error) {
    console.error('[jobs] first run failed', error);
  }
  let running = false;
  holder.__ybJobs = setInterval(() => {
    if (running) return;
    running = true;
    tick()
      .catch((error: unknown) => console.error('[jobs] run failed', error))
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  holder.__ybJobs.unref();
}
