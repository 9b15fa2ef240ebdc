import { createHash, randomInt, randomUUID } from 'node:crypto';
import { and, count, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { assistSessions, auditEvents, type AssistPage } from '../db/schema';
import { audit } from '../family/audit';
import { DomainError } from '../errors/domain-error';
import { cleanPage } from './mask';

export const ASSIST_RULES = {
  digits: 6,
  /** A code must be entered by staff within 10 minutes; after that it is void. */
  codeValidMs: 10 * 60_000,
  /** Wrong codes one staff member may try per window before being made to wait. */
  maxWrongGuesses: 5,
  guessWindowMs: 10 * 60_000,
} as const;

export type AssistRow = typeof assistSessions.$inferSelect;

const hashCode = (code: string) => createHash('sha256').update(`assist:${code}`).digest('hex');

/** 请客服帮我: a fresh 6-digit code, unique among codes still waiting. */
export async function startAssist(db: Db, personId: string | null, now: Date): Promise<{ id: string; code: string; expiresAt: Date }> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = String(randomInt(0, 10 ** ASSIST_RULES.digits)).padStart(ASSIST_RULES.digits, '0');
    const codeHash = hashCode(code);
    const [clash] = await db
      .select({ id: assistSessions.id })
      .from(assistSessions)
      .where(and(eq(assistSessions.codeHash, codeHash), isNull(assistSessions.claimedBy), gt(assistSessions.expiresAt, now)));
    if (clash) continue;
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + ASSIST_RULES.codeValidMs);
    await db.insert(assistSessions).values({ id, codeHash, personId, createdAt: now, expiresAt });
    return { id, code, expiresAt };
  }
  throw new DomainError('rate-limited', {}, 429);
}

/**
 * A staff member enters the code. Single use (the claim is one conditional UPDATE), void after
 * 10 minutes, and wrong guesses are limited per staff member; a wrong, used or expired code all
 * get the same answer.
 */
export async function claimAssist(db: Db, staffId: string, code: string, now: Date): Promise<AssistRow> {
  const since = new Date(now.getTime() - ASSIST_RULES.guessWindowMs);
  // One guess at a time per staff member (issue 14.10: parallel guesses let a sixth through):
  // the count, the claim and the recorded refusal happen under one lock, in one transaction.
  const outcome = await db.transaction(async (tx): Promise<AssistRow | 'limit' | 'wrong'> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`assist-claim:${staffId}`}))`);
    const [guesses] = await tx
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorKind, 'staff'),
          eq(auditEvents.actorId, staffId),
          eq(auditEvents.action, 'assist-claim'),
          eq(auditEvents.outcome, 'denied'),
          gte(auditEvents.at, since),
        ),
      );
    if ((guesses?.n ?? 0) >= ASSIST_RULES.maxWrongGuesses) return 'limit';
    const [claimed] = await tx
      .update(assistSessions)
      .set({ claimedBy: staffId, claimedAt: now })
      .where(
        and(eq(assistSessions.codeHash, hashCode(code)), isNull(assistSessions.claimedBy), isNull(assistSessions.endedAt), gt(assistSessions.expiresAt, now)),
      )
      .returning();
    if (!claimed) {
      await audit(tx, { at: now, actor: { kind: 'staff', id: staffId }, action: 'assist-claim', outcome: 'denied' });
      return 'wrong';
    }
    await audit(tx, { at: now, actor: { kind: 'staff', id: staffId }, subjectPersonId: claimed.personId, action: 'assist-claim' });
    return claimed;
  });
  if (outcome === 'limit') throw new DomainError('assist-guess-limit', { minutes: ASSIST_RULES.guessWindowMs / 60_000 }, 429);
  if (outcome === 'wrong') throw new DomainError('assist-code-wrong', {}, 404);
  return outcome;
}

export async function findAssist(db: Db, id: string): Promise<AssistRow | null> {
  const [row] = await db.select().from(assistSessions).where(eq(assistSessions.id, id));
  return row ?? null;
}

const open = (id: string) => and(eq(assistSessions.id, id), isNull(assistSessions.endedAt));

/** The resident's page, as it is now. */
export async function sharePage(db: Db, id: string, page: AssistPage): Promise<boolean> {
  const [row] = await db
    .update(assistSessions)
    .set({ page: cleanPage(page), pageVersion: sql`${assistSessions.pageVersion} + 1` })
    .where(open(id))
    .returning({ id: assistSessions.id });
  return Boolean(row);
}

/** A short hint from the staff member who holds the session; it appears on the resident's screen and is spoken. */
export async function sendHint(db: Db, staffId: string, id: string, hint: string): Promise<void> {
  const [row] = await db
    .update(assistSessions)
    .set({ hint: hint.slice(0, 100), hintVersion: sql`${assistSessions.hintVersion} + 1` })
    .where(and(open(id), eq(assistSessions.claimedBy, staffId)))
    .returning({ id: assistSessions.id });
  if (!row) throw new DomainError('assist-ended', {}, 409);
}

export async function endAssist(db: Db, id: string, now: Date): Promise<void> {
  await db.update(assistSessions).set({ endedAt: now }).where(open(id));
}

/** Open for the resident's page: not ended, and either claimed or its code still valid. */
export function isLive(row: AssistRow | null, now: Date): row is AssistRow {
  return Boolean(row && !row.endedAt && (row.claimedBy || row.expiresAt > now));
}
