import { setSpeechEngine } from './speech';

export type VoiceProviderName = 'native' | 'azure';

let azure: Promise<boolean> | null = null;

/**
 * Makes speak()/listenOnce() use the configured provider. For Azure the ponyfill is fetched the
 * first time voice is actually used on a page, never with the page itself. If it cannot load,
 * or no token can be had, the browser's own voice stays in use (reading aloud still works;
 * listening says why not) and the next use tries again.
 */
export function prepareSpeechEngine(provider: VoiceProviderName): Promise<boolean> {
  if (provider !== 'azure') return Promise.resolve(true);
  azure ??= import('./azure-engine')
    .then(({ createAzureEngine }) => createAzureEngine())
    .then((engine) => {
      setSpeechEngine(engine);
      return true;
    })
    .catch(() => {
      azure = null;
      return false;
    });
  return azure;
}
