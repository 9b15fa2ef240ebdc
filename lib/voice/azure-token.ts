import 'server-only';
import type { AzureSpeechConfig } from './azure-config';

/** Azure tokens live 10 minutes; hand out one that still has at least 2 left. */
const TOKEN_REUSE_MS = 8 * 60_000;
const FETCH_TIMEOUT_MS = 5_000;

export type SpeechCredentials =
  { authorizationToken: string; region: string } | { authorizationToken: string; speechRecognitionHostname: string; speechSynthesisHostname: string };

export class AzureTokenError extends Error {
  constructor(readonly upstreamStatus: number | null) {
    super(`Azure token request failed${upstreamStatus ? ` with ${upstreamStatus}` : ''}`);
    this.name = 'AzureTokenError';
  }
}

let cached: { forKey: string; token: string; until: number } | null = null;
let inFlight: Promise<string> | null = null;

export function forgetCachedToken(): void {
  cached = null;
  inFlight = null;
}

async function requestToken(config: AzureSpeechConfig): Promise<string> {
  let response: Response;
  try {
    response = await fetch(config.tokenUrl, {
      method: 'POST',
      headers: { 'Ocp-Apim-Subscription-Key': config.key, 'content-length': '0' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      cache: 'no-store',
    });
  } catch {
    throw new AzureTokenError(null);
  }
  if (!response.ok) throw new AzureTokenError(response.status);
  const token = (await response.text()).trim();
  if (!token) throw new AzureTokenError(response.status);
  return token;
}

/**
 * Credentials for the browser's speech ponyfill. One token is shared by every visitor until it is
 * near expiry, so a burst of pages asks Azure once; concurrent asks share one request.
 */
export async function speechCredentials(config: AzureSpeechConfig, now = Date.now()): Promise<{ credentials: SpeechCredentials; expiresAt: number }> {
  const forKey = `${config.tokenUrl} ${config.key}`;
  if (!cached || cached.forKey !== forKey || cached.until <= now) {
    inFlight ??= requestToken(config).finally(() => {
      inFlight = null;
    });
    const token = await inFlight;
    cached = { forKey, token, until: now + TOKEN_REUSE_MS };
  }
  const credentials: SpeechCredentials = config.hostnames
    ? { authorizationToken: cached.token, ...config.hostnames }
    : { authorizationToken: cached.token, region: config.region };
  return { credentials, expiresAt: cached.until };
}
