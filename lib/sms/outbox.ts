import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/types';
import { smsMessages } from '../db/schema';
import { processState } from '../runtime/process-state';
import { currentSmsProvider, type SmsProvider } from './provider';
import { renderSms, SMS_SENDER_IN_PROVINCE, type SmsParams, type SmsTemplate } from './templates';

export const MAX_SMS_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 30_000;

export type SmsRequest = { phone: string; template: SmsTemplate; params: SmsParams; applicationId?: string };

/** Written in the caller's transaction, so a state change and its SMS commit together. */
export async function enqueueSms(db: DbOrTx, request: SmsRequest): Promise<number> {
  const [row] = await db
    .insert(smsMessages)
    .values({
      phone: request.phone,
      sender: SMS_SENDER_IN_PROVINCE,
      template: request.template,
      params: request.params,
      body: renderSms(request.template, request.params),
      applicationId: request.applicationId ?? null,
    })
    .returning({ id: smsMessages.id });
  if (!row) throw new Error('sms insert returned nothing');
  return row.id;
}

/** A failed message is tried again until it has used its MAX_SMS_ATTEMPTS tries; then it stays failed. */
export function willRetry(message: { status: string; attempts: number }): boolean {
  return message.status === 'failed' && message.attempts < MAX_SMS_ATTEMPTS;
}

export function backoffMs(attempts: number): number {
  return BASE_BACKOFF_MS * 2 ** Math.min(attempts - 1, 10);
}

/** Sends what is due: new messages and failed ones whose retry time has come. */
export async function dispatchDueSms(
  db: DbOrTx,
  now: Date,
  provider: SmsProvider = currentSmsProvider(),
  limit = 100,
): Promise<{ sent: number; failed: number }> {
  const due = await db
    .select()
    .from(smsMessages)
    .where(
      and(
        inArray(smsMessages.status, ['pending', 'failed']),
        sql`${smsMessages.attempts} < ${MAX_SMS_ATTEMPTS}`,
        or(isNull(smsMessages.nextAttemptAt), lte(smsMessages.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(smsMessages.id))
    .limit(limit);
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    // Promise.resolve().then: a provider that throws synchronously is a failed try too, not an abort.
    const result = await Promise.resolve()
      .then(() => provider.send(message))
      .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    const attempts = message.attempts + 1;
    // Guard on attempts so two dispatchers never both count one try.
    const where = and(eq(smsMessages.id, message.id), eq(smsMessages.attempts, message.attempts));
    if (result.ok) {
      await db.update(smsMessages).set({ status: 'sent', attempts, sentAt: now, lastError: null, nextAttemptAt: null }).where(where);
      sent += 1;
    } else {
      await db
        .update(smsMessages)
        .set({ status: 'failed', attempts, lastError: result.error, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) })
        .where(where);
      failed += 1;
    }
  }
  return { sent, failed };
}

const dispatching = processState('sms-dispatching', () => new WeakMap<object, { again: boolean; done: Promise<void> }>());

/**
 * Sends what is due without piling up: one dispatcher per process (whichever route asks) and database at a time; a call
 * while one runs asks it to look once more. Under many filings at once this is one pass over the
 * outbox, not one per filing racing the others for the same rows.
 */
export function requestSmsDispatch(db: DbOrTx, now: Date, provider: SmsProvider = currentSmsProvider()): Promise<void> {
  const running = dispatching.get(db);
  if (running) {
    running.again = true;
    return running.done;
  }
  const state = { again: false, done: Promise.resolve() };
  state.done = (async () => {
    try {
      do {
        state.again = false;
        await dispatchDueSms(db, now, provider);
      } while (state.again);
    } finally {
      dispatching.delete(db);
    }
  })();
  dispatching.set(db, state);
  return state.done;
}
