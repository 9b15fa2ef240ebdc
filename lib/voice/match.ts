/**
 * Voice answers: what speech recognition heard (Chinese, possibly misheard) mapped to the current
 * step's answer, a navigation command, or "not understood" with the closest options to offer.
 * Pure and browser-safe: no React, no server modules.
 */
import { pinyin } from 'pinyin-pro';
import { findPlaces } from '../data/divisions';
import { addDays, addMonths, diffDays, isIsoDate, monthDay, weekday, yearOf, type IsoDate } from '../time/dates';
import { clean, digitsToHanzi, normalise, spokenDigits, toDigits } from './normalise';

export type VoiceCandidate = { value: string; labels: string[] };
export type VoiceCommand = 'next' | 'back' | 'repeat' | 'submit' | 'yes' | 'no';
export type VoiceKind = 'choice' | 'date' | 'phone' | 'text';
/** A 'text' answer is a command only when that is all that was said (说“返回” vs 住在返回村附近). */
const TEXT_COMMAND_MAX = 6;
export type MatchResult =
  { kind: 'answer'; value: string; confidence: number } | { kind: 'command'; command: VoiceCommand } | { kind: 'unmatched'; heard: string; closest: string[] };

/** Fuzzy (pinyin) matches: accept at or under this score (0 = same sounds, 1 = nothing alike)… */
export const ACCEPT_SCORE = 0.3;
/** …only when every other option scores at least this much worse… */
export const CLEAR_MARGIN = 0.15;
/** …and offer options up to this score as "did you mean". */
export const CLOSEST_SCORE = 0.5;
/** A date said without a year is taken at most this many days ahead (filings start ≤ 90 days ahead). */
export const FUTURE_LIMIT_DAYS = 90;

/** An option's visible text plus its `say` synonyms, duplicates removed. */
export function candidatesFrom<O extends { value: string; say?: readonly string[] }>(options: readonly O[], labelOf: (o: O) => string): VoiceCandidate[] {
  return options.map((o) => ({ value: o.value, labels: [...new Set([labelOf(o), ...(o.say ?? [])])] }));
}

export function matchAnswer(heard: string, candidates: VoiceCandidate[], kind: VoiceKind, context: { today: IsoDate }): MatchResult {
  const text = normalise(heard);
  if (text === '') return unmatched(heard, []);
  const prepared = candidates.map(prepare);
  const exact = prepared.find((c) => c.forms.includes(toDigits(text)));
  if (exact) return answer(exact.value, 1);
  if (kind === 'text') {
    const command = clean(heard).length <= TEXT_COMMAND_MAX ? commandOf(heard) : null;
    return command ? { kind: 'command', command } : answer(heard.normalize('NFKC').replace(/\s+/g, ' ').trim(), 1);
  }
  const command = commandOf(heard);
  if (command) return { kind: 'command', command };
  if (kind === 'date') {
    const date = dateFrom(toDigits(text), context.today);
    return date ? answer(date, 1) : unmatched(heard, []);
  }
  if (kind === 'phone') return phoneAnswer(heard, candidates) ?? unmatched(heard, []);
  return choiceAnswer(heard, text, prepared);
}

const answer = (value: string, confidence: number): MatchResult => ({ kind: 'answer', value, confidence });
const unmatched = (heard: string, closest: string[]): MatchResult => ({ kind: 'unmatched', heard, closest });

// ---------------------------------------------------------------- commands

const COMMANDS: readonly (readonly [VoiceCommand, RegExp])[] = [
  ['repeat', /再(说|讲|念|读|来)一(遍|次)|没听(清|懂|见)|听不(清|懂)|重复/],
  ['submit', /提交/],
  // '下一个星期三' is a date, not "next".
  ['next', /下一(步|页)|下一个(?!星期|礼拜|月)|继续|往下/],
  ['back', /返回|上一(步|页)|回去|退回/],
];

const YES = new Set(['是', '是的', '对', '对的', '好', '好的', '可以', '行', '没错', '确认', '没问题', '同意', '正确']);
const NO = new Set(['不', '不是', '不对', '不用', '不要', '算了', '取消', '不行', '不好', '没有', '错', '错的', '不需要', '不同意', '否']);

