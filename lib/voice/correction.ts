/**
 * A correction said in one breath — '河北，不对，河南', '高血压……不是，是糖尿病', '烟台……哎不对，威海',
 * '不是那个，是第二个', '俺没有高血压，是糖尿病', '十二月五号，不对，六号': only what follows the
 * last correction is the answer. Pure and browser-safe; numerals are not yet digits here.
 */

const PAUSE = '[，,。.…、！!？?\\s]';
/** 不对 / 不是 / 说错了 standing alone between two pauses (or before 是): '烟台……哎不对，威海'. */
const MARK = new RegExp(`${PAUSE}+(?:哎|唉|啊|哦|噢)?(?:不对|不是|错了|说错了|说差了|说岔了)+(?:${PAUSE}+|(?=是))`, 'g');
/** '不是X，是Y', '俺没有X，俺是Y': X ruled out, Y said. */
const NOT_THIS_BUT = new RegExp(`^(?:我|俺)?(?:不是|没有|没得)(.+?)${PAUSE}+(?:我|俺)?(?:就|而)?是(.+)$`);
const LEADING_IS = /^(?:我|俺)?(?:就|而)?是(?=.)/;

/** What to match instead of the whole utterance, or null when no correction was said. */
export function correctedAnswer(heard: string): string | null {
  const text = heard.normalize('NFKC').trim();
  const instead = NOT_THIS_BUT.exec(text);
  if (instead?.[2]) return clip(instead[2]);
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(MARK)) last = m;
  if (!last || last.index === undefined || last.index === 0) return null;
  const before = text.slice(0, last.index);
  const after = clip(text.slice(last.index + last[0].length).replace(LEADING_IS, ''));
  if (after === '' || !/\p{Script=Han}|\d/u.test(before)) return null;
  return withMonthOf(before, after);
}

function clip(text: string): string {
  return text.replace(new RegExp(`^${PAUSE}+|${PAUSE}+$`, 'g'), '');
}

/** '十二月五号，不对，六号': a day corrected alone keeps the month said before it. */
function withMonthOf(before: string, after: string): string {
  const day = /^([零〇一二两三四五六七八九十\d]{1,3})(号|日)$/.exec(after);
  const month = /([零〇一二两三四五六七八九十\d]{1,3})月/.exec(before);
  return day && month ? `${month[1]}月${after}` : after;
}
