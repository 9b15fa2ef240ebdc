/**
 * Voice answers: what speech recognition heard (Chinese, possibly misheard) mapped to the current
 * step's answer, a navigation command, or "not understood" with the closest options to offer.
 * Pure and browser-safe: no React, no server modules.
 */
import { pinyin } from 'pinyin-pro';
import { countiesNamed } from '../data/counties';
import { findPlaces } from '../data/divisions';
import type { IsoDate } from '../time/dates';
import { commandOf, type VoiceCommand } from './commands';
import { correctedAnswer } from './correction';
import { offTopicReason } from './off-topic';
import { clean, digitsToHanzi, normalise, spokenDigits, toDigits } from './normalise';
import { ordinal } from './ordinal';
import { pickDate, spokenDate } from './spoken-dates';
import { yesOrNo } from './yes-no';

export type { VoiceCommand } from './commands';
export { FUTURE_LIMIT_DAYS } from './spoken-dates';

/**
 * An option's words: `labels` choose it; `weak` words only suggest it (a vague disease word), so
 * they are asked back, never chosen outright.
 */
export type VoiceCandidate = { value: string; labels: string[]; weak?: string[] };
export type VoiceKind = 'choice' | 'date' | 'phone' | 'text';
/** Why nothing was chosen, as the message `voice.reasons.<code>` with these parameters (an IsoDate parameter is read as a date). */
export type UnmatchedReason = { code: string; params?: Record<string, string | number> };
/** Today, and for a date step the range its answer must fall in (the step view's dateRange). */
export type MatchContext = { today: IsoDate; min?: IsoDate | null; max?: IsoDate | null };
/** A 'text' answer is a command only when that is all that was said (说“返回” vs 住在返回村附近). */
const TEXT_COMMAND_MAX = 6;
export type MatchResult =
  | { kind: 'answer'; value: string; confidence: number }
  | { kind: 'command'; command: VoiceCommand }
  /** Ask back before choosing: "您说的是‘…’吗？" (`lunar`: a 农历 date, in these words, read back with the 公历 `value`). */
  | { kind: 'confirm'; value: string; heard: string; lunar?: string }
  | { kind: 'unmatched'; heard: string; closest: string[]; reason?: UnmatchedReason };

/** Fuzzy (pinyin) matches: accept at or under this score (0 = same sounds, 1 = nothing alike)… */
export const ACCEPT_SCORE = 0.3;
/** …but chosen outright only at or under this one (the same syllables, a near initial or final at most)… */
export const SAME_SOUND_SCORE = 0.1;
/** …only when every other option scores at least this much worse… */
export const CLEAR_MARGIN = 0.15;
/** …ask back up to this score (or when another option is nearly as close)… */
export const CONFIRM_SCORE = 0.35;
/** …and offer options up to this score as "did you mean". */
export const CLOSEST_SCORE = 0.5;

/** An option's visible text plus its `say` synonyms, duplicates removed; `weak` words kept apart. */
export function candidatesFrom<O extends { value: string; say?: readonly string[]; weak?: readonly string[] }>(
  options: readonly O[],
  labelOf: (o: O) => string,
): VoiceCandidate[] {
  return options.map((o) => ({ value: o.value, labels: [...new Set([labelOf(o), ...(o.say ?? [])])], ...(o.weak?.length ? { weak: [...o.weak] } : {}) }));
}