/** Commands anywhere in the utterance; yes/no only when that is all that was said. */
function commandOf(heard: string): VoiceCommand | null {
  const said = clean(heard);
  const found = COMMANDS.find(([, re]) => re.test(said));
  if (found) return found[0];
  // '对对对' is one 对; '算了' loses its 了 in normalise, so both forms are tried.
  const forms = [said, normalise(heard)].map((s) => s.replace(/[嗯呃]/g, '').replace(/(.)\1+/g, '$1'));
  if (forms.some((f) => YES.has(f))) return 'yes';
  if (forms.some((f) => NO.has(f))) return 'no';
  return null;
}

// ---------------------------------------------------------------- candidates

type Prepared = { value: string; index: number; forms: string[]; syllables: (readonly string[])[] };

const ADMIN_SUFFIX = /(省|市|自治区|特别行政区|地区|自治州|盟)$/;

/** A label as said: as written, without its bracketed note, without 省/市/自治区. */
function variants(label: string): string[] {
  const plain = clean(label);
  const unbracketed = clean(label.split(/[（(]/)[0] ?? '');
  const unsuffixed = plain.replace(ADMIN_SUFFIX, '');
  return [...new Set([plain, unbracketed, unsuffixed.length >= 2 ? unsuffixed : plain])].filter((v) => v.length > 0);
}

function prepare(c: VoiceCandidate, index: number): Prepared {
  const texts = [...new Set(c.labels.flatMap(variants))];
  return { value: c.value, index, forms: texts.map(toDigits), syllables: texts.map(labelSyllables) };
}

// ---------------------------------------------------------------- choice

function choiceAnswer(heard: string, text: string, prepared: Prepared[]): MatchResult {
  const digits = toDigits(text);
  const whole = ordinal(digits, prepared.length, true);
  if (whole !== null) return pickAt(heard, prepared, whole);
  if (prepared.length > 0 && prepared.every((c) => /^\d{6}$/.test(c.value))) {
    const place = placeAnswer(heard, text, prepared);
    if (place) return place;
  }
  const contained = labelsIn(digits, prepared);
  if (contained.length === 1) return answer(contained[0] as string, 0.9);
  if (contained.length > 1)
    return unmatched(
      heard,
      closest(
        text,
        prepared.filter((c) => contained.includes(c.value)),
        Infinity,
      ),
    );
  const anywhere = ordinal(digits, prepared.length, false);
  if (anywhere !== null) return pickAt(heard, prepared, anywhere);
  const partial = partOfLabels(digits, prepared);
  if (partial.values.length === 1) return answer(partial.values[0] as string, partial.contiguous ? 0.8 : 0.75);
  if (partial.values.length > 1)
    return unmatched(
      heard,
      closest(
        text,
        prepared.filter((c) => partial.values.includes(c.value)),
        Infinity,
      ),
    );
  return fuzzyAnswer(text, prepared) ?? sharedWordsAnswer(digits, prepared) ?? unmatched(heard, closest(text, prepared));
}

function pickAt(heard: string, prepared: Prepared[], index: number): MatchResult {
  const chosen = prepared[index];
  return chosen ? answer(chosen.value, 0.95) : unmatched(heard, []);
}

const COUNTER = '(?:个|项|条|种|家|行)';

/** 0-based position named by '第二个', '3', '最后一个', '倒数第二个'; may be out of range. */
function ordinal(digits: string, count: number, whole: boolean): number | null {
  const [open, close] = whole ? ['^', '$'] : ['', ''];
  const nth = new RegExp(whole ? `^第?(\\d+)${COUNTER}?$` : `第(\\d+)${COUNTER}`).exec(digits);
  if (nth) return Number(nth[1]) - 1;
  if (new RegExp(`${open}最后(?:那)?1?${COUNTER}?${close}`).test(digits)) return count - 1;
  const fromEnd = new RegExp(`${open}倒数第(\\d+)${COUNTER}?${close}`).exec(digits);
  return fromEnd ? count - Number(fromEnd[1]) : null;
}

/** '不是高血压' names 高血压 only to rule it out; '（非透析）' in a label does not name 透析. */
function negatedAt(text: string, index: number): boolean {
  return /[不没非][是要选去用]?$/.test(text.slice(Math.max(0, index - 2), index));
}

function mentions(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!negatedAt(text, at)) return true;
  }
  return false;
}

