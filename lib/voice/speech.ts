/**
 * Speaking in the browser (Web Speech API), for 语音版, and the speech engine both speaking and
 * listening (./listen.ts) use. No React. Listening lives in its own module so that the pages that only
 * read aloud do not carry it.
 *
 * Everything reads `window` when called, never at import, so this module is safe to import on the
 * server and in tests that install a fake window afterwards.
 */

export const VOICE_RATE_COOKIE = 'yb_voice_rate';
export const speechRates = { slow: 0.8, medium: 1.0, fast: 1.2 } as const;
export type SpeechRate = keyof typeof speechRates;
export const DEFAULT_SPEECH_RATE: SpeechRate = 'slow';

export function parseSpeechRate(value: string | undefined | null): SpeechRate {
  return value === 'slow' || value === 'medium' || value === 'fast' ? value : DEFAULT_SPEECH_RATE;
}

/**
 * The rate this device chose, read from its cookie when speaking: 我的 saves a new rate in place, so a
 * page's own `rate` (rendered before) can be a moment behind. `fallback` where there is no cookie.
 */
export function deviceSpeechRate(fallback: SpeechRate): SpeechRate {
  const saved = document.cookie.split('; ').find((c) => c.startsWith(`${VOICE_RATE_COOKIE}=`));
  return saved ? parseSpeechRate(saved.slice(VOICE_RATE_COOKIE.length + 1)) : fallback;
}

// ---------------------------------------------------------------- the window, read at use time

type RecognitionEventLike = { resultIndex?: number; results: ArrayLike<ArrayLike<{ transcript: string }>> };
export type RecognitionLike = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionEventLike) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onnomatch: (() => void) | null;
  onend: (() => void) | null;
  start(): void;
  abort(): void;
};
type RecognitionConstructor = new () => RecognitionLike;
type UtteranceConstructor = new (text: string) => SpeechSynthesisUtterance;
type SpeechWindow = {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: UtteranceConstructor;
  SpeechRecognition?: RecognitionConstructor;
  webkitSpeechRecognition?: RecognitionConstructor;
};

/** A speech service standing in for the browser's own, e.g. the Azure ponyfill; what it lacks comes from the browser. */
export type SpeechEngine = SpeechWindow & {
  /** The voice to use when the engine has not listed its voices yet (Azure's default is English). */
  fallbackVoice?: (lang: string) => SpeechSynthesisVoice | null;
  /** Text as the engine must receive it (Azure wraps it in SSML unescaped). */
  prepareText?: (text: string) => string;
};

let engineOverride: SpeechEngine | null = null;

export function setSpeechEngine(engine: SpeechEngine | null): void {
  if (engine !== engineOverride) stopSpeaking();
  engineOverride = engine;
}

function speechWindow(): SpeechWindow | undefined {
  return typeof window === 'undefined' ? undefined : (window as unknown as SpeechWindow);
}

/** The recognition of the engine in use, else the browser's: what ./listen.ts listens with. */
export function speechRecognition(): RecognitionConstructor | null {
  const w = speechWindow();
  return engineOverride?.SpeechRecognition ?? w?.SpeechRecognition ?? w?.webkitSpeechRecognition ?? null;
}

type Synthesis = { synth: SpeechSynthesis; Utterance: UtteranceConstructor; engine: SpeechEngine | null };

function synthesis(): Synthesis | null {
  const o = engineOverride;
  if (o?.speechSynthesis && o.SpeechSynthesisUtterance) return { synth: o.speechSynthesis, Utterance: o.SpeechSynthesisUtterance, engine: o };
  const w = speechWindow();
  return w?.speechSynthesis && w.SpeechSynthesisUtterance ? { synth: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance, engine: null } : null;
}

export const canSpeak = (): boolean => synthesis() !== null;

// ---------------------------------------------------------------- voices

/** A voice for `lang`: for Chinese a mainland Mandarin one (not 粤语 zh-HK), on-device first, since network voices fail where Google is unreachable. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang = 'zh-CN'): SpeechSynthesisVoice | null {
  const tag = (v: SpeechSynthesisVoice) => v.lang.replace(/_/g, '-').toLowerCase();
  const wanted = lang.toLowerCase();
  const fits = wanted.startsWith('zh')
    ? (v: SpeechSynthesisVoice) => /^(zh-cn|zh-hans(-cn)?|cmn(-hans)?(-cn)?)$/.test(tag(v))
    : (v: SpeechSynthesisVoice) => tag(v) === wanted || tag(v).split('-')[0] === wanted.split('-')[0];
  const matching = voices.filter(fits);
  return (
    matching.find((v) => v.localService && tag(v) === wanted) ??
    matching.find((v) => v.localService) ??
    matching.find((v) => tag(v) === wanted) ??
    matching[0] ??
    null
  );
}

const chosenVoices = new WeakMap<SpeechSynthesis, Map<string, SpeechSynthesisVoice | null>>();
/** Engines that never announced voices within the wait: later calls do not wait again. */
const gaveUpWaiting = new WeakSet<SpeechSynthesis>();

function voicesChanged(synth: SpeechSynthesis, waitMs: number): Promise<SpeechSynthesisVoice[]> {
  if (waitMs <= 0 || typeof synth.addEventListener !== 'function') return Promise.resolve(synth.getVoices());
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', finish);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(finish, waitMs);
    synth.addEventListener('voiceschanged', finish);
  });
}

