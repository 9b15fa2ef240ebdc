import 'server-only';
import { eq } from 'drizzle-orm';
import { accessDenied } from '../errors/domain-error';
import type { Db } from '../db/client';
import { getDb } from '../db/client';
import { persons, type ActedBy } from '../db/schema';
import type { PersonRow, ProxyLinkRow } from '../db/types';
import { audit, auditOnce } from '../family/audit';
import { activeLinkFor, canAct, latestLinkId } from '../family/links';
import { now as clockNow } from '../jingban/clock';
import type { Actor } from '../jingban/status';
import { currentSession } from './current';
import { currentStaffSession } from '../staff/session';
import { hasFreshConsent } from '../staff/consent-grants';
import type { StaffRow } from '../staff/sign-in';
import { sessionAccount, setActingFor, type Account, type Session } from './session';

/**
 * What a request may do, decided on the server for every route:
 * - `view`: see applications and filings;
 * - `act`: file, change or cancel for one service (`any`: upload photos, which every filing flow uses).
 * `action` names the deed in the elder's log when a relative does it; `quiet` deeds (answering one
 * step) are logged once in a while, like looking, rather than every time.
 */
export type Need = { kind: 'view'; action: string } | { kind: 'act'; service: string; action: string; quiet?: boolean };

export type StaffAccount = { kind: 'staff'; id: string; name: string; phone: string; gender: null };

export type Access = {
  /** Whose data this is: the signed-in resident, the elder a relative acts for, or the resident staff fill in for. */
  subject: PersonRow;
  account: Account | StaffAccount;
  session: Session | null;
  /** Set when a relative acts through a 亲情账户 link. */
  link: ProxyLinkRow | null;
  actor: Actor;
};

export function actorFor(account: Account, link: ProxyLinkRow | null): Actor {
  if (!link) return { kind: account.kind, id: account.id, channel: 'online' };
  const actedBy: ActedBy = { kind: 'relative', linkId: link.id, name: account.name, relation: link.relation, gender: account.gender };
  return { kind: 'family', id: account.id, channel: 'online', actedBy };
}

function allows(link: ProxyLinkRow, need: Need): boolean {
  if (need.kind === 'view') return true;
  return need.service === 'any' ? link.scope.act.length > 0 : canAct(link, need.service);
}

async function deny(db: Db, account: Account, at: Date, code: string, need: Need, subjectPersonId: string | null, linkId: string | null): Promise<never> {
  // A refused relative is filed under their latest link (even an ended one), so the elder sees it with that relative.
  if (!linkId && subjectPersonId) linkId = await latestLinkId(db, subjectPersonId, account.phone);
  await audit(db, {
    at,
    actor: { kind: account.kind, id: account.id, phone: account.phone },
    subjectPersonId,
    linkId,
    action: need.action,
    outcome: 'denied',
    detail: { reason: code, ...(need.kind === 'act' ? { service: need.service } : {}) },
  });
  throw accessDenied(403, code);
}

async function grant(db: Db, session: Session, account: Account, subject: PersonRow, link: ProxyLinkRow | null, need: Need, at: Date): Promise<Access> {
  if (link) {
    const entry = {
      at,
      actor: { kind: account.kind, id: account.id, phone: account.phone },
      subjectPersonId: subject.id,
      linkId: link.id,
      action: need.action,
    };
    // Looking is logged once in a while; every deed is logged.
    if (need.kind === 'view' || need.quiet) await auditOnce(db, entry);
    else await audit(db, entry);
  }
  return { subject, account, session, link, actor: actorFor(account, link) };
}

export async function requireSession(): Promise<Session> {
  const session = await currentSession();
  if (!session) throw accessDenied(401, 'sign-in-required');
  return session;
}

/** A resident or relative signed in, or staff filling in for a resident who gave consent. */
export async function requireCaller(): Promise<void> {
  if (await currentSession()) return;
  if (await staffGrant(await getDb())) return;
  throw accessDenied(401, 'sign-in-required');
}

/**
 * 坐席代办: staff act for the resident they verified the consent code of, for 30 minutes from
 * that consent; everything they do is recorded with their 工号 and channel.
 */