/** Values whose label is said in full; only the longest such labels count ('其他临时…' over '临时…'). */
function labelsIn(digits: string, prepared: Prepared[]): string[] {
  const hits = prepared.flatMap((c) => c.forms.filter((f) => f.length >= 2 && mentions(digits, f)).map((f) => ({ value: c.value, length: f.length })));
  const longest = Math.max(0, ...hits.map((h) => h.length));
  return [...new Set(hits.filter((h) => h.length === longest).map((h) => h.value))];
}

/** Values whose label contains what was said ('齐鲁医院'), or has it as an abbreviation ('章丘人民医院'). */
function partOfLabels(digits: string, prepared: Prepared[]): { values: string[]; contiguous: boolean } {
  if (digits.length < 2) return { values: [], contiguous: true };
  const inside = prepared.filter((c) => c.forms.some((f) => mentions(f, digits))).map((c) => c.value);
  if (inside.length > 0) return { values: inside, contiguous: true };
  const abbreviated = prepared.filter((c) => c.forms.some((f) => abbreviates(digits, f))).map((c) => c.value);
  return { values: abbreviated, contiguous: false };
}

/** Every character of `short` in order within `long`, over a span at most twice its length. */
function abbreviates(short: string, long: string): boolean {
  let start = -1;
  let at = -1;
  for (const ch of short) {
    at = long.indexOf(ch, at + 1);
    if (at < 0) return false;
    if (start < 0) start = at;
  }
  return at - start + 1 <= short.length * 2;
}

/**
 * 行政区划 named in the utterance ("海南三亚", "去青岛"): a listed place named directly, else for
 * a named city its province when provinces are listed. Two different listed places named is
 * ambiguous; a place named but not listed is not guessed at by sound.
 */
function placeAnswer(heard: string, text: string, prepared: Prepared[]): MatchResult | null {
  const places = findPlaces(text).filter((p) => mentions(text, p.matched));
  if (places.length === 0) return null;
  const listed = new Set(prepared.map((c) => c.value));
  const direct = [...new Set(places.map((p) => p.code).filter((code) => listed.has(code)))];
  const viaProvince = [
    ...new Set(
      places
        .filter((p) => p.kind === 'city')
        .map((p) => p.provinceCode)
        .filter((code) => listed.has(code)),
    ),
  ];
  const named = direct.length > 0 ? direct : viaProvince;
  if (named.length === 1) return answer(named[0] as string, direct.length > 0 ? 0.85 : 0.8);
  return unmatched(heard, named.slice(0, 2));
}

// ---------------------------------------------------------------- pinyin

const labelSyllableCache = new Map<string, readonly string[]>();

function syllablesOf(text: string): string[] {
  return pinyin(digitsToHanzi(text), { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
}

function labelSyllables(text: string): readonly string[] {
  let cached = labelSyllableCache.get(text);
  if (!cached) {
    cached = syllablesOf(text);
    labelSyllableCache.set(text, cached);
  }
  return cached;
}

/** Sounds many speakers (and recognisers) do not tell apart: zh/z, n/l, an/ang … */
const NEAR_INITIALS = new Set(['z|zh', 'c|ch', 's|sh', 'l|n', 'l|r', 'f|h']);
const NEAR_FINALS = new Set(['an|ang', 'en|eng', 'in|ing', 'ian|iang', 'uan|uang']);

function split(syllable: string): [string, string] {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(syllable);
  return [m?.[1] ?? '', m?.[2] ?? syllable];
}

function partCost(a: string, b: string, near: ReadonlySet<string>): number {
  if (a === b) return 0;
  return near.has(a < b ? `${a}|${b}` : `${b}|${a}`) ? 0.2 : 1;
}

/** 0 for the same syllable, 0.1 for a near sound, 0.5 for a shared initial or final, 1 otherwise. */
function syllableCost(a: string, b: string): number {
  if (a === b) return 0;
  const [ia, fa] = split(a);
  const [ib, fb] = split(b);
  return 0.5 * partCost(ia, ib, NEAR_INITIALS) + 0.5 * partCost(fa, fb, NEAR_FINALS);
}

/** Edit distance of all of `pattern` against the best-fitting stretch of `text` (free ends in text). */
function infixDistance(pattern: readonly string[], text: readonly string[]): number {
  let previous = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + syllableCost(pattern[i - 1] ?? '', text[j - 1] ?? '');
      row.push(Math.min(substitute, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1));
    }
    previous = row;
  }
  return Math.min(...previous);
}

