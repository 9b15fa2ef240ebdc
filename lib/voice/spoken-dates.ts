/**
 * Dates as people say them — 今天, 后天, 大后天, 下礼拜一, 这个月十五号, 上个月底, 三天前,
 * 去年十二月三十一号, 腊月初八 — as the 公历 dates they may mean, most likely first; then the
 * first of them the step allows, or why none is allowed. Pure and browser-safe.
 */
import { addDays, addMonths, compareDates, diffDays, isIsoDate, lastDayOfMonth, monthDay, weekday, yearOf, type IsoDate } from '../time/dates';
import { lunarReading, solarTermDates } from './lunar';

/** A date said without a year is taken at most this many days ahead (filings start ≤ 90 days ahead). */
export const FUTURE_LIMIT_DAYS = 90;

export type DateRange = { min?: IsoDate | null; max?: IsoDate | null };
/**
 * The dates a phrase may mean, most likely first; `lunar`: it was a 农历 date, in these words;
 * `vague`: it names a stretch or a day people place loosely (月初, 月底, 冬至), so it is read back before it counts.
 */
export type SpokenDate = { dates: IsoDate[]; lunar?: string; vague?: true };
export type DateReason = { code: string; params: Record<string, string> };
export type PickedDate = { date: IsoDate; lunar?: string; vague?: true } | { reason: DateReason };

const SAID_LUNAR = /农历|阴历|老历|旧历|初\d|廿/;

/** `text` has its numerals as digits ('三月五号' → '3月5号'). */
export function spokenDate(text: string, today: IsoDate): SpokenDate | null {
  const lunar = lunarReading(text, today);
  if (lunar) return { dates: nearestFirst(lunar.dates, today), lunar: lunar.words };
  // A 农历 date that does not exist ('农历十三月初一') is not read as some 公历 date instead.
  if (SAID_LUNAR.test(text)) return null;
  const vague = monthEnds(text, today) ?? termDates(text, today);
  if (vague && vague.length > 0) return { dates: vague, vague: true };
  const dates = relativeDay(text, today) ?? countedBack(text, today) ?? weekdayDates(text, today) ?? calendarDates(text, today) ?? holidayDates(text, today);
  if (!dates || dates.length === 0) return null;
  return looselyPlaced(text) ? { dates, vague: true } : { dates };
}

/**
 * Said of a day that could be another: '二十号左右', '过了元旦', '一个礼拜以前', a day of the month
 * without its month ('二十五号': this month's or next?), a weekday without its week ('礼拜天').
 * The date is read back before it counts.
 */
function looselyPlaced(text: string): boolean {
  if (/左右|前后|上下|差不多|大概|过了|以后|之后/.test(text) && !/\d+天(以|之)?后/.test(text)) return true;
  if (/(\d+|半)个?(星期|礼拜|周|月)(以|之)?前/.test(text)) return true;
  if (/(?<!月)\d{1,2}(号|日)/.test(text) && !/月\d{1,2}/.test(text)) return true;
  return /(?<![上下这本个])(?<![上下这本]个)(星期|礼拜|周)[1-7日天]/.test(text);
}

function termDates(text: string, today: IsoDate): IsoDate[] | null {
  const dates = solarTermDates(text, today);
  return dates ? nearestFirst(dates, today) : null;
}

/** The first reading within the step's range; else why the most likely one is not allowed. */
export function pickDate(said: SpokenDate, today: IsoDate, range: DateRange): PickedDate {
  const allowed = (d: IsoDate) => (!range.min || compareDates(d, range.min) >= 0) && (!range.max || compareDates(d, range.max) <= 0);
  const date = said.dates.find(allowed);
  if (date) return { date, ...(said.lunar ? { lunar: said.lunar } : {}), ...(said.vague ? { vague: true as const } : {}) };
  const first = said.dates[0] as IsoDate;
  if (range.max && compareDates(first, range.max) > 0) {
    return { reason: range.max === today ? { code: 'notAfterToday', params: { date: first } } : { code: 'tooLate', params: { date: first, max: range.max } } };
  }
  const min = range.min ?? first;
  return { reason: min === today ? { code: 'notBeforeToday', params: { date: first } } : { code: 'tooEarly', params: { date: first, min } } };
}

const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['大前天', -3],
  ['大后天', 3],
  ['前天', -2],
  ['前儿个', -2],
  ['前儿', -2],
  ['后天', 2],
  ['后儿个', 2],
  ['后个', 2],
  ['后儿', 2],
  ['昨天', -1],
  ['昨儿个', -1],
  ['昨日', -1],
  ['夜来', -1],
  ['今天', 0],
  ['今儿个', 0],
  ['清起来', 0],
  ['今日', 0],
  ['今儿', 0],
  ['明天', 1],
  ['明儿个', 1],
  ['明日', 1],
  ['明儿', 1],
];

function relativeDay(text: string, today: IsoDate): IsoDate[] | null {
  const found = RELATIVE_DAYS.find(([word]) => text.includes(word));
  return found ? [addDays(today, found[1])] : null;
}

/** '5天前', '2个星期以前', '3天后', '半个月前', '1个月以后'. */
function countedBack(text: string, today: IsoDate): IsoDate[] | null {
  const m = /(\d+|半)个?(天|星期|礼拜|周|月)(以|之)?(前|后)/.exec(text);
  if (!m) return null;
  const sign = m[4] === '前' ? -1 : 1;
  if (m[1] === '半') return m[2] === '月' ? [addDays(today, sign * 15)] : null;
  const n = Number(m[1]);
  if (m[2] === '月') return [addMonths(today, sign * n)];
  return [addDays(today, sign * n * (m[2] === '天' ? 1 : 7))];
}

