import type { Db } from '../db/client';
import { holidaySchedules } from '../db/schema';
import { createWorkingCalendar, type WorkingCalendar } from './working-days';

const TTL_MS = 60_000;
let cached: { at: number; calendar: Promise<WorkingCalendar> } | undefined;

/** The package's calendar plus any official schedule an operator has added as data. */
export function loadCalendar(db: Db): Promise<WorkingCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const calendar = db
    .select()
    .from(holidaySchedules)
    .then((rows) => createWorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays }))));
  cached = { at: Date.now(), calendar };
  calendar.catch(() => {
    cached = undefined;
  });
  return calendar;
}

export function forgetCalendar(): void {
  cached = undefined;
}
