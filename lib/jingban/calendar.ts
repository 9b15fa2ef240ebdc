import type { Db } from '../db/client';
import { holidaySchedules } from '../db/schema';
import { processState } from '../runtime/process-state';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days';

const TTL_MS = 60_000;
const cache = processState('working-calendar', () => ({ current: undefined as { at: number; calendar: Promise<WorkingCalendar> } | undefined }));

/** The package's calendar plus any official schedule an operator has added as data. */
export function loadCalendar(db: Db): Promise<WorkingCalendar> {
  const cached = cache.current;
  if (cached && Date.now() - cached.at < TTL_MS) return cached.calendar;
  const calendar = db
    .select()
    .from(holidaySchedules)
    .then((rows) => createWorkingCalendar(rows.map((r) => ({ year: r.year, holidays: r.holidays, workdays: r.workdays }))));
  cache.current = { at: Date.now(), calendar };
  calendar.catch(() => {
    cache.current = undefined;
  });
  return calendar;
}

export function forgetCalendar(): void {
  cache.current = undefined;
}
