'use client';

import { useEffect, useRef, useState } from 'react';
import { prepareSpeechEngine, type VoiceProviderName } from '@/lib/voice/engine';
import { canListen, listenOnce, stopListening, type ListenFailure } from '@/lib/voice/listen';
import { canSpeak, speak, stopSpeaking, stopSpeakingOnUserAction, type SpeechRate } from '@/lib/voice/speech';

/** The words said when listening fails (see StepVoiceLabels). */
export type ListenLabels = { cannotListen: string; networkFailed: string; micBlocked?: string; noSpeech?: string };

export const pageLang = () => document.documentElement.lang || 'zh-CN';

/** '已选：{text}' filled; unknown names stay as they are. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** An IsoDate in the page's language ('2027年1月15日'). */
export function dateWords(iso: string): string {
  return new Intl.DateTimeFormat(pageLang(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Speaking and listening for one voice bar: the status line (shown and said), what was heard, and
 * `acted`, which counts the person's own taps so a question asked aloud is not answered for them.
 */
export function useVoice(rate: SpeechRate, labels: ListenLabels) {
  const [heard, setHeard] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [listening, setListening] = useState(false);
  const acted = useRef(0);

  useEffect(() => {
    const cleanUp = stopSpeakingOnUserAction(() => acted.current++);
    return () => {
      cleanUp();
      stopListening();
    };
  }, []);

  const say = (lines: string[], onError?: (error: string) => void) => speak(lines, { rate, lang: pageLang(), onError });

  /** On screen in the status line, and aloud (`spoken` when the words read differ from those shown). */
  const tell = (text: string, spoken = text) => {
    setMessage(text);
    return canSpeak() ? say([spoken]) : Promise.resolve();
  };

  async function hear(): Promise<string | null> {
    setListening(true);
    const result = await listenOnce({ lang: 'zh-CN' });
    setListening(false);
    if (result.ok) {
      setHeard(result.text);
      return result.text;
    }
    const failures: Record<ListenFailure, string | undefined> = {
      unsupported: labels.cannotListen,
      network: labels.networkFailed,
      'not-allowed': labels.micBlocked ?? labels.cannotListen,
      'no-speech': labels.noSpeech,
      aborted: undefined,
      other: labels.cannotListen,
    };
    const text = failures[result.reason];
    if (text) void tell(text);
    return null;
  }

  /**
   * 说一说 pressed: stops a listen in progress, else listens once while `load` fetches what will read
   * the words (its code loads while the person speaks, not with the page). Null when nothing to act on.
   */
  async function listenFor<M>(provider: VoiceProviderName, load: () => Promise<M>): Promise<{ text: string; loaded: M } | null> {
    if (listening) {
      stopListening();
      return null;
    }
    await prepareSpeechEngine(provider);
    if (!canListen()) return (tell(labels.cannotListen), null);
    stopSpeaking();
    setMessage('');
    const pending = load().catch(() => null);
    const text = await hear();
    if (text === null) return null;
    const loaded = await pending;
    if (loaded === null) return (tell(labels.cannotListen), null);
    return { text, loaded };
  }

  return { heard, message, setMessage, listening, acted, say, tell, hear, listenFor };
}