export function matchAnswer(heard: string, candidates: VoiceCandidate[], kind: VoiceKind, context: MatchContext): MatchResult {
  // '河北，不对，河南': the answer is what follows the correction.
  const instead = kind === 'text' ? null : correctedAnswer(heard);
  if (instead !== null) return matchAnswer(instead, candidates, kind, context);
  const text = normalise(heard);
  const prepared = candidates.map(prepare);
  // '嗯' alone is all hesitation to normalise, and a yes.
  if (text === '') return commandOf(heard) === 'yes' ? (yesNoOption('yes', prepared) ?? { kind: 'command', command: 'yes' }) : unmatched(heard, []);
  const exact = prepared.find((c) => c.forms.includes(toDigits(text)));
  if (exact) return answer(exact.value, 1);
  if (kind === 'text') {
    const command = clean(heard).length <= TEXT_COMMAND_MAX ? commandOf(heard) : null;
    return command ? { kind: 'command', command } : answer(heard.normalize('NFKC').replace(/\s+/g, ' ').trim(), 1);
  }
  const command = commandOf(heard);
  if (command) return yesNoOption(command, prepared) ?? { kind: 'command', command };
  const digits = toDigits(text);
  const position = ordinal(digits, prepared.length, true);
  if (position !== null && kind !== 'choice') return pickAt(heard, prepared, position);
  if (kind === 'date') return dateAnswer(heard, digits, prepared, context);
  if (kind === 'phone') return phoneAnswer(heard, candidates) ?? anywhereAt(heard, digits, prepared) ?? unmatched(heard, []);
  return choiceAnswer(heard, text, prepared);
}

/** On a yes/no step (options 有 / 没有, 是 / 不是 …) 嗯 or 不用 is the answer, not a command. */
function yesNoOption(command: VoiceCommand, prepared: Prepared[]): MatchResult | null {
  if (command !== 'yes' && command !== 'no') return null;
  const fitting = prepared.filter((c) => c.forms.some((f) => yesOrNo(f) === command));
  return fitting.length === 1 ? answer((fitting[0] as Prepared).value, 0.9) : null;
}

const answer = (value: string, confidence: number): MatchResult => ({ kind: 'answer', value, confidence });
const confirm = (value: string, heard: string): MatchResult => ({ kind: 'confirm', value, heard });
const unmatched = (heard: string, closest: string[], reason?: UnmatchedReason): MatchResult => ({
  kind: 'unmatched',
  heard,
  closest,
  ...(reason ? { reason } : {}),
});

/** '我要第二个' said within a sentence, on a date or phone step whose other readings found nothing. */
function anywhereAt(heard: string, digits: string, prepared: Prepared[]): MatchResult | null {
  const at = ordinal(digits, prepared.length, false);
  return at === null ? null : pickAt(heard, prepared, at);
}

// ---------------------------------------------------------------- dates

/** A date said in words, within the step's range; a 农历 date is asked back with its 公历 date. */
function dateAnswer(heard: string, digits: string, prepared: Prepared[], context: MatchContext): MatchResult {
  const said = spokenDate(digits, context.today);
  if (!said) return anywhereAt(heard, digits, prepared) ?? unmatched(heard, []);
  const picked = pickDate(said, context.today, { min: context.min ?? null, max: context.max ?? null });
  if ('reason' in picked) return unmatched(heard, [], picked.reason);
  if (picked.lunar) return { kind: 'confirm', value: picked.date, heard, lunar: picked.lunar };
  return picked.vague ? confirm(picked.date, heard) : answer(picked.date, 1);
}

// ---------------------------------------------------------------- candidates

/** `visible`: the forms of the words on screen (the first label), which a person can point at ('退休的那个'). */
type Prepared = { value: string; index: number; forms: string[]; visible: string[]; syllables: (readonly string[])[]; weak: string[] };

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
  const weak = [...new Set((c.weak ?? []).flatMap(variants))].map(toDigits);
  const visible = variants(c.labels[0] ?? '').map(toDigits);
  return { value: c.value, index, forms: texts.map(toDigits), visible, syllables: texts.map(labelSyllables), weak };
}

// ---------------------------------------------------------------- choice