/** The voice for `lang`, picked once the engine has listed its voices (Chrome lists them late). */
async function voiceFor(synth: SpeechSynthesis, lang: string, waitMs: number): Promise<SpeechSynthesisVoice | null> {
  const known = chosenVoices.get(synth);
  if (known?.has(lang)) return known.get(lang) ?? null;
  let voices = synth.getVoices();
  if (voices.length === 0) voices = await voicesChanged(synth, gaveUpWaiting.has(synth) ? 0 : waitMs);
  if (voices.length === 0) {
    gaveUpWaiting.add(synth);
    return null; // not remembered: the voices may still arrive
  }
  const voice = pickVoice(voices, lang);
  chosenVoices.set(synth, (known ?? new Map()).set(lang, voice));
  return voice;
}

// ---------------------------------------------------------------- speaking

export type SpeakOptions = {
  rate?: SpeechRate | number;
  /** Language of the sentences (the page's `<html lang>`); default zh-CN. */
  lang?: string;
  /** How long to wait for the engine to list its voices the first time; default 1 s. */
  voiceWaitMs?: number;
  /** A sentence failed, e.g. 'not-allowed' when the browser refuses to speak before the user has touched the page. */
  onError?: (error: string) => void;
};

/** Bumped by every speak and stop: a speech that is no longer the latest goes quiet. */
let generation = 0;
let settleSpeech: (() => void) | null = null;
/** Chrome drops `onend` for utterances nothing in JavaScript refers to any more: held here, never read. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
let spoken: SpeechSynthesisUtterance[] = [];

export function stopSpeaking(): void {
  generation++;
  synthesis()?.synth.cancel();
  const settle = settleSpeech;
  settleSpeech = null;
  spoken = [];
  settle?.();
}

/** Longest one sentence may take before moving on, in case the engine never says it has finished. */
function watchdogMs(text: string, rate: number): number {
  return 4000 + (text.length * 400) / rate;
}

/**
 * Speaks the sentences in order, one utterance each, after cancelling anything being spoken.
 * Resolves when the last has been spoken, or at once when stopped, refused or unsupported.
 */
export async function speak(sentences: readonly string[], options: SpeakOptions = {}): Promise<void> {
  const engine = synthesis();
  const wasBusy = engine !== null && (engine.synth.speaking || engine.synth.pending);
  stopSpeaking();
  const texts = sentences.map((s) => s.trim()).filter((s) => s.length > 0);
  if (!engine || texts.length === 0) return;
  const { synth, Utterance, engine: service } = engine;
  const mine = generation;
  // Some Chrome versions drop an utterance queued straight after cancel().
  if (wasBusy) await new Promise((resolve) => setTimeout(resolve, 60));
  const lang = options.lang ?? 'zh-CN';
  const listed = mine === generation ? await voiceFor(synth, lang, options.voiceWaitMs ?? 1000) : null;
  const voice = listed ?? service?.fallbackVoice?.(lang) ?? null;
  if (mine !== generation) return;
  const rate = typeof options.rate === 'number' ? options.rate : speechRates[options.rate ?? DEFAULT_SPEECH_RATE];
  const utterances = texts.map((text) => {
    const u = new Utterance(service?.prepareText ? service.prepareText(text) : text);
    u.lang = voice?.lang.replace(/_/g, '-') ?? lang;
    if (voice) u.voice = voice;
    u.rate = rate;
    return u;
  });
  spoken = utterances;
  if (synth.paused) synth.resume();

  await new Promise<void>((resolve) => {
    settleSpeech = resolve;
    const finish = () => {
      if (mine !== generation) return;
      settleSpeech = null;
      spoken = [];
      resolve();
    };
    const sayFrom = (index: number) => {
      if (mine !== generation) return; // stopped: already resolved
      const u = utterances[index];
      if (!u) return finish();
      let moved = false;
      const next = () => {
        if (moved) return;
        moved = true;
        clearTimeout(watchdog);
        sayFrom(index + 1);
      };
      const watchdog = setTimeout(next, watchdogMs(u.text, rate));
      u.onend = next;
      u.onerror = (event) => {
        if (mine !== generation) return; // 'interrupted' / 'canceled' after a stop
        options.onError?.(event.error);
        if (event.error === 'not-allowed') {
          clearTimeout(watchdog);
          finish();
        } else next();
      };
      // The Azure ponyfill's speak() returns a promise that rejects on failure; onerror already handles it.
      const pending: unknown = synth.speak(u);
      if (pending instanceof Promise) pending.catch(() => {});
    };
    sayFrom(0);
  });
}

/**
 * "Speaking stops when the user acts": any pointerdown or keydown on the page, or leaving it.
 * Returns the clean-up. `onAct` hears about each action (to skip a follow-up once the user has acted).
 */
export function stopSpeakingOnUserAction(onAct?: () => void): () => void {
  if (typeof document === 'undefined' || typeof window === 'undefined') return () => {};
  const act = () => {
    stopSpeaking();
    onAct?.();
  };
  document.addEventListener('pointerdown', act, true);
  document.addEventListener('keydown', act, true);
  window.addEventListener('pagehide', stopSpeaking);
  return () => {
    document.removeEventListener('pointerdown', act, true);
    document.removeEventListener('keydown', act, true);
    window.removeEventListener('pagehide', stopSpeaking);
  };
}
