import type { Db } from '../db/client';
import { sessionAccount, setActingFor, type Session } from './session';
import { audit, auditOnce } from '../family/audit';
import { activeLinkFor } from '../family/links';
import { ownerOf } from '../jingban/owners';
import { findSmsLink } from '../sms/links';

export type SmsLinkOpening = { kind: 'sign-in' } | { kind: 'open'; applicationId: string } | { kind: 'expired' } | { kind: 'unknown' } | { kind: 'foreign' };

/**
 * Someone tapped the link in an SMS (issue 18). It opens its 办件 for the insured person, and for a
 * relative they authorised as 代办 (the session then acts for the elder, as 为谁办理 would set it);
 * anyone else, or a link past its days, gets a plain page. The 办件 page itself checks access again.
 */
export async function openSmsLink(db: Db, token: string, session: Session | null, now: Date): Promise<SmsLinkOpening> {
  const link = await findSmsLink(db, token, now);
  if (link.kind !== 'open') return { kind: link.kind };
  if (!session) return { kind: 'sign-in' };
  const owner = await ownerOf(db, 'application', link.applicationId);
  if (!owner) return { kind: 'unknown' };
  const account = sessionAccount(session);
  if (session.person?.id === owner) {
    if (session.actingFor) await setActingFor(db, session.tokenHash, null);
    return { kind: 'open', applicationId: link.applicationId };
  }
  const proxy = await activeLinkFor(db, owner, account.phone, now);
  const entry = {
    at: now,
    actor: { kind: account.kind, id: account.id, phone: account.phone },
    subjectPersonId: owner,
    action: 'open-sms-link',
    detail: { applicationId: link.applicationId, sms: link.messageId },
  };
  // A relative tapping the same link again is one look in the elder's log; every refusal is kept.
  if (proxy) await auditOnce(db, { ...entry, linkId: proxy.id, outcome: 'allowed' });
  else await audit(db, { ...entry, outcome: 'denied' });
  if (!proxy) return { kind: 'foreign' };
  if (session.actingFor !== owner) await setActingFor(db, session.tokenHash, owner);
  return { kind: 'open', applicationId: link.applicationId };
}