function choiceAnswer(heard: string, text: string, prepared: Prepared[]): MatchResult {
  const digits = toDigits(text);
  const whole = ordinal(digits, prepared.length, true);
  if (whole !== null) return pickAt(heard, prepared, whole);
  // '有高血压和冠心病，先办高血压吧': what is to be done first is the answer.
  const first = /先(?:办|弄|选|申请|报)(.{2,})$/.exec(text);
  if (first?.[1] && first[1] !== text) return choiceAnswer(heard, first[1], prepared);
  const pointed = pointedAt(digits, prepared);
  if (pointed) return answer(pointed, 0.9);
  const places = prepared.length > 0 && prepared.every((c) => /^\d{6}$/.test(c.value));
  const county = places ? countyAnswer(heard, text, prepared) : null;
  if (county) return county;
  // Something real but not on this list (大连 on 山东's cities, 银屑病 for a 居民): say why, never a near miss.
  const offTopic = offTopicReason(heard, prepared);
  if (offTopic) return unmatched(heard, [], offTopic);
  if (places) {
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
  const ruledOut = ruledOutOnly(heard, digits, prepared);
  if (ruledOut) return ruledOut;
  const suggested = weakIn(heard, digits, prepared);
  if (suggested) return suggested;
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
  return (
    looselyIn(heard, digits, prepared) ??
    fuzzyAnswer(heard, text, prepared) ??
    sharedWordsAnswer(heard, digits, prepared) ??
    unmatched(heard, closest(text, prepared))
  );
}

/**
 * '退休的那个', '上班那个': an option pointed at by a word of it, as the page read them out — its
 * words on screen, or a word only it is known by. Not a description of one's situation, so chosen.
 */
function pointedAt(digits: string, prepared: Prepared[]): string | null {
  const m = /^(.{2,}?)的?那(?:一)?(?:个|项|种|家)$/.exec(digits);
  if (!m?.[1]) return null;
  const word = m[1];
  const onScreen = prepared.filter((c) => c.visible.some((f) => f.includes(word)));
  if (onScreen.length === 1) return (onScreen[0] as Prepared).value;
  if (onScreen.length > 1) return null;
  const known = prepared.filter((c) => c.forms.includes(word) || c.weak.includes(word));
  return known.length === 1 ? (known[0] as Prepared).value : null;
}

/**
 * A word said with a little in between ('血压有点高', '长了个瘤子', '洗三回肾', '跟着儿子住'):
 * never chosen outright, asked back when only one option has such a word.
 */
function looselyIn(heard: string, digits: string, prepared: Prepared[]): MatchResult | null {
  const fits = prepared.filter((c) =>
    [...c.forms, ...c.weak].some((w) => w.length >= 2 && !digits.includes(w) && spreadIn(w, digits, w.length >= 3 ? w.length + 3 : w.length + 2)),
  );
  if (fits.length !== 1) return null;
  const fit = fits[0] as Prepared;
  // '章丘的人民医院', '长清区医院': a name with only 的 or its 区 between its parts is that name.
  const bare = digits.replace(/的|区/g, '');
  return fit.forms.some((f) => f.length >= 4 && bare.includes(f)) ? answer(fit.value, 0.8) : confirm(fit.value, heard);
}

/** Every character of `word` in order within `text`, over at most `span` characters, not ruled out before it. */
function spreadIn(word: string, text: string, span: number): boolean {
  for (let start = text.indexOf(word.charAt(0)); start >= 0; start = text.indexOf(word.charAt(0), start + 1)) {
    let at = start;
    let ok = true;
    for (const ch of word.slice(1)) {
      at = text.indexOf(ch, at + 1);
      if (at < 0 || at - start + 1 > span) {
        ok = false;
        break;
      }
    }
    if (ok && !negatedAt(text, start) && !ruledOutAfter(text, at + 1)) return true;
  }
  return false;
}

/**
 * '不是临时的': an option named only to rule it out. Of two options that suggests the other, asked
 * back; of more, nothing is guessed (and no near sound of the ruled-out one is picked).
 */
function ruledOutOnly(heard: string, digits: string, prepared: Prepared[]): MatchResult | null {
  const named = prepared.filter((c) => c.forms.some((f) => f.length >= 2 && digits.includes(f))).map((c) => c.value);
  if (named.length === 0) return null;
  const others = prepared.filter((c) => !named.includes(c.value));
  if (prepared.length === 2 && others.length === 1) return confirm((others[0] as Prepared).value, heard);
  return unmatched(
    heard,
    others.slice(0, 2).map((c) => c.value),
  );
}

/**
 * A word that only suggests an option ('血糖高' → 糖尿病?): asked back; suggesting several, which
 * one is asked. However many such words a description gives, it is asked back: 给闺女看孩子，在那边住着
 * is 长期居住 or 退休安置.
 */
function weakIn(heard: string, digits: string, prepared: Prepared[]): MatchResult | null {
  const hits = prepared.map((c) => ({ value: c.value, words: c.weak.filter((w) => w === digits || (w.length >= 2 && mentions(digits, w))) }));
  const values = hits.filter((h) => h.words.length > 0);
  if (values.length === 0) return null;
  if (values.length > 1)
    return unmatched(
      heard,
      values.slice(0, 2).map((h) => h.value),
    );
  return confirm((values[0] as (typeof values)[number]).value, heard);
}

function pickAt(heard: string, prepared: Prepared[], index: number): MatchResult {
  const chosen = prepared[index];
  return chosen ? answer(chosen.value, 0.95) : unmatched(heard, []);
}

/** '不是高血压' names 高血压 only to rule it out; '（非透析）' in a label does not name 透析. */
function negatedAt(text: string, index: number): boolean {
  return /[不没非][是要选去用有]?$/.test(text.slice(Math.max(0, index - 2), index));
}

/** '拍照片太麻烦', '省立医院留着': named, then turned down or kept out of it. */
function ruledOutAfter(text: string, end: number): boolean {
  return /^.{0,2}?(?:太麻烦|麻烦|不会|弄不了|不方便|留着|不换|不动|保留|不用换)/.test(text.slice(end));
}

function mentions(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!negatedAt(text, at) && !ruledOutAfter(text, at + form.length) && !runsOn(text, form, at + form.length)) return true;
  }
  return false;
}

