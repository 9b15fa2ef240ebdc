import { and, asc, eq, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications, persons } from '../db/schema';
import { requestSmsDispatch } from '../sms/outbox';
import { advanceApplication } from './applications';
import { ConflictError } from '../errors/domain-error';
import { sendFilingExpiryReminders } from './remote-filings';
import { systemActor } from './status';
import type { WorkingCalendar } from '../calendar/working-days';

export type SchedulerRun = { advanced: number; conflicts: number };

/**
 * Carries out every planned review step whose time has come, oldest first. Running it twice
 * (or on two servers at once) changes nothing the second time: each step is guarded by the
 * application's version and moves the plan on.
 */
export async function runDueReviews(db: Db, now: Date, calendar: WorkingCalendar, batch = 200): Promise<SchedulerRun> {
  let advanced = 0;
  let conflicts = 0;
  // A long jump of the demo clock can make several steps of one application due; loop until none.
  for (let round = 0; round < 20; round += 1) {
    const due = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(isNotNull(applications.nextActionAt), lte(applications.nextActionAt, now)))
      .orderBy(asc(applications.nextActionAt))
      .limit(batch);
    if (due.length === 0) break;
    let progressed = 0;
    for (const { id } of due) {
      try {
        const done = await db.transaction(async (tx) => {
          const [app] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
          if (!app?.nextActionAt || app.nextActionAt > now) return false;
          const [person] = await tx.select().from(persons).where(eq(persons.id, app.personId));
          if (!person) return false;
          const stepAt = app.nextActionAt;
          await advanceApplication(tx, app, stepAt, calendar, person, { actor: systemActor });
          return true;
        });
        if (done) {
          advanced += 1;
          progressed += 1;
        }
      } catch (error) {
        if (error instanceof ConflictError) conflicts += 1;
        else throw error;
      }
    }
    if (progressed === 0) break;
  }
  const reminded = await sendFilingExpiryReminders(db, now);
  if (advanced > 0 || reminded > 0) await requestSmsDispatch(db, now);
  return { advanced, conflicts };
}
