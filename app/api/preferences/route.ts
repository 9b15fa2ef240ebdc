import { redirectToPath } from '@/lib/api/redirect';
import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { preferencesInput } from '@/lib/contracts/api';
import { readForm, safeReturnTo } from '@/lib/api/form';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle, readJson } from '@/lib/api/server';
import { preferenceCookieOptions, TEXT_SIZE_COOKIE, VOICE_COOKIE } from '@/lib/preferences';
import { VOICE_RATE_COOKIE } from '@/lib/voice/speech';

/** Text size, 语音版 and its speech rate are remembered per device. A form post (no JavaScript) is answered with a redirect back. */
export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const isJson = (req.headers.get('content-type') ?? '').includes('application/json');
  const input = isJson ? await readJson(req, preferencesInput) : preferencesInput.parse(await readForm(req));
  const jar = await cookies();
  if (input.textSize) jar.set(TEXT_SIZE_COOKIE, input.textSize, preferenceCookieOptions);
  if (input.voice) jar.set(VOICE_COOKIE, input.voice, preferenceCookieOptions);
  if (input.rate) jar.set(VOICE_RATE_COOKIE, input.rate, preferenceCookieOptions);
  if (isJson) return NextResponse.json({ textSize: input.textSize ?? null, voice: input.voice ?? null, rate: input.rate ?? null });
  return redirectToPath(safeReturnTo(input.returnTo, '/'));
});
