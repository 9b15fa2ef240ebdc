/**
 * Listening in the browser (Web Speech API, or the engine set with setSpeechEngine), for 语音版. No
 * React. Only the pages that take spoken answers import it.
 *
 * Chrome's built-in recognition sends the audio to Google and fails with error 'network' on mainland
 * networks; that comes back as reason 'network' so the page can say that voice answers need the
 * configured speech service, while reading aloud keeps working.
 */
import { speechRecognition, type RecognitionLike } from './speech';

export type ListenFailure = 'unsupported' | 'network' | 'not-allowed' | 'no-speech' | 'aborted' | 'other';
export type ListenResult = { ok: true; text: string } | { ok: false; reason: ListenFailure };

export const canListen = (): boolean => speechRecognition() !== null;

const REASONS: Readonly<Record<string, ListenFailure>> = {
  network: 'network',
  'not-allowed': 'not-allowed',
  'no-speech': 'no-speech',
  aborted: 'aborted',
};

let stopActive: (() => void) | null = null;

/** Ends the current listening, if any; its `listenOnce` resolves with reason 'aborted'. */
export function stopListening(): void {
  const stop = stopActive;
  stopActive = null;
  stop?.();
}

/** One recognition session: the first final result, or why there is none. Never rejects. */
export function listenOnce(options: { lang?: string; timeoutMs?: number } = {}): Promise<ListenResult> {
  const Recognition = speechRecognition();
  if (!Recognition) return Promise.resolve({ ok: false, reason: 'unsupported' });
  stopListening();
  return new Promise<ListenResult>((resolve) => {
    let settled = false;
    let rec: RecognitionLike;
    const settle = (result: ListenResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (stopActive === abort) stopActive = null;
      resolve(result);
    };
    const fail = (reason: ListenFailure) => settle({ ok: false, reason });
    const end = (reason: ListenFailure) => {
      fail(reason);
      try {
        rec.abort();
      } catch {
        // already ended
      }
    };
    const abort = () => end('aborted');
    const timer = setTimeout(() => end('no-speech'), options.timeoutMs ?? 12_000);
    try {
      rec = new Recognition();
    } catch {
      fail('unsupported');
      return;
    }
    rec.lang = options.lang ?? 'zh-CN';
    rec.continuous = false;
    rec.interimResults = false;
    rec.maxAlternatives = 1;
    rec.onresult = (event) => {
      const result = event.results[event.resultIndex ?? 0] ?? event.results[0];
      const text = result?.[0]?.transcript.trim() ?? '';
      if (text) settle({ ok: true, text });
      else fail('no-speech');
    };
    rec.onerror = (event) => fail(REASONS[event.error] ?? 'other');
    rec.onnomatch = () => fail('no-speech');
    rec.onend = () => fail('no-speech');
    stopActive = abort;
    try {
      rec.start();
    } catch (error) {
      fail(error instanceof Error && error.name === 'NotAllowedError' ? 'not-allowed' : 'other');
    }
  });
}
