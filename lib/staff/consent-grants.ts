import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { auditEvents } from '../db/schema';
import type { DbOrTx, PersonRow } from '../db/types';
import { audit } from '../family/audit';
import { DomainError } from '../errors/domain-error';
import { CONSENT_RULES } from './consent';

export type ConsentMethod = 'consent-code' | 'in-person';

const methodOf = (detail: Record<string, string | number | null> | null): ConsentMethod => (detail?.method === 'in-person' ? 'in-person' : 'consent-code');

/** The resident ended this staff member's consent after it was given (their own act, from 亲情账户); `audit_events` is the outer row, the grant. */
const endedAfterGrant = (staffId: string, personId: string) =>
  sql<boolean>`exists (select 1 from audit_events e where e.subject_person_id = ${personId} and e.action = 'consent-ended' and e.detail->>'staffId' = ${staffId} and e.id > audit_events.id)`;

/**
 * How the resident's current consent to this staff member was given: their code, or an in-person ID
 * check. The newest grant counts, for 30 minutes, unless the resident has ended it since.
 */
export async function consentMethod(db: DbOrTx, staffId: string, personId: string, at: Date): Promise<ConsentMethod | null> {
  const [row] = await db
    .select({ detail: auditEvents.detail, ended: endedAfterGrant(staffId, personId) })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorKind, 'staff'),
        eq(auditEvents.actorId, staffId),
        eq(auditEvents.subjectPersonId, personId),
        eq(auditEvents.action, 'consent-verified'),
        eq(auditEvents.outcome, 'allowed'),
        gte(auditEvents.at, new Date(at.getTime() - CONSENT_RULES.grantMs)),
        lte(auditEvents.at, at),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!row || row.ended) return null;
  return methodOf(row.detail);
}

export async function hasFreshConsent(db: DbOrTx, staffId: string, personId: string, at: Date): Promise<boolean> {
  return (await consentMethod(db, staffId, personId, at)) !== null;
}

/** How far back the resident sees the consents staff were given. */
const SHOWN_FOR_MS = 30 * 86_400_000;

export type ConsentGrant = {
  id: number;
  staffId: string;
  staffNo: string;
  station: string | null;
  method: ConsentMethod;
  at: Date;
  until: Date;
  /** active: staff may act now; ended: the resident ended it; past: its 30 minutes are over (or a newer check replaced it). */
  state: 'active' | 'ended' | 'past';
};

/** The consents staff were given for this resident in the last 30 days, newest first, each with what it is now. */
export async function consentGrantsFor(db: DbOrTx, personId: string, now: Date): Promise<ConsentGrant[]> {
  const rows = await db
    .select({ id: auditEvents.id, action: auditEvents.action, actorId: auditEvents.actorId, at: auditEvents.at, detail: auditEvents.detail })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectPersonId, personId),
        inArray(auditEvents.action, ['consent-verified', 'consent-ended']),
        eq(auditEvents.outcome, 'allowed'),
        gte(auditEvents.at, new Date(now.getTime() - SHOWN_FOR_MS)),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(100);
  const grants = rows.filter((r) => r.action === 'consent-verified');
  const ends = rows.filter((r) => r.action === 'consent-ended');
  return grants.slice(0, 20).map((g) => {
    const until = new Date(g.at.getTime() + CONSENT_RULES.grantMs);
    const ended = ends.some((e) => e.detail?.staffId === g.actorId && e.id > g.id);
    const newest = !grants.some((other) => other.actorId === g.actorId && other.id > g.id);
    const state = ended ? 'ended' : newest && g.at <= now && until > now ? 'active' : 'past';
    const staffNo = typeof g.detail?.staffNo === 'string' ? g.detail.staffNo : '';
    const station = typeof g.detail?.station === 'string' ? g.detail.station : null;
    return { id: g.id, staffId: g.actorId, staffNo, station, method: methodOf(g.detail), at: g.at, until, state };
  });
}

/** The resident ends a staff member's consent at once: from the next request that staff member no longer acts for them. */
export async function endConsentGrant(db: DbOrTx, elder: PersonRow, grantId: number, now: Date): Promise<ConsentGrant> {
  const grant = (await consentGrantsFor(db, elder.id, now)).find((g) => g.id === grantId);
  if (!grant) throw new DomainError('not-found', {}, 404);
  if (grant.state !== 'active') throw new DomainError('staff-consent-not-active', {}, 409);
  await audit(db, {
    at: now,
    actor: { kind: 'resident', id: elder.id, phone: elder.phone },
    subjectPersonId: elder.id,
    action: 'consent-ended',
    detail: { staffId: grant.staffId, staffNo: grant.staffNo, grantId: grant.id },
  });
  return { ...grant, state: 'ended' };
}