export async function staffGrant(db: Db): Promise<{ member: StaffRow; person: PersonRow } | null> {
  const staffSession = await currentStaffSession();
  if (!staffSession?.actingFor) return null;
  const at = await clockNow(db);
  if (!(await hasFreshConsent(db, staffSession.member.id, staffSession.actingFor, at))) return null;
  const [person] = await db.select().from(persons).where(eq(persons.id, staffSession.actingFor));
  return person ? { member: staffSession.member, person } : null;
}

async function staffAccess(db: Db, member: StaffRow, person: PersonRow, need: Need, personId?: string): Promise<Access> {
  const at = await clockNow(db);
  const account: StaffAccount = { kind: 'staff', id: member.staffNo, name: member.name, phone: '', gender: null };
  if (personId && personId !== person.id) {
    await audit(db, {
      at,
      actor: { kind: 'staff', id: member.staffNo },
      subjectPersonId: personId,
      action: need.action,
      outcome: 'denied',
      detail: { reason: 'forbidden' },
    });
    throw accessDenied(403, 'forbidden');
  }
  const entry = { at, actor: { kind: 'staff', id: member.staffNo }, subjectPersonId: person.id, action: need.action, detail: { station: member.station } };
  if (need.kind === 'view' || need.quiet) await auditOnce(db, { ...entry, linkId: `staff:${member.staffNo}` });
  else await audit(db, entry);
  const actor: Actor = { kind: 'staff', id: member.staffNo, channel: member.role === 'station' ? 'station' : 'phone' };
  return { subject: person, account, session: null, link: null, actor };
}

/**
 * For routes about "my" things (lists, flows, drafts): the elder this session acts for when a
 * relative has chosen one (and the link still allows `need`), else the signed-in resident.
 */
export async function accessSubject(need: Need): Promise<Access> {
  const session = await currentSession();
  if (!session) {
    const db = await getDb();
    const staff = await staffGrant(db);
    if (staff) return staffAccess(db, staff.member, staff.person, need);
    throw accessDenied(401, 'sign-in-required');
  }
  const account = sessionAccount(session);
  const db = await getDb();
  const at = await clockNow(db);
  if (session.actingFor) {
    const link = await activeLinkFor(db, session.actingFor, account.phone, at);
    if (!link) {
      // Revoked or expired: access ends now, and the next page is the relative's own again.
      await setActingFor(db, session.tokenHash, null);
      return deny(db, account, at, 'proxy-ended', need, session.actingFor, null);
    }
    if (!allows(link, need)) return deny(db, account, at, 'proxy-no-scope', need, session.actingFor, link.id);
    const [elder] = await db.select().from(persons).where(eq(persons.id, link.elderPersonId));
    if (!elder) return deny(db, account, at, 'proxy-ended', need, session.actingFor, link.id);
    return grant(db, session, account, elder, link, need, at);
  }
  if (!session.person) return deny(db, account, at, 'family-choose-elder', need, null, null);
  return grant(db, session, account, session.person, null, need, at);
}

/** For routes about one person's thing (an application, a filing, a photo): its owner, or a relative whose link allows `need`. */
export async function accessPerson(personId: string, need: Need): Promise<Access> {
  const session = await currentSession();
  if (!session) {
    const db = await getDb();
    const staff = await staffGrant(db);
    if (staff) return staffAccess(db, staff.member, staff.person, need, personId);
    throw accessDenied(401, 'sign-in-required');
  }
  const account = sessionAccount(session);
  const db = await getDb();
  const at = await clockNow(db);
  if (session.person?.id === personId) return grant(db, session, account, session.person, null, need, at);
  const link = await activeLinkFor(db, personId, account.phone, at);
  if (!link) return deny(db, account, at, 'forbidden', need, personId, null);
  if (!allows(link, need)) return deny(db, account, at, 'proxy-no-scope', need, personId, link.id);
  const [owner] = await db.select().from(persons).where(eq(persons.id, personId));
  if (!owner) return deny(db, account, at, 'forbidden', need, personId, link.id);
  return grant(db, session, account, owner, link, need, at);
}
