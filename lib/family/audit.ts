import { and, desc, eq, gte } from 'drizzle-orm';
import { auditEvents } from '../db/schema';
import type { AuditEventRow, DbOrTx } from '../db/types';

export type AuditEntry = {
  at: Date;
  actor: { kind: string; id: string; phone?: string | null };
  subjectPersonId?: string | null;
  linkId?: string | null;
  action: string;
  outcome?: 'allowed' | 'denied';
  detail?: Record<string, string | number | null>;
};

export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    at: entry.at,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id,
    actorPhone: entry.actor.phone ?? null,
    subjectPersonId: entry.subjectPersonId ?? null,
    linkId: entry.linkId ?? null,
    action: entry.action,
    outcome: entry.outcome ?? 'allowed',
    detail: entry.detail ?? null,
  });
}

/** Looking is logged once per 10 minutes per link and kind of look, so the log stays readable. */
const REPEAT_WINDOW_MS = 10 * 60_000;

export async function auditOnce(db: DbOrTx, entry: AuditEntry & { linkId: string }): Promise<void> {
  const [recent] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.linkId, entry.linkId), eq(auditEvents.action, entry.action), gte(auditEvents.at, new Date(entry.at.getTime() - REPEAT_WINDOW_MS))),
    )
    .limit(1);
  if (!recent) await audit(db, entry);
}

/** What relatives did for this elder and every change to their links, newest first. */
export async function elderLog(db: DbOrTx, elderPersonId: string, linkId?: string, limit = 50): Promise<AuditEventRow[]> {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectPersonId, elderPersonId), linkId ? eq(auditEvents.linkId, linkId) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
