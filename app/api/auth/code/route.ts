import { requestCodeInput, requestCodeOutput } from '@/lib/contracts/api';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, ok, readJson } from '@/lib/api/server';
import { accountForPhone } from '@/lib/auth/accounts';
import { isOwnersDevice, startAttempt } from '@/lib/auth/sign-in-device';
import { requestCode } from '@/lib/auth/sms-code';
import { appContext } from '@/lib/server/context';
import { clientAddress } from '@/lib/security/client-address';
import { assertWithinBudgets, smsToPhone } from '@/lib/security/rate-limit';
import { requestSmsDispatch } from '@/lib/sms/outbox';

export const POST = handle(async (req) => {
  assertSameOrigin(req);
  const { phone, asFamily } = await readJson(req, requestCodeInput);
  const { db, now } = await appContext();
  const found = await accountForPhone(db, phone);
  // Registered or not, the answer is the same (issue 14.5): a phone with no account gets no SMS
  // unless its owner says they come as a relative, who opens a family account with the code.
  // Spent whether or not the phone is registered, so the budgets answer alike too.
  // The owner's own device spends a budget of its own, which no flood by strangers can empty.
  const fromDevice = await isOwnersDevice(db, phone);
  await assertWithinBudgets(db, [['codeRequestsPerClient', clientAddress(req)], ...(fromDevice ? [['smsToOwnDevice', phone] as const] : smsToPhone(phone))]);
  const attempt = await startAttempt();
  const result = await requestCode(db, phone, 'sign-in', now, { attempt, fromDevice }, Boolean(found) || asFamily === true);
  if (!result.ok) {
    if (result.reason === 'too-soon') throw new ApiError(429, 'code-too-soon', { seconds: result.retryInSeconds });
    throw new ApiError(429, 'code-hourly-limit', { minutes: Math.ceil(result.retryInSeconds / 60) });
  }
  await requestSmsDispatch(db, now);
  return ok(requestCodeOutput, { sent: true, resendInSeconds: result.resendInSeconds });
});
