import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';

vi.mock('server-only', () => ({}));

const { POST } = await import('@/app/api/voice/token/route');
const { azureSpeechConfig, voiceProviderName } = await import('@/lib/voice/azure-config');
const { forgetCachedToken } = await import('@/lib/voice/azure-token');

const KEY = 'test-subscription-key-0123456789';
const request = (headers: Record<string, string> = {}) =>
  new NextRequest('http://localhost:3000/api/voice/token', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin', ...headers } });

/** Azure's token service is outside the product: a fake that records what it was asked. */
function fakeAzure(reply: () => Response) {
  const calls: { url: string; key: string | null }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, key: new Headers(init.headers).get('ocp-apim-subscription-key') });
      return reply();
    }),
  );
  return calls;
}

beforeEach(() => forgetCachedToken());
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('voice provider configuration', () => {
  it('is Azure only with both region and key; the China cloud by AZURE_SPEECH_CLOUD', () => {
    expect(voiceProviderName({})).toBe('native');
    expect(voiceProviderName({ AZURE_SPEECH_REGION: 'chinaeast2' })).toBe('native');
    expect(voiceProviderName({ AZURE_SPEECH_KEY: KEY })).toBe('native');
    expect(voiceProviderName({ AZURE_SPEECH_REGION: 'east asia!', AZURE_SPEECH_KEY: KEY })).toBe('native');
    expect(voiceProviderName({ AZURE_SPEECH_REGION: 'eastasia', AZURE_SPEECH_KEY: KEY })).toBe('azure');
    expect(azureSpeechConfig({ AZURE_SPEECH_REGION: 'eastasia', AZURE_SPEECH_KEY: KEY })).toMatchObject({
      cloud: 'global',
      tokenUrl: 'https://eastasia.api.cognitive.microsoft.com/sts/v1.0/issueToken',
      hostnames: null,
    });
    expect(azureSpeechConfig({ AZURE_SPEECH_REGION: 'ChinaEast2', AZURE_SPEECH_KEY: KEY, AZURE_SPEECH_CLOUD: 'china' })).toMatchObject({
      cloud: 'china',
      tokenUrl: 'https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken',
      hostnames: { speechRecognitionHostname: 'chinaeast2.stt.speech.azure.cn', speechSynthesisHostname: 'chinaeast2.tts.speech.azure.cn' },
    });
  });
});

describe('POST /api/voice/token', () => {
  it('is 404 JSON when no speech service is configured', async () => {
    const calls = fakeAzure(() => new Response('never'));
    const res = await POST(request(), undefined);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('voice-not-configured');
    expect(calls).toEqual([]);
  });

  it('hands out a token and region, never the key, and reuses the token', async () => {
    vi.stubEnv('AZURE_SPEECH_REGION', 'eastasia');
    vi.stubEnv('AZURE_SPEECH_KEY', KEY);
    const calls = fakeAzure(() => new Response('token-abc'));
    const res = await POST(request(), undefined);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).not.toContain(KEY);
    const body = JSON.parse(text);
    expect(body).toMatchObject({ authorizationToken: 'token-abc', region: 'eastasia' });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 7 * 60_000);
    expect(calls).toEqual([{ url: 'https://eastasia.api.cognitive.microsoft.com/sts/v1.0/issueToken', key: KEY }]);

    await Promise.all([POST(request(), undefined), POST(request(), undefined)]);
    expect(calls).toHaveLength(1); // reused

    forgetCachedToken();
    await Promise.all([POST(request(), undefined), POST(request(), undefined), POST(request(), undefined)]);
    expect(calls).toHaveLength(2); // concurrent asks share one request
  });

  it('gives hostnames instead of the region for the China cloud', async () => {
    vi.stubEnv('AZURE_SPEECH_REGION', 'chinaeast2');
    vi.stubEnv('AZURE_SPEECH_KEY', KEY);
    vi.stubEnv('AZURE_SPEECH_CLOUD', 'china');
    const calls = fakeAzure(() => new Response('token-cn'));
    const body = await (await POST(request(), undefined)).json();
    expect(body).toEqual({
      authorizationToken: 'token-cn',
      speechRecognitionHostname: 'chinaeast2.stt.speech.azure.cn',
      speechSynthesisHostname: 'chinaeast2.tts.speech.azure.cn',
      expiresAt: expect.any(String),
    });
    expect(calls[0]?.url).toBe('https://chinaeast2.api.cognitive.azure.cn/sts/v1.0/issueToken');
  });

  it('says plainly when Azure refuses or cannot be reached (4xx JSON, no key in it), then recovers', async () => {
    vi.stubEnv('AZURE_SPEECH_REGION', 'eastasia');
    vi.stubEnv('AZURE_SPEECH_KEY', KEY);
    fakeAzure(() => new Response('bad key', { status: 401 }));
    const refused = await POST(request(), undefined);
    expect(refused.status).toBe(424);
    const text = await refused.text();
    expect(JSON.parse(text).error).toMatchObject({ code: 'voice-service-unavailable', message: expect.stringContaining('语音服务') });
    expect(text).not.toContain(KEY);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    expect((await POST(request(), undefined)).status).toBe(424);

    fakeAzure(() => new Response('token-later'));
    expect((await (await POST(request(), undefined)).json()).authorizationToken).toBe('token-later');
  });

  it('refuses a request from another site', async () => {
    vi.stubEnv('AZURE_SPEECH_REGION', 'eastasia');
    vi.stubEnv('AZURE_SPEECH_KEY', KEY);
    const calls = fakeAzure(() => new Response('token'));
    const res = await POST(request({ origin: 'https://evil.example', host: 'localhost:3000' }), undefined);
    expect(res.status).toBe(403);
    expect(calls).toEqual([]);
  });
});
