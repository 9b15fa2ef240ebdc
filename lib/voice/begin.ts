/**
 * A service's start page by voice: "开始", "开始办理", "继续", "接着办" (and a plain yes) begin it.
 * Pure and browser-safe; loaded when the person first presses 说一说 there.
 */
import { matchAnswer, type VoiceCandidate } from './match';

const BEGIN: VoiceCandidate[] = [
  { value: 'begin', labels: ['开始', '开始办理', '开始办', '办理', '办', '我要办', '我要办理', '办这个', '继续办理', '接着办理', '开办', '办吧', '现在办'] },
];

/** True when what was heard asks to begin (or carry on with) the service. */
export function beginsService(heard: string): boolean {
  // '不办了', '先别开始': a no said around the words that begin is not a yes.
  if (/不|别|甭|算了/.test(heard)) return false;
  const result = matchAnswer(heard, BEGIN, 'choice', { today: '' });
  return result.kind === 'answer' || (result.kind === 'command' && (result.command === 'next' || result.command === 'yes'));
}
