import type { VoiceCandidate } from './match';

/** The words that begin (or carry on with) a service on its start page; 继续 / 接着办 are also the 'next' command. */
export const BEGIN_CANDIDATES: VoiceCandidate[] = [
  { value: 'begin', labels: ['开始', '开始办理', '开始办', '办理', '我要办', '我要办理', '继续办理', '接着办理', '开办'] },
];
