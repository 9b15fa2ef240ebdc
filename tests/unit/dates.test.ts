import { describe, it, expect } from 'vitest';
import {
  addDays,
  addMonths,
  atShanghaiTime,
  compareDates,
  dayNumber,
  diffDays,
  fromDayNumber,
  isIsoDate,
  lastDayOfMonth,
  monthDay,
  shanghaiDate,
  shanghaiDateTimeParts,
  startOfShanghaiDay,
  weekday,
  yearOf,
} from '../../lib/time/dates';

describe('Asia/Shanghai', () => {
  it('17:30 UTC on 2026-11-23 is already 2026-11-24 in Shanghai', () => {
    expect(shanghaiDate(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(shanghaiDateTimeParts(new Date('2026-11-23T17:30:00Z'))).toEqual({ date: '2026-11-24', hour: 1, minute: 30 });
  });

  it('the day boundary is 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(shanghaiDate(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('startOfShanghaiDay and atShanghaiTime', () => {
    expect(startOfShanghaiDay('2026-11-24').toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(atShanghaiTime('2026-11-24', 9, 30).toISOString()).toBe('2026-11-24T01:30:00.000Z');
    expect(atShanghaiTime('2026-11-24', 23, 59).toISOString()).toBe('2026-11-24T15:59:00.000Z');
    expect(() => atShanghaiTime('2026-11-24', 24, 0)).toThrow(RangeError);
    expect(shanghaiDateTimeParts(atShanghaiTime('2026-03-01', 16, 5))).toEqual({ date: '2026-03-01', hour: 16, minute: 5 });
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-12-15', 2)).toBe('2027-02-15');
    expect(addMonths('2026-05-20', 6)).toBe('2026-11-20');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
  });

  it('addDays across month and year ends', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('diffDays is b − a across months and years', () => {
    expect(diffDays('2026-01-30', '2026-03-01')).toBe(30);
    expect(diffDays('2025-12-31', '2026-01-01')).toBe(1);
    expect(diffDays('2024-02-28', '2024-03-01')).toBe(2);
    expect(diffDays('2026-11-24', '2026-11-24')).toBe(0);
    expect(diffDays('2027-01-01', '2026-01-01')).toBe(-365);
    expect(diffDays('1948-03-15', '2026-03-15')).toBe(28489);
  });

  it('weekday, compare, month helpers', () => {
    expect(weekday('2026-11-30')).toBe(1);
    expect(weekday('2026-10-10')).toBe(6);
    expect(weekday('2026-10-11')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1948-03-15')).toBe(1);
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(lastDayOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(lastDayOfMonth('2024-02-01')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-11-30')).toBe('2026-11-30');
    expect(yearOf('2026-11-24')).toBe(2026);
    expect(monthDay('2026-01-05')).toEqual({ month: 1, day: 5 });
  });

  it('day numbers round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    for (const d of ['1900-01-01', '1948-03-15', '2000-02-29', '2026-11-24', '2100-03-01', '9999-12-31']) {
      expect(fromDayNumber(dayNumber(d))).toBe(d);
    }
  });
});

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '1900-01-01', '2026-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-2-3',
    '20260203',
    '2026-02-03T00:00:00Z',
    ' 2026-02-03',
    '',
    'abcd-ef-gh',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
  it('rejects non-strings', () => {
    expect(isIsoDate(20260203)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
  it('functions throw on a bad date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-2-3', 1)).toThrow(RangeError);
  });
});
