/**
 * Azure Speech in the browser through web-speech-cognitive-services. Only ever loaded with
 * `await import()` (see engine.ts): the ponyfill and the Speech SDK touch `document` at import and
 * weigh far more than a page may, so they must never be in any page's first-load JavaScript.
 */
import { createSpeechRecognitionPonyfill, createSpeechSynthesisPonyfill } from 'web-speech-cognitive-services';
import type { SpeechEngine } from './speech';

type Credentials =
  { authorizationToken: string; region: string } | { authorizationToken: string; speechRecognitionHostname: string; speechSynthesisHostname: string };
type TokenResponse = Credentials & { expiresAt: string };

let latest: { value: Credentials; until: number } | null = null;

async function credentials(): Promise<Credentials> {
  if (latest && latest.until > Date.now()) return latest.value;
  const response = await fetch('/api/voice/token', { method: 'POST', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`voice token ${response.status}`);
  const { expiresAt, ...value } = (await response.json()) as TokenResponse;
  // Ask again a minute before the server's copy runs out.
  latest = { value: value as Credentials, until: Date.parse(expiresAt) - 60_000 };
  return value;
}

/** Neural voices every Azure region offers; used until the voice list has arrived. */
const FALLBACK_VOICES: Readonly<Record<string, string>> = { zh: 'zh-CN-XiaoxiaoNeural', en: 'en-US-JennyNeural' };

function fallbackVoice(lang: string): SpeechSynthesisVoice | null {
  const name = FALLBACK_VOICES[lang.slice(0, 2).toLowerCase()];
  if (!name) return null;
  return { default: false, lang: name.slice(0, 5), localService: false, name, voiceURI: name } as SpeechSynthesisVoice;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The recognition half throws without a microphone API (e.g. a page not served over HTTPS). */
function recognitionPonyfill() {
  try {
    return createSpeechRecognitionPonyfill({ credentials }).SpeechRecognition;
  } catch {
    return undefined;
  }
}

/** Throws when no token can be had (service down, not configured): the caller keeps the browser's voice. */
export async function createAzureEngine(): Promise<SpeechEngine> {
  await credentials();
  const synthesis = createSpeechSynthesisPonyfill({ credentials });
  return {
    // A half that is missing (no Web Audio, no microphone API) falls back to the browser's own.
    speechSynthesis: synthesis.speechSynthesis as unknown as SpeechSynthesis | undefined,
    SpeechSynthesisUtterance: synthesis.SpeechSynthesisUtterance as unknown as SpeechEngine['SpeechSynthesisUtterance'],
    SpeechRecognition: recognitionPonyfill() as unknown as SpeechEngine['SpeechRecognition'],
    fallbackVoice,
    prepareText: escapeXml,
  };
}
