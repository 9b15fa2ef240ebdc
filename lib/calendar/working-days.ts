/**
 * Working-day calendar for 经办 deadlines (e.g. 省内转移 9 working days, 跨省 15).
 *
 * Working days = Monday–Friday, minus official public holidays, plus official make-up workdays
 * (调休). The official schedules come from the `chinese-days` package. We read the package's
 * prebuilt data file rather than calling its functions: its functions build their tables with
 * local-time Date objects at load time and give shifted answers when the process runs in a
 * time zone west of UTC, while the data file is fixed at the package's build time.
 *
 * The State Council publishes each next year's schedule around November, so a deadline can
 * cross into a year the package does not know yet. For such a year we fall back to weekends
 * plus the estimated holidays of `lib/data/spring-festival.ts` (元旦, 春节 from 除夕 for 7 days,
 * 劳动节 05-01..02, 国庆 10-01..03) and mark every result computed through that year as
 * `estimated` (shown to users as "预计"). An operator can add the
 * official schedule as data (`YearSchedule`); a year with an operator schedule is known, and the
 * operator schedule replaces the package for that year.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { FIXED_DATE_HOLIDAYS, SPRING_FESTIVAL, SPRING_FESTIVAL_DAYS_FROM_EVE } from '../data/spring-festival';
import { dayNumber, fromDayNumber, isIsoDate, lastDayOfMonth, type IsoDate } from '../time/dates';

export type { IsoDate };

/** An official holiday schedule for one year, entered by an operator. */
export type YearSchedule = {
  year: number;
  /** Days off that would otherwise be working days (weekdays inside 放假). */
  holidays: IsoDate[];
  /** Make-up workdays (调休上班), usually weekend days. */
  workdays: IsoDate[];
};

export type WorkingDayResult = { date: IsoDate; estimated: boolean };

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** True when the official schedule for the year is known (package data or operator data). */
  isKnownYear(year: number): boolean;
  /**
   * The n-th working day after `date` (counting starts the day after). n = 0 gives `date` itself
   * if it is a working day, else the next working day. `estimated` is true when any day looked
   * at lies in a year whose official schedule is not known.
   */
  addWorkingDays(date: IsoDate, n: number): WorkingDayResult;
  /** First working day strictly after `date` (= addWorkingDays(date, 1).date). */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** `date` if it is a working day, else the next one (= addWorkingDays(date, 0).date). */
  workingDayOnOrAfter(date: IsoDate): IsoDate;
  /** Last working day of the month containing `date`. */
  lastWorkingDayOfMonth(date: IsoDate): WorkingDayResult;
  /** Number of working days in (a, b]; negative (−count of (b, a]) when b is before a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
}

type PackageData = {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

const packageData = chineseDaysData as unknown as PackageData;
const packageHolidays: ReadonlySet<string> = new Set(Object.keys(packageData.holidays));
const packageWorkdays: ReadonlySet<string> = new Set(Object.keys(packageData.workdays));

/**
 * Years whose schedule the package carries. A year's schedule always has several holiday dates
 * (元旦 … 国庆, 20+ days); a year with only one or two entries merely received spill-over from
 * the next year's schedule (e.g. 2018-12-30/31 listed under 2019's 元旦), so require a few.
 */
const MIN_HOLIDAYS_FOR_KNOWN_YEAR = 5;
function computePackageYears(): ReadonlySet<number> {
  const counts = new Map<number, number>();
  for (const date of packageHolidays) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_HOLIDAYS_FOR_KNOWN_YEAR).map(([year]) => year));
}
const packageYears = computePackageYears();

/** Years whose official schedule ships with the installed chinese-days package, ascending. */
export const chineseDaysKnownYears: readonly number[] = [...packageYears].sort((a, b) => a - b);

const FIXED_HOLIDAYS: ReadonlySet<string> = new Set(FIXED_DATE_HOLIDAYS);

/** Days off assumed for a year whose official schedule is not known: fixed dates and the 春节 week. */
function isEstimatedHoliday(days: number, iso: IsoDate): boolean {
  if (FIXED_HOLIDAYS.has(iso.slice(5))) return true;
  const festival = SPRING_FESTIVAL[Number(iso.slice(0, 4))];
  if (!festival) return false;
  const eve = dayNumber(festival) - 1;
  return days >= eve && days < eve + SPRING_FESTIVAL_DAYS_FROM_EVE;
}

const WORKING = 1;
const ESTIMATED = 2;