/** '去外地住' within '去外地住院': 住院 is a stay in hospital, not living there. */
function runsOn(text: string, form: string, end: number): boolean {
  return form.endsWith('住') && text.charAt(end) === '院';
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
  // Part of the words on screen ('千佛山'); part of another word for it is not enough ('前列腺' of 前列腺癌).
  const inside = prepared.filter((c) => c.visible.some((f) => mentions(f, digits))).map((c) => c.value);
  // Written whole, the word counts only where it is not ruled out ('（非透析）'), as above.
  const abbreviated = prepared.filter((c) => c.forms.some((f) => !f.includes(digits) && abbreviates(digits, f))).map((c) => c.value);
  // '高压' is inside 肺动脉高压 but also short for 高血压: both are offered, neither is picked.
  const values = [...new Set([...inside, ...abbreviated])];
  return { values, contiguous: inside.length === values.length };
}

/**
 * Every character of `short` in order within `long`, skipping only the kind of a place between
 * them ('章丘人民医院' for 济南市章丘区人民医院; '中医院' is not 中心医院), or one character of a
 * two-character short name ('高压' for 高血压).
 */
function abbreviates(short: string, long: string): boolean {
  let at = -1;
  for (const ch of short) {
    const next = long.indexOf(ch, at + 1);
    if (next < 0) return false;
    const skipped = at >= 0 ? long.slice(at + 1, next) : '';
    if (skipped !== '' && !/^(?:[省市区县镇乡村]|街道|社区)+$/.test(skipped) && !(short.length === 2 && skipped.length === 1)) return false;
    at = next;
  }
  return true;
}

/**
 * A 区县 named ('寿光', '北京朝阳区'): the city (or province) a picker lists it under. A city or province named by the same
 * word ('河北') or beside it ('青岛即墨' — 青岛) is left to placeAnswer, unless it only narrows the
 * 区县 down ('北京朝阳区' is Beijing's, not 辽宁's 朝阳市).
 */
