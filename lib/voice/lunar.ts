/**
 * 农历 dates as people say them — 腊月初八, 正月十五, 农历八月十五, 大年三十, 中秋 — to 公历 dates,
 * with chinese-days' lunar conversion (the package lib/calendar already uses for 春节).
 * Pure and browser-safe; leap months are not offered (a person says the ordinary month).
 */
import * as umd from 'chinese-days/dist/index.min.js';
import { isIsoDate, yearOf, type IsoDate } from '../time/dates';

// The UMD build: the package's ES build sits under "type": "commonjs", which Turbopack refuses. Bundlers
// see its exports by name; plain Node ESM (tsx scripts) only as the module's default.
type Api = Pick<typeof umd, 'getLunarDate' | 'getSolarDateFromLunar' | 'monthDays' | 'getSolarTermsInRange'>;
const loaded = umd as Partial<Api> & { default?: Api };
const { getLunarDate, getSolarDateFromLunar, monthDays, getSolarTermsInRange } = (loaded.getLunarDate ? loaded : loaded.default) as Api;

/** A 农历 month and day said, and the 公历 dates it may be (one per nearby 农历 year). */
export type LunarReading = { dates: IsoDate[]; words: string };

/** Festivals by their 农历 day; 0 as the day is the month's last day (除夕). */
const FESTIVALS: readonly (readonly [RegExp, number, number])[] = [
  [/除夕|大年(30|29)|年(30|29)晚上?|年三十/, 12, 0],
  [/春节|大年初1|过年那天/, 1, 1],
  [/元宵/, 1, 15],
  [/龙抬头|(?<![\d月])2月2(?![\d号日])/, 2, 2],
  [/端午/, 5, 5],
  [/七夕/, 7, 7],
  [/中秋/, 8, 15],
  [/重阳/, 9, 9],
  [/腊8/, 12, 8],
  [/小年/, 12, 23],
];

const MONTH_NAMES: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 };

/** Only what cannot be a 公历 date: a 农历 word, a month only 农历 has, or a day said as 初X / 廿X. */
const LUNAR_DATE = /(农历|阴历|老历|旧历)?(正|冬|腊|\d{1,2})月(初(\d{1,2})|廿(\d)|(\d{1,2})(?!\d)(号|日)?)/;

/** `text` has its numerals as digits ('腊月初8', '农历8月15'). */
export function lunarReading(text: string, today: IsoDate): LunarReading | null {
  const festival = FESTIVALS.find(([re]) => re.test(text));
  if (festival) return reading(festival[1], festival[2], today);
  const m = LUNAR_DATE.exec(text);
  if (!m) return null;
  const month = MONTH_NAMES[m[2] ?? ''] ?? Number(m[2]);
  const day = m[4] !== undefined ? Number(m[4]) : m[5] !== undefined ? 20 + Number(m[5]) : Number(m[6]);
  const saidLunar = m[1] !== undefined || MONTH_NAMES[m[2] ?? ''] !== undefined || m[4] !== undefined || m[5] !== undefined;
  // 八月十五 without 号 is 中秋 to nearly everyone; other months without 农历 are 公历 (三月五 → 3月5日).
  const midAutumn = month === 8 && day === 15 && m[7] === undefined;
  if (!saidLunar && !midAutumn) return null;
  return reading(month, day, today);
}

function reading(month: number, day: number, today: IsoDate): LunarReading | null {
  if (month < 1 || month > 12 || day < 0 || day > 30) return null;
  const year = yearOf(today);
  const dates = [year - 1, year, year + 1].map((y) => solarOf(y, month, day)).filter((d): d is IsoDate => d !== null);
  const first = dates[0];
  return first ? { dates, words: wordsOf(first) } : null;
}

function solarOf(lunarYear: number, month: number, day: number): IsoDate | null {
  try {
    const last = monthDays(lunarYear, month);
    const d = day === 0 ? last : day;
    if (d < 1 || d > last) return null;
    const solar = getSolarDateFromLunar(`${lunarYear}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`).date;
    return isIsoDate(solar) ? solar : null;
  } catch {
    return null;
  }
}

/** '腊月初八' for a 公历 date, as the calendar on the wall says it. */
export function wordsOf(date: IsoDate): string {
  const lunar = getLunarDate(date);
  return `${lunar.lunarMonCN}${lunar.lunarDayCN}`;
}

const SOLAR_TERMS = [
  '立春',
  '雨水',
  '惊蛰',
  '春分',
  '清明',
  '谷雨',
  '立夏',
  '小满',
  '芒种',
  '夏至',
  '小暑',
  '大暑',
  '立秋',
  '处暑',
  '白露',
  '秋分',
  '寒露',
  '霜降',
  '立冬',
  '小雪',
  '大雪',
  '冬至',
  '小寒',
  '大寒',
];

/** A 节气 said ('冬至那天', '过了清明'): its days in the year either side of today, by chinese-days. */
export function solarTermDates(text: string, today: IsoDate): IsoDate[] | null {
  const name = SOLAR_TERMS.find((term) => text.includes(term));
  if (!name) return null;
  const y = yearOf(today);
  const days = getSolarTermsInRange(`${y - 1}-01-01`, `${y + 1}-12-31`).filter((d) => d.name === name && d.index === 1);
  const dates = days.map((d) => d.date).filter(isIsoDate);
  return dates.length > 0 ? dates : null;
}
