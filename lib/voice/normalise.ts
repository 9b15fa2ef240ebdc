/**
 * Cleaning what speech recognition heard before matching: one form, whatever punctuation,
 * width or hesitation the recogniser produced. Browser-safe, no dependencies.
 */

/** Said before the answer; longest first so '我想选' goes before '我想' and '选'. */
const LEADING_FILLERS = [
  '我想要选',
  '我想选',
  '我要选',
  '我想要',
  '我选择',
  '就选',
  '我要',
  '我选',
  '我想',
  '选择',
  '就是',
  '那个',
  '帮我',
  '咱',
  '麻烦',
  '嗯',
  '啊',
  '呃',
  '额',
  '哦',
  '噢',
  '唉',
  '请',
  '选',
];

/** Sentence-final particles ('临时的' → '临时'; yes/no words are looked up before this). */
const TRAILING_FILLERS = ['吧', '呢', '了', '的', '啊', '呀', '啦', '嘛', '哈', '哦'];

/** Hesitation sounds that never occur inside an option's name. */
const HESITATIONS = /[嗯呃]/g;

/** NFKC (full-width → half-width), lower case, no punctuation, symbols or spaces. */
export function clean(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}\s]+/gu, '')
      // 俺 is 我 in Shandong, 木 before these is 没 (木有, 木错, 木听清), 自个 is 自己: one word list serves both.
      .replace(/俺/g, '我')
      .replace(/木(?=[有错听退事问])/g, '没')
      .replace(/自个儿?/g, '自己')
  );
}

/** {@link clean} plus hesitations and fillers at either end, repeatedly ("嗯那个我选…吧"). */
export function normalise(text: string): string {
  let rest = clean(text).replace(HESITATIONS, '');
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    const lead = LEADING_FILLERS.find((f) => rest.startsWith(f) && rest.length > f.length);
    if (lead) {
      rest = rest.slice(lead.length);
      changed = true;
    }
    const trail = TRAILING_FILLERS.find((f) => rest.endsWith(f) && rest.length > f.length);
    if (trail) {
      rest = rest.slice(0, -trail.length);
      changed = true;
    }
  }
  return LEADING_FILLERS.includes(rest) || TRAILING_FILLERS.includes(rest) ? '' : rest;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const NUMERAL_RUN = /[零〇一幺二两三四五六七八九十百千]+/g;

/** '二十三' → 23, '一百零五' → 105, '十' → 10. */
function positional(run: string): number {
  let total = 0;
  let current = 0;
  for (const ch of run) {
    const unit = UNITS[ch];
    if (unit === undefined) {
      current = DIGITS[ch] ?? 0;
    } else {
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

/**
 * Chinese numerals to ASCII digits: with 十/百/千 as a number ('二十三' → '23'), without them
 * digit by digit, as years and phone numbers are read ('二〇二六' → '2026', '幺三八' → '138').
 */
export function toDigits(text: string): string {
  return text.replace(NUMERAL_RUN, (run) => (/[十百千]/.test(run) ? String(positional(run)) : [...run].map((ch) => DIGITS[ch] ?? '').join('')));
}

/** Phone-reading digits, including the radio forms 洞 (0) and 拐 (7). */
const PHONE_DIGITS: Readonly<Record<string, string>> = { 洞: '0', 拐: '7' };

/** Every digit said, in order, each numeral read as one digit ('幺三八 洞洞' → '13800'). */
export function spokenDigits(text: string): string {
  // '换一个号': 一个 counts something, it is not a digit read out.
  return [...clean(text).replace(/[一两]个/g, '')]
    .map((ch) => (/\d/.test(ch) ? ch : (PHONE_DIGITS[ch] ?? (DIGITS[ch] === undefined ? '' : String(DIGITS[ch])))))
    .join('');
}

const HANZI_DIGITS = '零一二三四五六七八九';

/** ASCII digits back to characters, so pinyin can be taken of '第4人民医院'. */
export function digitsToHanzi(text: string): string {
  return text.replace(/\d/g, (d) => HANZI_DIGITS.charAt(Number(d)));
}