function countyAnswer(heard: string, text: string, prepared: Prepared[]): MatchResult | null {
  const places = findPlaces(text);
  // '龙江' within '黑龙江' is no 区县 said.
  let counties = countiesNamed(text).filter((c) => !places.some((p) => p.matched.length > c.said.length && p.matched.includes(c.said)));
  if (counties.length === 0) return null;
  const words = [...new Set(counties.map((c) => c.said))];
  const outside = places.filter((p) => !words.some((w) => w.length > p.matched.length && w.includes(p.matched)));
  const values = prepared.map((c) => c.value);
  if (outside.some((p) => words.includes(p.matched) || values.includes(p.code))) return null;
  if (outside.length > 0) {
    counties = counties.filter((c) => outside.some((p) => p.provinceCode === c.provinceCode && (p.kind === 'province' || p.code === c.cityCode)));
    if (counties.length === 0) return null;
  }
  const byProvince = values.every((v) => v.endsWith('0000'));
  const targets = [...new Set(counties.map((c) => (byProvince ? c.provinceCode : c.cityCode)))];
  const listed = targets.filter((t) => values.includes(t));
  // A 区县 no other goes by ('周村', '瓦房店') names its city; one of several ('朝阳') is asked back.
  if (listed.length === 1) return counties.every((c) => c.alone) ? answer(listed[0] as string, 0.85) : confirm(listed[0] as string, heard);
  if (listed.length > 1) return unmatched(heard, listed.slice(0, 2));
  return unmatched(heard, [], { code: 'notInList', params: { name: (counties[0] as (typeof counties)[number]).name } });
}

