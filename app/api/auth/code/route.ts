import { eq } from 'drizzle-orm';
import { requestCodeInput, requestCodeOutput } from '@/lib/api/contracts';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, ok, readJson } from '@/lib/api/server';
import { requestCode } from '@/lib/auth/sms-code';
import { persons } from '@/lib/db/schema';
import { appContext } from '@/lib/server/context';
import { dispatchDueSms } from '@/lib/sms/outbox';

export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { phone } = await readJson(req, requestCodeInput);
  const { db, now } = await appContext();
  const [person] = await db.select({ id: persons.id }).from(persons).where(eq(persons.phone, phone));
  if (!person) throw new ApiError(404, 'not-insured');
  const result = await requestCode(db, phone, 'sign-in', now);
  if (!result.ok) {
    if (result.reason === 'too-soon') throw new ApiError(429, 'code-too-soon', { seconds: result.retryInSeconds });
    throw new ApiError(429, 'code-hourly-limit', { minutes: Math.ceil(result.retryInSeconds / 60) });
  }
  await dispatchDueSms(db, now);
  return ok(requestCodeOutput, { sent: true, resendInSeconds: result.resendInSeconds });
});
