import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import chineseDays from 'chinese-days';
import { chineseDaysKnownYears, createWorkingCalendar, workingCalendar as cal } from '../../lib/calendar/working-days';
import { addDays, diffDays, fromDayNumber, dayNumber } from '../../lib/time/dates';

// chinese-days' own functions build their tables with local-time Dates and answer off by one day
// west of UTC; our calendar reads the package's static data file instead. Direct calls to the
// package are therefore only checked in UTC or east of it (UTC and Asia/Shanghai included).
const packageFunctionsReliable = new Date('2026-06-01T00:00:00Z').getTimezoneOffset() <= 0;

describe('weekends', () => {
  it('skips Saturday and Sunday in an ordinary week', () => {
    // 2026-11-20 is a Friday.
    expect(cal.isWorkingDay('2026-11-20')).toBe(true);
    expect(cal.isWorkingDay('2026-11-21')).toBe(false);
    expect(cal.isWorkingDay('2026-11-22')).toBe(false);
    expect(cal.addWorkingDays('2026-11-20', 1)).toEqual({ date: '2026-11-23', estimated: false });
    expect(cal.addWorkingDays('2026-11-20', 9)).toEqual({ date: '2026-12-03', estimated: false });
    expect(cal.nextWorkingDay('2026-11-20')).toBe('2026-11-23');
  });

  it('n = 0 returns the day itself if working, else the next working day', () => {
    expect(cal.addWorkingDays('2026-11-20', 0)).toEqual({ date: '2026-11-20', estimated: false });
    expect(cal.addWorkingDays('2026-11-21', 0)).toEqual({ date: '2026-11-23', estimated: false });
    expect(cal.workingDayOnOrAfter('2026-11-22')).toBe('2026-11-23');
    expect(cal.workingDayOnOrAfter('2026-11-23')).toBe('2026-11-23');
  });

  it('rejects negative or fractional counts and bad dates', () => {
    expect(() => cal.addWorkingDays('2026-11-20', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-11-20', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('package data (chinese-days 1.5.7)', () => {
  it('knows 2004–2026 but not 2027', () => {
    expect(chineseDaysKnownYears[0]).toBe(2004);
    expect(chineseDaysKnownYears.at(-1)).toBe(2026);
    expect(cal.isKnownYear(2026)).toBe(true);
    expect(cal.isKnownYear(2027)).toBe(false);
    // The package itself wrongly calls 2027-01-01 (元旦) a workday — hence the fallback.
    if (packageFunctionsReliable) expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(cal.isWorkingDay('2027-01-01')).toBe(false);
  });

  it.skipIf(!packageFunctionsReliable)('agrees with chinese-days isWorkday for every day of 2024–2026', () => {
    for (let d = dayNumber('2024-01-01'); d <= dayNumber('2026-12-31'); d++) {
      const iso = fromDayNumber(d);
      const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
      expect(cal.isWorkingDay(iso), iso).toBe(chineseDays.isWorkday(new Date(y, m - 1, day)));
    }
  });
});

describe('2026 国庆 (10-01..07 off, 09-20 and 10-10 make-up workdays)', () => {
  it('holidays and 调休 days', () => {
    for (let i = 1; i <= 7; i++) expect(cal.isWorkingDay(`2026-10-0${i}`)).toBe(false);
    // 10-08 is a Thursday after the 7-day break: an ordinary working day (checked with the package
    // and the State Council notice: "10月1日至7日放假调休，共7天").
    if (packageFunctionsReliable) expect(chineseDays.isWorkday('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    // 10-10 is a Saturday but a 调休 workday; 09-20 is a Sunday workday.
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    // 中秋 09-25..27.
    expect(cal.isWorkingDay('2026-09-25')).toBe(false);
  });

  it('the first working day after 09-30 is 10-08', () => {
    if (packageFunctionsReliable) expect(chineseDays.findWorkday(1, '2026-09-30')).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-30', 1)).toEqual({ date: '2026-10-08', estimated: false });
    expect(cal.nextWorkingDay('2026-10-01')).toBe('2026-10-08');
  });

  it('9- and 15-working-day transfer deadlines crossing 中秋 and 国庆', () => {
    // Friday 2026-09-18 application: 09-20 (Sun, 调休) counts; 09-25..27 and 10-01..07 do not.
    expect(cal.addWorkingDays('2026-09-18', 9)).toEqual({ date: '2026-10-08', estimated: false });
    // 10-10 (Sat, 调休) counts.
    expect(cal.addWorkingDays('2026-09-18', 15)).toEqual({ date: '2026-10-15', estimated: false });
    expect(cal.addWorkingDays('2026-09-30', 9)).toEqual({ date: '2026-10-19', estimated: false });
    expect(cal.addWorkingDays('2026-09-30', 15)).toEqual({ date: '2026-10-27', estimated: false });
    expect(cal.workingDaysBetween('2026-09-18', '2026-10-15')).toBe(15);
    // Calendar span is far longer than 15 days because of the two breaks.
    expect(diffDays('2026-09-18', '2026-10-15')).toBe(27);
  });
});

describe('2026 春节 (02-15..23 off, 02-14 and 02-28 make-up workdays)', () => {
  it('matches the package', () => {
    for (let d = 15; d <= 23; d++) {
      if (packageFunctionsReliable) expect(chineseDays.isHoliday(`2026-02-${d}`)).toBe(true);
      expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    }
    if (packageFunctionsReliable) {
      expect(chineseDays.isWorkday('2026-02-14')).toBe(true);
      expect(chineseDays.isWorkday('2026-02-28')).toBe(true);
    }
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // Saturday
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('deadline across 春节', () => {
    // Friday 2026-02-13: 02-14 (Sat, 调休) is the 1st, then 02-24.. after the break.
    expect(cal.addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-13', 9).date).toBe('2026-03-04');
  });
});

describe('years the package does not know', () => {
  it('a deadline crossing into 2027 is estimated and skips 2027-01-01', () => {
    // Monday 2026-12-28: 12-29, 12-30, 12-31, (01-01 元旦, 01-02/03 weekend), 01-04, 01-05.
    expect(cal.addWorkingDays('2026-12-28', 3)).toEqual({ date: '2026-12-31', estimated: false });
    expect(cal.addWorkingDays('2026-12-28', 4)).toEqual({ date: '2027-01-04', estimated: true });
    expect(cal.addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-05', estimated: true });
    expect(cal.addWorkingDays('2026-12-31', 0)).toEqual({ date: '2026-12-31', estimated: false });
    expect(cal.addWorkingDays('2027-01-01', 0)).toEqual({ date: '2027-01-04', estimated: true });
  });

  it('falls back to 劳动节 05-01 and 国庆 10-01..03 only', () => {
    expect(cal.isWorkingDay('2027-04-30')).toBe(true); // Friday
    expect(cal.isWorkingDay('2027-05-03')).toBe(true); // Monday: only 05-01..02 assumed (02 is a Sunday)
    expect(cal.isWorkingDay('2027-10-01')).toBe(false); // Friday
    expect(cal.isWorkingDay('2027-10-04')).toBe(true); // Monday: only 10-01..03 assumed
    expect(cal.addWorkingDays('2027-09-30', 1)).toEqual({ date: '2027-10-04', estimated: true });
  });

  it('an operator schedule for 2027 makes it known and is obeyed', () => {
    const withSchedule = createWorkingCalendar([{ year: 2027, holidays: ['2027-01-01', '2027-01-04'], workdays: ['2027-01-09'] }]);
    expect(withSchedule.isKnownYear(2027)).toBe(true);
    expect(withSchedule.isWorkingDay('2027-01-01')).toBe(false);
    expect(withSchedule.isWorkingDay('2027-01-04')).toBe(false); // Monday, declared a holiday
    expect(withSchedule.isWorkingDay('2027-01-09')).toBe(true); // Saturday, declared a workday
    expect(withSchedule.isWorkingDay('2027-01-10')).toBe(false); // Sunday
    expect(withSchedule.addWorkingDays('2026-12-28', 4)).toEqual({ date: '2027-01-05', estimated: false });
    // 12-29, 12-30, 12-31, 01-05, 01-06, 01-07, 01-08, 01-09 (Sat), 01-11
    expect(withSchedule.addWorkingDays('2026-12-28', 8)).toEqual({ date: '2027-01-09', estimated: false });
    expect(withSchedule.addWorkingDays('2026-12-28', 9)).toEqual({ date: '2027-01-11', estimated: false });
    // The operator schedule replaces the fallback: 05-01 2027 is a Saturday anyway, but 10-01 is
    // only off if listed.
    expect(withSchedule.isWorkingDay('2027-10-01')).toBe(true);
    // The default calendar is unaffected.
    expect(cal.isKnownYear(2027)).toBe(false);
  });

  it('an operator schedule wins over the package for its year', () => {
    const override = createWorkingCalendar([{ year: 2026, holidays: ['2026-11-23'], workdays: [] }]);
    expect(override.isWorkingDay('2026-11-23')).toBe(false);
    // Package holidays are no longer applied for 2026.
    expect(override.isWorkingDay('2026-10-01')).toBe(true);
    expect(override.isWorkingDay('2026-10-10')).toBe(false);
    expect(override.isWorkingDay('2025-10-01')).toBe(false); // other years still from the package
  });

  it('rejects malformed schedules', () => {
    expect(() => createWorkingCalendar([{ year: 2027, holidays: ['2027-02-30'], workdays: [] }])).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ year: 2027, holidays: ['2027-01-09'], workdays: ['2027-01-09'] }])).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar([
        { year: 2027, holidays: [], workdays: [] },
        { year: 2027, holidays: [], workdays: [] },
      ]),
    ).toThrow(RangeError);
  });
});

describe('lastWorkingDayOfMonth', () => {
  it('2026-11 ends on Monday 11-30', () => {
    expect(cal.lastWorkingDayOfMonth('2026-11-01')).toEqual({ date: '2026-11-30', estimated: false });
    expect(cal.lastWorkingDayOfMonth('2026-11-30')).toEqual({ date: '2026-11-30', estimated: false });
  });

  it('a month ending on a weekend gives the Friday before', () => {
    // 2026-05-31 is a Sunday, 2026-10-31 a Saturday.
    expect(cal.lastWorkingDayOfMonth('2026-05-10')).toEqual({ date: '2026-05-29', estimated: false });
    expect(cal.lastWorkingDayOfMonth('2026-10-10')).toEqual({ date: '2026-10-30', estimated: false });
  });

  it('a 调休 Saturday at month end counts (2026-02-28)', () => {
    expect(cal.lastWorkingDayOfMonth('2026-02-01')).toEqual({ date: '2026-02-28', estimated: false });
  });

  it('is estimated in an unknown year', () => {
    // 2027-07-31 is a Saturday.
    expect(cal.lastWorkingDayOfMonth('2027-07-02')).toEqual({ date: '2027-07-30', estimated: true });
  });
});

describe('workingDaysBetween', () => {
  it('counts (a, b]', () => {
    expect(cal.workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
    expect(cal.workingDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(cal.workingDaysBetween('2026-11-23', '2026-11-27')).toBe(4);
    expect(cal.workingDaysBetween('2026-11-27', '2026-11-23')).toBe(-4);
  });
});

describe('properties', () => {
  const start = dayNumber('2025-01-01');
  const end = dayNumber('2026-12-31');
  const dateArb = fc.integer({ min: start, max: end }).map(fromDayNumber);

  it('addWorkingDays lands on a working day exactly n working days later', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (date, n) => {
        const { date: result } = cal.addWorkingDays(date, n);
        expect(cal.isWorkingDay(result)).toBe(true);
        if (n > 0) {
          expect(diffDays(date, result)).toBeGreaterThan(0);
          expect(cal.workingDaysBetween(date, result)).toBe(n);
          // ...and it is the first such day: the day before has one fewer.
          expect(cal.workingDaysBetween(date, addDays(result, -1))).toBe(n - 1);
        } else {
          // n = 0: the day itself if working, else the first working day after it.
          if (cal.isWorkingDay(date)) expect(result).toBe(date);
          else {
            expect(diffDays(date, result)).toBeGreaterThan(0);
            expect(cal.workingDaysBetween(date, result)).toBe(1);
            expect(cal.workingDaysBetween(date, addDays(result, -1))).toBe(0);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is fast: 5000 × addWorkingDays(…, 20)', () => {
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) cal.addWorkingDays(fromDayNumber(start + (i % 700)), 20);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