/** Share of the longer side left unexplained by a shorter match ('是高雪压', '省力医院'). */
const UNMATCHED_SHARE_COST = 0.3;

/** The label said within a longer sentence, or a part of the label said; either way the rest costs a little. */
function soundScore(heard: readonly string[], label: readonly string[]): number {
  if (label.length === 0 || heard.length === 0) return Infinity;
  const rest = (shorter: number, longer: number) => UNMATCHED_SHARE_COST * Math.max(0, 1 - shorter / longer);
  const whole = infixDistance(label, heard) / label.length + rest(label.length, heard.length);
  if (heard.length < 2 || heard.length >= label.length) return whole;
  return Math.min(whole, infixDistance(heard, label) / heard.length + rest(heard.length, label.length));
}

type Scored = { value: string; index: number; score: number };

function scoreAll(text: string, prepared: Prepared[]): Scored[] {
  const heard = syllablesOf(text);
  return prepared.map((c) => ({ value: c.value, index: c.index, score: Math.min(Infinity, ...c.syllables.map((s) => soundScore(heard, s))) }));
}

/**
 * The clear winner by sound, unless another option shares a written word with what was heard
 * and the winner does not ('精神病' sounds like 帕金森病 but is written like 精神分裂症).
 */
function fuzzyAnswer(text: string, prepared: Prepared[]): MatchResult | null {
  const [best, second] = [...scoreAll(text, prepared)].sort(byScore);
  if (!best || best.score > ACCEPT_SCORE || (second && second.score - best.score < CLEAR_MARGIN)) return null;
  const said = bigrams(toDigits(text));
  const writes = (c: Prepared) => c.forms.some((f) => [...bigrams(f)].some((b) => said.has(b)));
  const contradicted = prepared.some((c) => c.value !== best.value && writes(c)) && !prepared.some((c) => c.value === best.value && writes(c));
  return contradicted ? null : answer(best.value, Math.round(90 * (1 - best.score)) / 100);
}

function bigrams(text: string): Set<string> {
  return new Set([...text].slice(1).map((ch, i) => `${text.charAt(i)}${ch}`));
}

/**
 * A paraphrase ("我是退休以后去外地住"): the option sharing the most two-character words with it,
 * at least two, and more than any other option does.
 */
function sharedWordsAnswer(digits: string, prepared: Prepared[]): MatchResult | null {
  const said = bigrams(digits);
  const counts = prepared
    .map((c) => ({ value: c.value, shared: Math.max(0, ...c.forms.map((f) => [...bigrams(f)].filter((b) => said.has(b)).length)) }))
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = counts;
  if (!best || best.shared < 2 || (second && second.shared >= best.shared)) return null;
  return answer(best.value, 0.6);
}

const byScore = (a: Scored, b: Scored) => a.score - b.score || a.index - b.index;

/** Up to two values to offer: by sound, or holding what was said ('高' → 高血压, 肺动脉高压). */
function closest(text: string, prepared: Prepared[], upTo = CLOSEST_SCORE): string[] {
  const digits = toDigits(text);
  const sound = new Map(scoreAll(text, prepared).map((s) => [s.value, s.score]));
  return prepared
    .map((c): Scored => {
      const holding = c.forms.filter((f) => f.includes(digits)).map((f) => 0.5 * (1 - digits.length / f.length));
      return { value: c.value, index: c.index, score: Math.min(sound.get(c.value) ?? Infinity, ...holding) };
    })
    .filter((s) => s.score <= upTo)
    .sort(byScore)
    .slice(0, 2)
    .map((s) => s.value);
}

// ---------------------------------------------------------------- phone

const OWN_NUMBER = /用(我的|我自己的|这一?个|原来的|本机|现在的|预留的)|就这一?个|我的(手机|电话)?号|本机|这个号/;

/** 11 digits said (幺 = 1), or "use the number you have" → the first (known) number. */
function phoneAnswer(heard: string, candidates: VoiceCandidate[]): MatchResult | null {
  const digits = spokenDigits(heard);
  if (/^1[3-9]\d{9}$/.test(digits)) return answer(digits, 1);
  const said = clean(heard);
  const own = candidates[0];
  // A stray 一 ('就用这一个') is not a number being read; three digits or more are.
  if (own && digits.length < 3 && OWN_NUMBER.test(said) && !/不|换/.test(said)) return answer(own.value, 0.95);
  return null;
}

