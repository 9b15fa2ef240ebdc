/**
 * Spoken commands on any step: 下一步, 返回, 再说一遍, 确认提交, and yes / no. Pure and browser-safe.
 */
import { clean, normalise } from './normalise';
import { yesOrNo } from './yes-no';

export type VoiceCommand = 'next' | 'back' | 'repeat' | 'submit' | 'yes' | 'no';

const COMMANDS: readonly (readonly [VoiceCommand, RegExp])[] = [
  ['repeat', /再(说|讲|念|读|来)一(遍|次)|没听(清|懂|见|明白)|听不(清|懂|明白)|重复|说啥|说的啥/],
  ['submit', /提交/],
  // '下一个星期三' is a date, not "next".
  ['next', /下一(步|页)|下一个(?!星期|礼拜|月)|继续|往下|接着(办|来|往下|弄|填)/],
  ['back', /返回|上一(步|页)|回去|退回|改改?前(边|面|头)/],
];

/** Commands anywhere in the utterance; yes/no only when that is all that was said. */
export function commandOf(heard: string): VoiceCommand | null {
  const said = clean(heard);
  const found = COMMANDS.find(([, re]) => re.test(said));
  if (found) return found[0];
  // '别的' is "another one", not "don't" ('的' is otherwise a particle a no may end with).
  if (said.startsWith('别的')) return null;
  return yesOrNo(said) ?? yesOrNo(normalise(heard));
}
