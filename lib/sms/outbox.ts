import { and, asc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { DbOrTx } from '../db/types';
import { preparedFor } from '../db/prepared';
import { smsMessages } from '../db/schema';
import { instanceId } from '../runtime/instance-id';
import { processState } from '../runtime/process-state';
import { newSmsLinkToken, smsLinkExpiry, smsLinkUrl } from './links';
import { currentSmsProvider, type SmsProvider } from './provider';
import { renderSms, SMS_SENDER_IN_PROVINCE, type SmsParams, type SmsTemplate } from './templates';

export const MAX_SMS_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 30_000;
/** Messages taken per claim: small, so a slow carrier holds few of them and the rest stay free for other instances. */
const CLAIM_BATCH = 10;

/**
 * How long a claim keeps other senders off a message. 60 s by default: a try is one HTTPS call that
 * the carrier adapter gives up on after 10 s (TENCENT_SMS_TIMEOUT_MS), and a dispatcher starts no new
 * send once half its lease is gone, so a live sender always finishes (or releases) well inside it;
 * and a sender that crashed mid-claim delays its messages — a sign-in code an elder is waiting for —
 * by about a minute, not more. Keep it above twice the carrier timeout.
 */
export function smsLeaseMs(): number {
  const configured = Number(process.env.SMS_LEASE_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : 60_000;
}

/**
 * `at` (the app's time of the event) with an `applicationId`: the message carries a link to that 办件
 * for its recipient (lib/sms/links.ts), as the `link` parameter, expiring SMS_LINK_DAYS later.
 */
export type SmsRequest = { phone: string; template: SmsTemplate; params: SmsParams; applicationId?: string; at?: Date };

/** The outbox row of one SMS, for a statement that writes it with the state change it tells of. */
export function smsRow(request: SmsRequest): typeof smsMessages.$inferInsert {
  const linkToken = request.applicationId && request.at ? newSmsLinkToken() : null;
  const params = linkToken ? { ...request.params, link: smsLinkUrl(linkToken) } : request.params;
  return {
    phone: request.phone,
    sender: SMS_SENDER_IN_PROVINCE,
    template: request.template,
    params,
    body: renderSms(request.template, params),
    applicationId: request.applicationId ?? null,
    linkToken,
    linkExpiresAt: linkToken && request.at ? smsLinkExpiry(request.at) : null,
  };
}

/** Written in the caller's transaction, so a state change and its SMS commit together. */
export async function enqueueSms(db: DbOrTx, request: SmsRequest): Promise<number> {
  const [row] = await db.insert(smsMessages).values(smsRow(request)).returning({ id: smsMessages.id });
  if (!row) throw new Error('sms insert returned nothing');
  return row.id;
}

/**
 * A failed message is tried again until it has used its MAX_SMS_ATTEMPTS tries; then it stays failed.
 * A failed message with no next attempt got a final answer from the carrier (a wrong number, a
 * template or sign the carrier refuses, bad credentials): the same request would get the same answer.
 */
export function willRetry(message: { status: string; attempts: number; nextAttemptAt: Date | string | null }): boolean {
  return message.status === 'failed' && message.attempts < MAX_SMS_ATTEMPTS && message.nextAttemptAt !== null;
}

export function backoffMs(attempts: number): number {
  return BASE_BACKOFF_MS * 2 ** Math.min(attempts - 1, 10);
}

export type SmsDispatchOptions = {
  limit?: number;
  /** Who claims: this process unless a test stands in for another instance. */
  claimant?: string;
  leaseMs?: number;
};

type ClaimedMessage = typeof smsMessages.$inferSelect;

/** Not claimed by anyone, or claimed by a sender whose lease has run out (it crashed, or hung). */
const unleased = (): SQL => or(isNull(smsMessages.leaseUntil), lte(smsMessages.leaseUntil, sql`clock_timestamp()`)) as SQL;

/**
 * Claims up to `count` due messages in one statement: new ones, and failed ones whose retry time has
 * come (on the demo clock `now`), that no live lease holds. SKIP LOCKED lets concurrent claimers take
 * different rows instead of waiting for each other; the lease is in the database's clock, the one
 * clock every instance shares. Claiming counts the try, so a message that keeps taking its sender
 * down still stops after MAX_SMS_ATTEMPTS. Exported for tests that play a sender that crashes.
 */
export async function claimDueSms(db: Db, now: Date, count: number, claimant: string, leaseMs: number): Promise<ClaimedMessage[]> {
  const claimed = await claimStatement(db).execute({ now, count, claimant, leaseMs: Math.round(leaseMs) });
  return claimed.sort((a, b) => a.id - b.id);
}

// Prepared once per database: every filing's dispatch claims, so rebuilding this statement showed in the
// submit route's profile.
const claimStatement = preparedFor((db) => {
  const now = sql.placeholder('now');
  const due = db
    .select({ id: smsMessages.id })
    .from(smsMessages)
    .where(
      and(
        lt(smsMessages.attempts, MAX_SMS_ATTEMPTS),
        or(
          and(eq(smsMessages.status, 'pending'), or(isNull(smsMessages.nextAttemptAt), lte(smsMessages.nextAttemptAt, now))),
          and(eq(smsMessages.status, 'failed'), lte(smsMessages.nextAttemptAt, now)),
        ),
        unleased(),
      ),
    )
    .orderBy(asc(smsMessages.id))
    .limit(sql.placeholder('count'))
    .for('update', { skipLocked: true });
  return db
    .with(abandonedLastTries(db))
    .update(smsMessages)
    .set({
      claimedBy: sql`${sql.placeholder('claimant')}`,
      leaseUntil: sql`clock_timestamp() + ${sql.placeholder('leaseMs')}::integer * interval '1 millisecond'`,
      attempts: sql`${smsMessages.attempts} + 1`,
    })
    .where(inArray(smsMessages.id, due))
    .returning()
    .prepare('sms_claim_due');
});

/**
 * Marks sent every message of `ids` (with the try counted in `attempts`, same order) whose claim is
 * still this sender's. Ids and tries go as comma-separated text, which both drivers pass alike.
 */
const markSent = preparedFor((db) =>
  db
    .update(smsMessages)
    .set({ claimedBy: null, leaseUntil: null, status: 'sent', sentAt: sql`${sql.placeholder('sentAt')}`, lastError: null, nextAttemptAt: null })
    .where(
      and(
        eq(smsMessages.claimedBy, sql.placeholder('claimant')),
        sql`(${smsMessages.id}, ${smsMessages.attempts}) in (select * from unnest(string_to_array(${sql.placeholder('ids')}, ',')::integer[], string_to_array(${sql.placeholder('attempts')}, ',')::integer[]))`,
      ),
    )
    .prepare('sms_mark_sent'),
);

/**
 * How long (from its send's start) a sent message may wait for the messages sent after it, so that
 * one statement marks them all. A sender that crashes in between leaves them claimed, and they go
 * again once the lease runs out (with the same id), so the wait is kept short: a carrier taking longer
 * than this per message gets a mark after every message, as before; the outbox and a fast carrier
 * get one per claim. With a mark per message, the one dispatcher of a process fell behind a steady
 * stream of filings (thousands of acceptance SMS waiting after 15 s of filings at c=10 on PostgreSQL).
 */
const MARK_WAIT_MS = 50;

/** What the carrier took, marked sent together: when the claim is done, or once the oldest has waited MARK_WAIT_MS. */
function sentMarks(db: Db, claimant: string, now: Date) {
  let waiting: ClaimedMessage[] = [];
  let oldestSince = 0;
  const flush = async () => {
    if (waiting.length === 0) return;
    const marking = waiting;
    waiting = [];
    await markSent(db).execute({
      sentAt: now.toISOString(),
      claimant,
      ids: marking.map((m) => m.id).join(','),
      attempts: marking.map((m) => m.attempts).join(','),
    });
  };
  return {
    /** `sendingSince`: when its send started (a slow carrier's message is marked at once). */
    async add(message: ClaimedMessage, sendingSince: number) {
      if (waiting.length === 0) oldestSince = sendingSince;
      waiting.push(message);
      if (Date.now() - oldestSince >= MARK_WAIT_MS) await flush();
    },
    flush,
  };
}

/** The claim this sender still holds: nobody re-claimed it after its lease ran out (that would have counted a new try). */
const stillOurs = (message: ClaimedMessage, claimant: string): SQL =>
  and(eq(smsMessages.id, message.id), eq(smsMessages.claimedBy, claimant), eq(smsMessages.attempts, message.attempts)) as SQL;

/**
 * A sender that died on a message's last try leaves it claimed, unsent and out of tries: once the
 * lease has run out, it is failed for good, as a last failed try would be. Done by every claim, in the
 * claim's own statement (the rows are out of tries, so no claim ever takes them).
 */
function abandonedLastTries(db: DbOrTx) {
  return db.$with('abandoned_last_tries').as(
    db
      .update(smsMessages)
      .set({
        status: 'failed',
        claimedBy: null,
        leaseUntil: null,
        lastError: sql`coalesce(${smsMessages.lastError}, 'the sender stopped before the carrier answered')`,
      })
      .where(
        and(
          inArray(smsMessages.status, ['pending', 'failed']),
          sql`${smsMessages.attempts} >= ${MAX_SMS_ATTEMPTS}`,
          lte(smsMessages.leaseUntil, sql`clock_timestamp()`),
        ),
      )
      .returning({ id: smsMessages.id }),
  );
}

/**
 * Sends what is due, each message at most once at a time across every instance on the database: claim
 * a few (claimDueSms), send each with its id as the carrier's idempotency key, record the answer only
 * while the claim is still ours, and claim again until nothing is due or `limit` messages were tried.
 * Routes, the scheduler and retries all come here through requestSmsDispatch.
 */
export async function dispatchDueSms(
  db: Db,
  now: Date,
  provider: SmsProvider = currentSmsProvider(),
  options: SmsDispatchOptions = {},
): Promise<{ sent: number; failed: number }> {
  const limit = options.limit ?? 100;
  const claimant = options.claimant ?? instanceId();
  const leaseMs = options.leaseMs ?? smsLeaseMs();
  let sent = 0;
  let failed = 0;
  let handled = 0;
  while (handled < limit) {
    const claimedAt = Date.now();
    const wanted = Math.min(CLAIM_BATCH, limit - handled);
    const batch = await claimDueSms(db, now, wanted, claimant, leaseMs);
    // Fewer than asked for: nothing else was due and free, so no claim after this batch (a message
    // filed meanwhile comes with its own requestSmsDispatch, which makes the dispatcher look again).
    let last = batch.length < wanted;
    const marks = sentMarks(db, claimant, now);
    try {
      for (const [index, message] of batch.entries()) {
        // Half the lease gone: what is left goes back for anyone (this loop claims it again at once if it is free).
        if (index > 0 && Date.now() - claimedAt > leaseMs / 2) {
          await marks.flush();
          await release(db, batch.slice(index), claimant);
          last = false;
          break;
        }
        handled += 1;
        const sendingSince = Date.now();
        // Promise.resolve().then: a provider that throws synchronously is a failed try too, not an abort.
        const result = await Promise.resolve()
          .then(() => provider.send(message))
          .catch((error: unknown) => ({ ok: false as const, error: String(error), final: false }));
        if (result.ok) {
          await marks.add(message, sendingSince);
          sent += 1;
        } else {
          const nextAttemptAt = result.final ? null : new Date(now.getTime() + backoffMs(message.attempts));
          await db
            .update(smsMessages)
            .set({ claimedBy: null, leaseUntil: null, status: 'failed', lastError: result.error, nextAttemptAt })
            .where(stillOurs(message, claimant));
          failed += 1;
        }
      }
      await marks.flush();
    } catch (error) {
      // A write above failed: what the carrier took is still recorded, if the database lets us (if not,
      // those messages go again once their lease runs out, with the same id).
      await marks.flush().catch((markError: unknown) => console.error('[sms] marking sent after a failed write also failed', markError));
      throw error;
    }
    if (last) break;
  }
  return { sent, failed };
}

/** Gives back claimed messages this sender did not try: the try it counted is taken back. */
async function release(db: DbOrTx, messages: ClaimedMessage[], claimant: string): Promise<void> {
  for (const message of messages) {
    await db
      .update(smsMessages)
      .set({ claimedBy: null, leaseUntil: null, attempts: sql`${smsMessages.attempts} - 1` })
      .where(stillOurs(message, claimant));
  }
}

const dispatching = processState('sms-dispatching', () => new WeakMap<object, { again: boolean; now: Date; done: Promise<void> }>());

/**
 * The one way the app sends SMS (routes, the scheduler's tick, work after a response). One dispatcher
 * per process and database at a time; a call while one runs asks it to look once more (at the later
 * of the two clocks). Under many filings at once this is one pass over the outbox, not one per filing.
 * Across processes the claims in dispatchDueSms keep any message from going out twice.
 */
export function requestSmsDispatch(db: Db, now: Date, provider: SmsProvider = currentSmsProvider()): Promise<void> {
  const running = dispatching.get(db);
  if (running) {
    running.again = true;
    if (now > running.now) running.now = now;
    return running.done;
  }
  const state = { again: false, now, done: Promise.resolve() };
  state.done = (async () => {
    try {
      do {
        state.again = false;
        await dispatchDueSms(db, state.now, provider);
      } while (state.again);
    } finally {
      dispatching.delete(db);
    }
  })();
  dispatching.set(db, state);
  return state.done;
}