const WEEK_OFFSET: Readonly<Record<string, number>> = { 上上: -14, 上: -7, 这: 0, 本: 0, 下: 7, 下下: 14 };

/**
 * '上周一' in the week before this one (weeks start on Monday); a bare '星期三' is this week's, as
 * people say it ('礼拜天' on a Monday is the coming Sunday), then the same day a week nearer today.
 */
function weekdayDates(text: string, today: IsoDate): IsoDate[] | null {
  const m = /(上上|下下|上|这|本|下)?个?(?:星期|礼拜|周)([1-7日天])/.exec(text);
  if (!m) return null;
  const day = m[2] === '日' || m[2] === '天' ? 6 : Number(m[2]) - 1;
  const todayIndex = (weekday(today) + 6) % 7;
  const thisWeek = addDays(today, day - todayIndex);
  if (m[1] === undefined) return [thisWeek, addDays(thisWeek, day < todayIndex ? 7 : -7)];
  return [addDays(thisWeek, WEEK_OFFSET[m[1]] ?? 0)];
}

const MONTH_WORDS: Readonly<Record<string, number>> = { 上: -1, 这: 0, 本: 0, 下: 1 };
const YEAR_WORDS: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };

/** '月底', '上个月底', '下个月初', '年底', '去年年底'. */
function monthEnds(text: string, today: IsoDate): IsoDate[] | null {
  const month = /(?<!\d)(?:(上|这|本|下)个?)?月(底|末|初)(?!\d)/.exec(text);
  if (month) {
    const at = addMonths(today, MONTH_WORDS[month[1] ?? '这'] ?? 0);
    const { month: m } = monthDay(at);
    return [month[2] === '初' ? (ymd(yearOf(at), m, 1) as IsoDate) : lastDayOfMonth(at)];
  }
  const year = /(今年|去年|明年|前年)?年(底|末|初)/.exec(text);
  if (!year) return null;
  const y = yearOf(today) + (YEAR_WORDS[year[1] ?? '今年'] ?? 0);
  return [(year[2] === '初' ? ymd(y, 1, 1) : ymd(y, 12, 31)) as IsoDate];
}

function ymd(y: number, m: number, d: number): IsoDate | null {
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** Nearest to today first, none far in the future: people answer about past or near dates. */
function nearestFirst(readings: (IsoDate | null)[], today: IsoDate): IsoDate[] {
  const near = readings.filter((d): d is IsoDate => d !== null && diffDays(today, d) <= FUTURE_LIMIT_DAYS);
  return near.sort((a, b) => Math.abs(diffDays(today, a)) - Math.abs(diffDays(today, b)));
}

/** '2026年3月5日', '去年11月20号', '3月5号' (nearest year), '上个月5号', '这个月15号', '20号' (nearest month). */
function calendarDates(text: string, today: IsoDate): IsoDate[] | null {
  const y = yearOf(today);
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})/.exec(text);
  if (full) return listOf(ymd(Number(full[1]), Number(full[2]), Number(full[3])));
  const md = /(今年|去年|明年|前年)?(\d{1,2})月(\d{1,2})/.exec(text);
  if (md) {
    const [m, d] = [Number(md[2]), Number(md[3])];
    if (md[1]) return listOf(ymd(y + (YEAR_WORDS[md[1]] ?? 0), m, d));
    return nearestFirst(
      [y - 1, y, y + 1].map((year) => ymd(year, m, d)),
      today,
    );
  }
  // '下个月十五': with the month said, 号 may be left off.
  const inMonth = /(?:(上|这|本|下)个?月)(\d{1,2})(?!\d)(?:号|日)?|(?:(上|这|本|下)个?月)?(\d{1,2})(?:号|日)/.exec(text);
  if (!inMonth) return null;
  const d = Number(inMonth[2] ?? inMonth[4]);
  const monthWord = inMonth[1] ?? inMonth[3];
  const reading = (k: number) => ymd(yearOf(addMonths(today, k)), monthDay(addMonths(today, k)).month, d);
  if (monthWord) return listOf(reading(MONTH_WORDS[monthWord] ?? 0));
  return nearestFirst([-1, 0, 1].map(reading), today);
}

const listOf = (date: IsoDate | null): IsoDate[] => (date ? [date] : []);

/** Fixed 公历 holidays: 元旦, 五一 / 劳动节, 国庆; the nearest one. */
const HOLIDAYS: readonly (readonly [RegExp, number, number])[] = [
  [/元旦/, 1, 1],
  [/劳动节|(?<!\d)51(?![\d月号日])/, 5, 1],
  [/国庆/, 10, 1],
];

function holidayDates(text: string, today: IsoDate): IsoDate[] | null {
  const found = HOLIDAYS.find(([re]) => re.test(text));
  if (!found) return null;
  const y = yearOf(today);
  // '明年五一' is that year's, however far ahead: the step's range then says why not.
  const year = /今年|去年|明年|前年/.exec(text);
  if (year) return listOf(ymd(y + (YEAR_WORDS[year[0]] ?? 0), found[1], found[2]));
  return nearestFirst(
    [y - 1, y, y + 1].map((year) => ymd(year, found[1], found[2])),
    today,
  );
}
