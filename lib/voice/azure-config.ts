import 'server-only';

/**
 * Azure Speech, used only when AZURE_SPEECH_REGION and AZURE_SPEECH_KEY are both set.
 * AZURE_SPEECH_CLOUD=china selects the Azure China (世纪互联) endpoints; anything else the global ones.
 * The key stays here: the browser only ever gets short-lived tokens from /api/voice/token.
 */
export type AzureCloud = 'global' | 'china';
export type AzureSpeechConfig = {
  region: string;
  key: string;
  cloud: AzureCloud;
  tokenUrl: string;
  /** Set for the China cloud, where the ponyfill must be told the hosts instead of the region. */
  hostnames: { speechRecognitionHostname: string; speechSynthesisHostname: string } | null;
};

const REGION = /^[a-z0-9]{2,32}$/;

export function azureSpeechConfig(env: Readonly<Record<string, string | undefined>> = process.env): AzureSpeechConfig | null {
  const region = env.AZURE_SPEECH_REGION?.trim().toLowerCase() ?? '';
  const key = env.AZURE_SPEECH_KEY?.trim() ?? '';
  if (!region || !key || !REGION.test(region)) return null;
  const cloud: AzureCloud = env.AZURE_SPEECH_CLOUD?.trim().toLowerCase() === 'china' ? 'china' : 'global';
  if (cloud === 'china') {
    return {
      region,
      key,
      cloud,
      tokenUrl: `https://${region}.api.cognitive.azure.cn/sts/v1.0/issueToken`,
      hostnames: { speechRecognitionHostname: `${region}.stt.speech.azure.cn`, speechSynthesisHostname: `${region}.tts.speech.azure.cn` },
    };
  }
  return { region, key, cloud, tokenUrl: `https://${region}.api.cognitive.microsoft.com/sts/v1.0/issueToken`, hostnames: null };
}

export type { VoiceProviderName } from './engine';
import type { VoiceProviderName } from './engine';

export function voiceProviderName(env: Readonly<Record<string, string | undefined>> = process.env): VoiceProviderName {
  return azureSpeechConfig(env) ? 'azure' : 'native';
}
