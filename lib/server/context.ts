import 'server-only';
import { getDb } from '../db/client';
import { loadCalendar } from '../jingban/calendar';
import { now } from '../jingban/clock';

/** What every route needs: the database, the (possibly simulated) time and the working-day calendar. */
export async function appContext() {
  const db = await getDb();
  const [at, calendar] = await Promise.all([now(db), loadCalendar(db)]);
  return { db, now: at, calendar };
}