/**
 * 行政区划 named in the utterance ("海南三亚", "去青岛"): a listed place named directly, else for
 * a named city its province when provinces are listed. Two different listed places named is
 * ambiguous; a place named but not listed is not guessed at by sound, and the reason says so.
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
  // A real place this step does not offer (上海 among Shandong's cities, one's own city): said so, not guessed at.
  const first = places[0] as (typeof places)[number];
  return named.length === 0 ? unmatched(heard, [], { code: 'notInList', params: { name: first.name } }) : unmatched(heard, named.slice(0, 2));
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

// Mandarin has some 400 toneless syllables, so every pair met is worth remembering: the distance
// loops below ask for the same pairs thousands of times per answer on the longest lists.
const syllableCostCache = new Map<string, number>();

function partCost(a: string, b: string, near: ReadonlySet<string>): number {
  if (a === b) return 0;
  return near.has(a < b ? `${a}|${b}` : `${b}|${a}`) ? 0.2 : 1;
}

/** 0 for the same syllable, 0.1 for a near sound, 0.5 for a shared initial or final, 1 otherwise. */
function syllableCost(a: string, b: string): number {
  if (a === b) return 0;
  const key = `${a} ${b}`;
  let cost = syllableCostCache.get(key);
  if (cost === undefined) {
    const [ia, fa] = split(a);
    const [ib, fb] = split(b);
    cost = 0.5 * partCost(ia, ib, NEAR_INITIALS) + 0.5 * partCost(fa, fb, NEAR_FINALS);
    syllableCostCache.set(key, cost);
  }
  return cost;
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

// An answer not understood is scored twice (for a near miss, then for the closest to offer): the last scores are kept.
let lastScores: { text: string; prepared: Prepared[]; scores: Scored[] } | null = null;

function scoreAll(text: string, prepared: Prepared[]): Scored[] {
  if (lastScores?.text === text && lastScores.prepared === prepared) return lastScores.scores;
  const heard = syllablesOf(text);
  const scores = prepared.map((c) => ({ value: c.value, index: c.index, score: Math.min(Infinity, ...c.syllables.map((s) => soundScore(heard, s))) }));
  lastScores = { text, prepared, scores };
  return scores;
}

/**
 * The clear winner by sound; asked back when it is only a weak fit, or another option is nearly as
 * close. Never when another option shares a written word with what was heard and the winner does
 * not ('精神病' sounds like 帕金森病 but is written like 精神分裂症).
 */
function fuzzyAnswer(heard: string, text: string, prepared: Prepared[]): MatchResult | null {
  const [best, second] = [...scoreAll(text, prepared)].sort(byScore);
  if (!best || best.score > CONFIRM_SCORE) return null;
  const margin = second ? second.score - best.score : Infinity;
  if (margin <= 0) return null;
  const said = bigrams(toDigits(text));
  const writes = (c: Prepared) => c.forms.some((f) => [...bigrams(f)].some((b) => said.has(b)));
  const contradicted = prepared.some((c) => c.value !== best.value && writes(c)) && !prepared.some((c) => c.value === best.value && writes(c));
  if (contradicted || namesAnother(toDigits(text), best.value, prepared)) return null;
  // Only the same sounds written otherwise ('省力医院') are chosen; anything looser is asked back ('省里的医院').
  if (best.score <= SAME_SOUND_SCORE && margin >= CLEAR_MARGIN) return answer(best.value, Math.round(90 * (1 - best.score)) / 100);
  // A loose sound alone is not worth a question ('孩子' is not 上海): a written character in common is.
  if (best.score > ACCEPT_SCORE && !sharesCharacter(toDigits(text), best.value, prepared)) return null;
  return confirm(best.value, heard);
}

function sharesCharacter(digits: string, value: string, prepared: Prepared[]): boolean {
  return prepared.some((c) => c.value === value && c.forms.some((f) => [...digits].some((ch) => f.includes(ch))));
}

/**
 * Said shorter than the winner's name, with a character the winner lacks that another option has:
 * '肾病' sounds like part of 帕金森病, but 肾 is written in 肾透析 — not a near miss of 帕金森病.
 */
function namesAnother(digits: string, value: string, prepared: Prepared[]): boolean {
  const winner = prepared.find((c) => c.value === value);
  if (!winner || winner.forms.some((f) => f.length <= digits.length)) return false;
  const own = new Set(winner.forms.flatMap((f) => [...f]));
  return [...digits].some((ch) => !own.has(ch) && prepared.some((c) => c.value !== value && c.forms.some((f) => f.includes(ch))));
}

function bigrams(text: string): Set<string> {
  return new Set([...text].slice(1).map((ch, i) => `${text.charAt(i)}${ch}`));
}

/**
 * A paraphrase ("我是退休以后去外地住"): asked back, never chosen outright, when one option shares
 * more two-character words with it that no other option has (外地 in every option tells nothing),
 * two shared words in all, and more of the characters only it has ('去外地住' has 去 of 临时去外地看病
 * but 住 of 在外地长期住: not understood).
 */
function sharedWordsAnswer(heard: string, digits: string, prepared: Prepared[]): MatchResult | null {
  const said = bigrams(digits);
  const own = prepared.map((c) => new Set(c.forms.flatMap((f) => [...bigrams(f)])));
  const chars = prepared.map((c) => new Set(c.forms.flatMap((f) => [...f])));
  const only = <T>(sets: Set<T>[], i: number) => [...(sets[i] as Set<T>)].filter((x) => sets.every((other, j) => j === i || !other.has(x)));
  const scored = prepared.map((c, i) => ({
    value: c.value,
    words: only(own, i).filter((b) => said.has(b)).length,
    shared: [...(own[i] as Set<string>)].filter((b) => said.has(b)).length,
    chars: only(chars, i).filter((ch) => digits.includes(ch)).length,
  }));
  const [best, second] = [...scored].sort((a, b) => b.words - a.words);
  if (!best || best.words < 1 || best.shared < 2 || (second && second.words >= best.words)) return null;
  return scored.every((o) => o === best || o.chars < best.chars) ? confirm(best.value, heard) : null;
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

const OWN_NUMBER =
  /用(我的|我自己的|我这一?个|这一?个|原来的|原来那个|本机|现在的|预留的)|就这一?个|我的(手机|电话)?号|本机|这个(手机|电话)(号|上)?|(我|我们)?现在用的|原来(那|的)个?号|上(面|边|头)(那|的)个/;

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
