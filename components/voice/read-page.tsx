'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { SpeakerIcon } from '@/components/ui/icons';
import { prepareSpeechEngine, type VoiceProviderName } from '@/lib/voice/engine';
import { canSpeak, deviceSpeechRate, speak, stopSpeaking, stopSpeakingOnUserAction, type SpeechRate } from '@/lib/voice/speech';

type Props = { enabled: boolean; rate: SpeechRate; provider: VoiceProviderName; label: string; cannotSpeak: string };

/** Not read: hidden text, and the voice bars' own buttons and status lines. */
const SKIP = '.visually-hidden, [hidden], [aria-hidden="true"], .voice-bar';
const MAX_ELEMENTS = 12;

/** What a page says, in reading order: the top-bar title, then the first headings and paragraphs of `main`. */
export function pageSentences(root: ParentNode = document): string[] {
  const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => !el.closest(SKIP) && el.getClientRects().length > 0;
  const title = root.querySelector('.top-bar h1');
  const body = [...root.querySelectorAll('main h1, main h2, main p')].filter((el) => shown(el) && textOf(el) !== '').slice(0, MAX_ELEMENTS);
  return [...(title ? [title] : []), ...body].map(textOf).filter((text) => text !== '');
}

/** 听一听 for pages that are not steps; with 语音版 on it also reads the page on arrival. */
export function ReadPage({ enabled, rate, provider, label, cannotSpeak }: Props) {
  const [message, setMessage] = useState('');

  const read = async () => {
    await prepareSpeechEngine(provider);
    if (!canSpeak()) return setMessage(cannotSpeak);
    setMessage('');
    void speak(pageSentences(), { rate: deviceSpeechRate(rate), lang: document.documentElement.lang || 'zh-CN' });
  };
  const readOnArrival = useEffectEvent(read);
  useEffect(() => {
    if (!enabled) return;
    void readOnArrival();
    return stopSpeaking;
  }, [enabled]);
  useEffect(() => stopSpeakingOnUserAction(), []);

  return (
    <div className="voice-bar page-listen">
      <button type="button" className="voice-button" onClick={() => void read()}>
        <SpeakerIcon />
        {label}
      </button>
      <p className="voice-status" role="status">
        {message}
      </p>
    </div>
  );
}
