import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { currentSession } from '@/lib/auth/current';
import { ASSIST_COOKIE, assistCookieOptions } from '@/lib/assist/resident';
import { startAssist } from '@/lib/assist/sessions';
import { appContext } from '@/lib/server/context';
import { clientAddress } from '@/lib/security/client-address';
import { assertWithinBudgets } from '@/lib/security/rate-limit';

/** 请客服帮我: a single-use 6-digit code for the staff member on the phone. */
export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { db, now } = await appContext();
  await assertWithinBudgets(db, [['assistCodesPerClient', clientAddress(req)]]);
  const session = await currentSession();
  const started = await startAssist(db, session?.person?.id ?? null, now);
  (await cookies()).set(ASSIST_COOKIE, started.id, assistCookieOptions);
  return NextResponse.json({ code: started.code, expiresAt: started.expiresAt.toISOString() }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
