/**
 * Yes and no as people in Shandong say them: 是, 对, 行, 中, 嗯, 好嘞, 没毛病 … / 不是, 不用, 算了,
 * 不中, 不要了 …, alone or a few together ('对对对，是的'). Anything else, even one other word,
 * is neither: '是不是' is a question, '是高血压' an answer. Pure and browser-safe.
 */

const YES_WORDS = [
  '是',
  '对',
  '行',
  '中',
  '嗯',
  '好',
  '成',
  '妥',
  '管',
  '要',
  '可以',
  '没错',
  '确认',
  '确定',
  '没问题',
  '同意',
  '正确',
  '没毛病',
  '对头',
  '就是',
  '就这个',
  '就是这个',
  '是这个',
  '那是',
  '当然',
  '肯定',
  '可不',
  '可不是',
  '得',
  '那中',
  '好使',
  '没差',
  '不错',
  '对着',
  '是这样',
  '有',
  'ok',
  '欧克',
  // 确定提交吗 answered with the deed: '交上吧', '弄吧', '办吧'.
  '交上',
  '交',
  '就这么着',
  '这么着',
  '弄',
  '办',
];

const NO_WORDS = [
  '不',
  '不是',
  '不对',
  '不用',
  '不要',
  '算了',
  '取消',
  '不行',
  '不好',
  '没有',
  '错',
  '错了',
  '不需要',
  '不同意',
  '否',
  '不中',
  '不管',
  '别',
  '拉倒',
  '甭',
  '不了',
  '不是这个',
  '不是那个',
  '搞错',
  '弄错',
  '说错',
  '不想',
  '不想要',
  '不成',
  '不妥',
  '没说这个',
  '不是这样',
  // Not now: '先别交', '等等', '俺还没想好', '不弄了', '不办了'.
  '不交',
  '别交',
  '先别交',
  '先别',
  '先不',
  '不弄',
  '不办',
  '等等',
  '等一下',
  '等会',
  '等会儿',
  '没想好',
  '还没想好',
  '再寻思',
  '寻思寻思',
  '寻思',
];

/** Said around yes and no without changing them ('好嘞', '中啊', '不用了', '俺不办了'). */
const PARTICLES = [...'了啊呀吧咧嘞哪呐哈的呢啦嘛哦噢喽哇呗唻嗷呃额唉哎儿滴我俺还'];

/** '不是不交' is a yes: a no of a no, read as the deed itself. */
const DOUBLE_NO = /不是不(交|办|弄|要)/g;

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const YES = byLength(YES_WORDS);
const NO = byLength(NO_WORDS);

/** True when `said` is made only of `words` and particles, with at least one word. */
function onlyOf(said: string, words: readonly string[]): boolean {
  let rest = said;
  let found = false;
  while (rest.length > 0) {
    const word = words.find((w) => rest.startsWith(w));
    if (word) {
      rest = rest.slice(word.length);
      found = true;
      continue;
    }
    const particle = PARTICLES.find((p) => rest.startsWith(p));
    if (!particle) return false;
    rest = rest.slice(particle.length);
  }
  return found;
}

/** 'yes', 'no' or null for what was said, already without punctuation or spaces. */
export function yesOrNo(heard: string): 'yes' | 'no' | null {
  const said = heard.replace(DOUBLE_NO, '$1');
  // '别的' is "another one", not "don't".
  if (said.length === 0 || said.length > 16 || /^别的/.test(said)) return null;
  if (onlyOf(said, NO)) return 'no';
  if (onlyOf(said, YES)) return 'yes';
  return null;
}
