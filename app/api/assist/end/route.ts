import { cookies } from 'next/headers';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { ASSIST_COOKIE, residentAssist } from '@/lib/assist/resident';
import { endAssist } from '@/lib/assist/sessions';
import { appContext } from '@/lib/server/context';

/** 停止共享: the staff view ends at once. */
export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { db, now } = await appContext();
  const row = await residentAssist(db, now);
  if (row) await endAssist(db, row.id, now);
  (await cookies()).delete(ASSIST_COOKIE);
  return new Response(null, { status: 204 });
});