function weekdayOfDayNumber(days: number): number {
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function validateSchedules(schedules: readonly YearSchedule[]): {
  years: Set<number>;
  holidays: Set<string>;
  workdays: Set<string>;
} {
  const years = new Set<number>();
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const schedule of schedules) {
    if (!Number.isInteger(schedule.year) || schedule.year < 1 || schedule.year > 9999) {
      throw new RangeError(`Holiday schedule: bad year ${schedule.year}`);
    }
    if (years.has(schedule.year)) throw new RangeError(`Holiday schedule: year ${schedule.year} given twice`);
    years.add(schedule.year);
    for (const [list, target] of [
      [schedule.holidays, holidays],
      [schedule.workdays, workdays],
    ] as const) {
      for (const date of list) {
        if (!isIsoDate(date)) throw new RangeError(`Holiday schedule ${schedule.year}: bad date ${JSON.stringify(date)}`);
        target.add(date);
      }
    }
  }
  for (const date of holidays) {
    if (workdays.has(date)) throw new RangeError(`Holiday schedule: ${date} is both a holiday and a workday`);
  }
  return { years, holidays, workdays };
}

/**
 * Build a working-day calendar from the package's data plus operator schedules.
 * Throws RangeError on malformed schedules (bad dates, a year twice, a date in both lists).
 */
export function createWorkingCalendar(schedules: YearSchedule[] = []): WorkingCalendar {
  const operator = validateSchedules(schedules);
  const cache = new Map<number, number>();

  const isKnownYear = (year: number): boolean => operator.years.has(year) || packageYears.has(year);

  /** Bit flags WORKING | ESTIMATED for a day number, cached. */
  function classify(days: number): number {
    const cached = cache.get(days);
    if (cached !== undefined) return cached;
    const iso = fromDayNumber(days);
    const year = Number(iso.slice(0, 4));
    const wd = weekdayOfDayNumber(days);
    const weekdayWorking = wd >= 1 && wd <= 5;
    let working: boolean;
    if (operator.workdays.has(iso)) working = true;
    else if (operator.holidays.has(iso)) working = false;
    else if (operator.years.has(year)) working = weekdayWorking;
    else if (packageWorkdays.has(iso)) working = true;
    else if (packageHolidays.has(iso)) working = false;
    else if (packageYears.has(year)) working = weekdayWorking;
    else working = weekdayWorking && !isEstimatedHoliday(days, iso);
    const flags = (working ? WORKING : 0) | (isKnownYear(year) ? 0 : ESTIMATED);
    cache.set(days, flags);
    return flags;
  }

  function addWorkingDays(date: IsoDate, n: number): WorkingDayResult {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working-day count must be an integer ≥ 0, got ${n}`);
    let days = dayNumber(date);
    let flags = classify(days);
    let estimated = false;
    if (n === 0) {
      estimated = (flags & ESTIMATED) !== 0;
      while ((flags & WORKING) === 0) {
        flags = classify(++days);
        if (flags & ESTIMATED) estimated = true;
      }
      return { date: fromDayNumber(days), estimated };
    }
    let remaining = n;
    while (remaining > 0) {
      flags = classify(++days);
      if (flags & ESTIMATED) estimated = true;
      if (flags & WORKING) remaining--;
    }
    return { date: fromDayNumber(days), estimated };
  }

  function countBetween(from: number, to: number): number {
    let count = 0;
    for (let days = from + 1; days <= to; days++) if (classify(days) & WORKING) count++;
    return count;
  }

  return {
    isWorkingDay: (date) => (classify(dayNumber(date)) & WORKING) !== 0,
    isKnownYear,
    addWorkingDays,
    nextWorkingDay: (date) => addWorkingDays(date, 1).date,
    workingDayOnOrAfter: (date) => addWorkingDays(date, 0).date,
    lastWorkingDayOfMonth(date) {
      let days = dayNumber(lastDayOfMonth(date));
      let flags = classify(days);
      let estimated = (flags & ESTIMATED) !== 0;
      while ((flags & WORKING) === 0) {
        flags = classify(--days);
        if (flags & ESTIMATED) estimated = true;
      }
      return { date: fromDayNumber(days), estimated };
    },
    workingDaysBetween(a, b) {
      const from = dayNumber(a);
      const to = dayNumber(b);
      return to >= from ? countBetween(from, to) : -countBetween(to, from);
    },
  };
}

/** Calendar from the package's data only (no operator schedules). */
export const workingCalendar: WorkingCalendar = createWorkingCalendar();
