import { describe, it, expect } from 'vitest';
import chineseDays from 'chinese-days';
import { SPRING_FESTIVAL } from '../../lib/data/spring-festival';
import { workingCalendar as cal } from '../../lib/calendar/working-days';
import { addDays } from '../../lib/time/dates';

// Issue 13 / domain.md "Working days": for a year the calendar package does not know, estimate
// 春节 and 劳动节 and mark every date computed through that year as 预计.
// 《全国年节及纪念日放假办法》(2024 revision) 第二条: "春节，放假4天（农历除夕、正月初一至初三）…
// 劳动节，放假2天（5月1日、2日）"; the State Council has given 春节 as 7 days off from 除夕 every year.

describe('the 春节 table agrees with the lunar calendar', () => {
  // chinese-days' functions answer off by one west of UTC (see working-days.test.ts).
  const reliable = new Date('2026-06-01T00:00:00Z').getTimezoneOffset() <= 0;
  it.each(Object.entries(SPRING_FESTIVAL))('%s: 正月初一 on %s, and the day before is not', (_year, date) => {
    expect(date).toMatch(/^\d{4}-(01|02)-\d{2}$/);
    if (!reliable) return;
    const day = chineseDays.getLunarDate(date);
    expect([day.lunarMon, day.lunarDay, day.isLeap]).toEqual([1, 1, false]);
    expect(chineseDays.getLunarDate(addDays(date, -1)).lunarDay).not.toBe(1);
  });
});

describe('2027 (not yet published): estimated days off', () => {
  // 2027 春节 = 02-06 (Saturday); 除夕 02-05 (Friday) … 初六 02-11 (Thursday); 02-12 is a Friday.
  it.each([
    ['2027-02-04', true, 'Thursday before 除夕: a working day'],
    ['2027-02-05', false, '除夕 (Friday): off'],
    ['2027-02-08', false, '初三 (Monday): off'],
    ['2027-02-11', false, '初六 (Thursday): the seventh day from 除夕, off'],
    ['2027-02-12', true, 'Friday after the week: working again'],
    ['2027-04-30', true, 'Friday before 劳动节'],
    ['2027-05-03', true, 'Monday 05-03: the rules give only 05-01 and 05-02'],
    ['2027-10-01', false, '国庆 (Friday)'],
    ['2027-10-04', true, 'Monday after 国庆 10-01..03'],
  ] as const)('%s working=%s (%s)', (date, working, _why) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('a deadline across 春节 skips the week and is marked estimated', () => {
    // 2027-01-29 (Friday) + 9 working days: 02-01..04 (4), then 02-12 (5), 02-15..18 (9).
    expect(cal.addWorkingDays('2027-01-29', 9)).toEqual({ date: '2027-02-18', estimated: true });
  });

  it('劳动节 05-02 is off when it falls on a weekday (2028-05-02 is a Tuesday)', () => {
    expect(cal.isWorkingDay('2028-05-02')).toBe(false);
    expect(cal.isWorkingDay('2028-05-03')).toBe(true);
  });

  it('a published year (2026) is not estimated and uses the official schedule', () => {
    // 2026 春节 is 02-17; the official schedule has 02-15..23 off and 02-14, 02-28 as make-up days.
    expect(cal.addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', estimated: false });
  });
});
