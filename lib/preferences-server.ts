import 'server-only';
import { cookies } from 'next/headers';
import { parsePreferences } from './preferences';
import { voiceProviderName } from './voice/azure-config';
import { parseSpeechRate, VOICE_RATE_COOKIE } from './voice/speech';

/** This device's 字号, 语音版 and speech rate, from its cookies, and the speech service the server offers. */
export async function devicePreferences() {
  const jar = await cookies();
  const get = (name: string) => jar.get(name)?.value;
  return { ...parsePreferences(get), rate: parseSpeechRate(get(VOICE_RATE_COOKIE)), provider: voiceProviderName() };
}