// ---------------------------------------------------------------- dates

/** `text` has its numerals as digits ('三月五号' → '3月5号'). */
function dateFrom(text: string, today: IsoDate): IsoDate | null {
  return relativeDay(text, today) ?? countedBack(text, today) ?? weekdayDate(text, today) ?? calendarDate(text, today);
}

const RELATIVE_DAYS: readonly (readonly [string, number])[] = [
  ['大前天', -3],
  ['大后天', 3],
  ['前天', -2],
  ['后天', 2],
  ['昨天', -1],
  ['昨日', -1],
  ['今天', 0],
  ['今日', 0],
  ['明天', 1],
  ['明日', 1],
];

function relativeDay(text: string, today: IsoDate): IsoDate | null {
  const found = RELATIVE_DAYS.find(([word]) => text.includes(word));
  return found ? addDays(today, found[1]) : null;
}

/** '5天前', '2个星期以前', '3天后'. */
function countedBack(text: string, today: IsoDate): IsoDate | null {
  const m = /(\d+)个?(天|星期|礼拜|周)(以|之)?(前|后)/.exec(text);
  if (!m) return null;
  const days = Number(m[1]) * (m[2] === '天' ? 1 : 7);
  return addDays(today, m[4] === '前' ? -days : days);
}

const WEEK_OFFSET: Readonly<Record<string, number>> = { 上上: -14, 上: -7, 这: 0, 本: 0, 下: 7 };

/** '上周一' in the week before this one (weeks start on Monday); a bare '星期三' is the latest one not after today. */
function weekdayDate(text: string, today: IsoDate): IsoDate | null {
  const m = /(上上|上|这|本|下)?个?(?:星期|礼拜|周)([1-7日天])/.exec(text);
  if (!m) return null;
  const day = m[2] === '日' || m[2] === '天' ? 6 : Number(m[2]) - 1;
  const todayIndex = (weekday(today) + 6) % 7;
  if (m[1] === undefined) return addDays(today, -((todayIndex - day + 7) % 7));
  return addDays(today, (WEEK_OFFSET[m[1]] ?? 0) - todayIndex + day);
}

function ymd(y: number, m: number, d: number): IsoDate | null {
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/** The nearest of the readings, but none far in the future: people answer about past or near dates. */
function nearest(readings: (IsoDate | null)[], today: IsoDate): IsoDate | null {
  const near = readings.filter((d): d is IsoDate => d !== null && diffDays(today, d) <= FUTURE_LIMIT_DAYS);
  near.sort((a, b) => Math.abs(diffDays(today, a)) - Math.abs(diffDays(today, b)));
  return near[0] ?? null;
}

const YEAR_WORDS: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };
const MONTH_WORDS: Readonly<Record<string, number>> = { 上: -1, 这: 0, 本: 0, 下: 1 };

/** '2026年3月5日', '去年11月20号', '3月5号' (nearest year), '上个月5号', '20号' (nearest month). */
function calendarDate(text: string, today: IsoDate): IsoDate | null {
  const y = yearOf(today);
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})/.exec(text);
  if (full) return ymd(Number(full[1]), Number(full[2]), Number(full[3]));
  const md = /(今年|去年|明年|前年)?(\d{1,2})月(\d{1,2})/.exec(text);
  if (md) {
    const [m, d] = [Number(md[2]), Number(md[3])];
    if (md[1]) return ymd(y + (YEAR_WORDS[md[1]] ?? 0), m, d);
    return nearest(
      [y - 1, y, y + 1].map((year) => ymd(year, m, d)),
      today,
    );
  }
  const inMonth = /(?:(上|这|本|下)个?月)?(\d{1,2})(?:号|日)/.exec(text);
  if (!inMonth) return null;
  const d = Number(inMonth[2]);
  const monthOf = (k: number) => monthDay(addMonths(today, k));
  const yearAt = (k: number) => yearOf(addMonths(today, k));
  const shifts = inMonth[1] ? [MONTH_WORDS[inMonth[1]] ?? 0] : [-1, 0, 1];
  const readings = shifts.map((k) => ymd(yearAt(k), monthOf(k).month, d));
  return inMonth[1] ? (readings[0] ?? null) : nearest(readings, today);
}
