'use client';

import type { VoiceProviderName } from '@/lib/voice/engine';
import type { SpeechRate } from '@/lib/voice/speech';
import type { StepVoiceLabels } from './step-voice';
import { SpeakControls } from './speak-controls';
import { fill, useVoice } from './use-voice';

/** The start page's first control: 开始办理, or 继续办理 when a draft is waiting. */
const START = '.start-action a.button, .start-action button[type="submit"]';

type Props = {
  rate: SpeechRate;
  provider: VoiceProviderName;
  labels: StepVoiceLabels & { startNotUnderstood: string };
};

/** 说一说 on a service's start page: "开始", "开始办理", "继续", "接着办" press its first button. */
export function StartVoice({ rate, provider, labels }: Props) {
  const { heard, message, listening, tell, listenFor } = useVoice(rate, labels);

  async function listen() {
    const got = await listenFor(provider, () => import('@/lib/voice/begin'));
    if (!got) return;
    const { text, loaded } = got;
    const button = document.querySelector<HTMLElement>(START);
    if (!loaded.beginsService(text) || !button) return void tell(fill(labels.startNotUnderstood, { text }));
    button.click();
  }

  return (
    <div className="voice-bar start-voice">
      <SpeakControls labels={labels} listening={listening} heard={heard} message={message} onListen={() => void listen()} />
    </div>
  );
}
