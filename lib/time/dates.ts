/**
 * Calendar-date helpers.
 *
 * A calendar date is an ISO string 'YYYY-MM-DD'. Everything about "today" is in Asia/Shanghai,
 * whatever time zone the server runs in: China has used UTC+8 without daylight saving since
 * 1991, so the offset is fixed and no time-zone database is consulted. All arithmetic is done
 * on integer day numbers (days since 1970-01-01), never on local-time Date objects, so the
 * results do not depend on process.env.TZ.
 */

/** A calendar date, 'YYYY-MM-DD' (years 0001–9999). Plain string so template literals work. */
export type IsoDate = string;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai is UTC+8 all year round (no DST since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 60 * MS_PER_MINUTE;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  switch (m) {
    case 2:
      return isLeapYear(y) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

type Ymd = { y: number; m: number; d: number };

function parseParts(s: string): Ymd | null {
  const match = ISO_DATE_RE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parse(date: IsoDate): Ymd {
  const parts = parseParts(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parts;
}

function format({ y, m, d }: Ymd): IsoDate {
  if (y < 1 || y > 9999) throw new RangeError(`Year out of range: ${y}`);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** Strict check: 'YYYY-MM-DD' with zero padding and a real calendar date (no 2026-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parseParts(s) !== null;
}

/** Days since 1970-01-01 for a calendar date (epoch-day number; handy for fast loops). */
export function dayNumber(date: IsoDate): number {
  return daysFromCivil(parse(date));
}

/** Inverse of {@link dayNumber}. */
export function fromDayNumber(days: number): IsoDate {
  assertInteger(days, 'Day number');
  return format(civilFromDays(days));
}

/** The calendar date in Asia/Shanghai at the given instant. */
export function shanghaiDate(instant: Date): IsoDate {
  return shanghaiDateTimeParts(instant).date;
}

/** Calendar date, hour (0–23) and minute (0–59) in Asia/Shanghai at the given instant. */
export function shanghaiDateTimeParts(instant: Date): { date: IsoDate; hour: number; minute: number } {
  const shifted = instantMs(instant) + SHANGHAI_OFFSET_MS;
  const days = Math.floor(shifted / MS_PER_DAY);
  const minuteOfDay = Math.floor((shifted - days * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: fromDayNumber(days), hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 };
}

/** The instant of 00:00 Asia/Shanghai on the given date. */
export function startOfShanghaiDay(date: IsoDate): Date {
  return new Date(dayNumber(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

/** The instant of hour:minute Asia/Shanghai on the given date (hour 0–23, minute 0–59). */
export function atShanghaiTime(date: IsoDate, hour: number, minute: number): Date {
  assertInteger(hour, 'Hour');
  assertInteger(minute, 'Minute');
  if (hour < 0 || hour > 23) throw new RangeError(`Hour out of range: ${hour}`);
  if (minute < 0 || minute > 59) throw new RangeError(`Minute out of range: ${minute}`);
  return new Date(startOfShanghaiDay(date).getTime() + (hour * 60 + minute) * MS_PER_MINUTE);
}

/** date + n calendar days (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'Day count');
  return fromDayNumber(dayNumber(date) + n);
}

/** date + n months, clamped to the end of the target month (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'Month count');
  const { y, m, d } = parse(date);
  const monthIndex = y * 12 + (m - 1) + n;
  const ty = Math.floor(monthIndex / 12);
  const tm = monthIndex - ty * 12 + 1;
  return format({ y: ty, m: tm, d: Math.min(d, daysInMonth(ty, tm)) });
}

/** b − a in calendar days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** −1, 0 or 1 — usable as an Array.prototype.sort comparator. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = dayNumber(a) - dayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The last calendar day of date's month. */
export function lastDayOfMonth(date: IsoDate): IsoDate {
  const { y, m } = parse(date);
  return format({ y, m, d: daysInMonth(y, m) });
}

export function yearOf(date: IsoDate): number {
  return parse(date).y;
}

export function monthDay(date: IsoDate): { month: number; day: number } {
  const { m, d } = parse(date);
  return { month: m, day: d };
}
