import { NextResponse } from 'next/server';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { azureSpeechConfig } from '@/lib/voice/azure-config';
import { AzureTokenError, speechCredentials } from '@/lib/voice/azure-token';

/** A short-lived Azure Speech token for this page's speech ponyfill; the key never leaves the server. */
export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const config = azureSpeechConfig();
  if (!config) throw new ApiError(404, 'voice-not-configured');
  try {
    const { credentials, expiresAt } = await speechCredentials(config);
    return NextResponse.json({ ...credentials, expiresAt: new Date(expiresAt).toISOString() }, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    // The speech service is outside the product: say so as a dependency failure, not a server bug.
    if (error instanceof AzureTokenError) throw new ApiError(424, 'voice-service-unavailable');
    throw error;
  }
});
