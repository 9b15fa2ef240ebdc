'use client';

import type { VoiceProviderName } from '@/lib/voice/engine';
import type { SpeechRate } from '@/lib/voice/speech';
import type { StepVoiceLabels } from './step-voice';
import { SpeakControls } from './speak-controls';
import { fill, useVoice } from './use-voice';

type Props = {
  rate: SpeechRate;
  provider: VoiceProviderName;
  labels: StepVoiceLabels & { stationsNotUnderstood: string };
  /** '最近的是…，约 800 米，电话…': what "最近的" answers. */
  nearest: string;
};

/** 说一说 on the station list: "最近的" says the first station, "打电话" presses its 拨打, "导航" its 导航. */
export function StationVoice({ rate, provider, labels, nearest }: Props) {
  const { heard, message, listening, tell, listenFor } = useVoice(rate, labels);

  async function listen() {
    const got = await listenFor(provider, () => import('@/lib/voice/stations'));
    if (!got) return;
    const { text, loaded } = got;
    const command = loaded.stationCommand(text);
    const card = document.querySelector<HTMLElement>('[data-testid="station"]');
    if (!command || !card) return void tell(fill(labels.stationsNotUnderstood, { text }));
    if (command === 'nearest') {
      card.scrollIntoView({ block: 'start' });
      return void tell(nearest);
    }
    card.querySelector<HTMLElement>(command === 'call' ? '[data-testid="station-call"]' : '[data-testid="station-navigate"]')?.click();
  }

  return (
    <div className="voice-bar start-voice">
      <SpeakControls labels={labels} listening={listening} heard={heard} message={message} onListen={() => void listen()} />
    </div>
  );
}
