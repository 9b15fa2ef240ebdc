import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { residentPerson, seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import type { Db } from '@/lib/db/client';
import { auditEvents, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { createSession, findSession, type Account, type Session } from '@/lib/auth/session';
import { openSmsLink } from '@/lib/auth/sms-link';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { acceptInvitation, inviteRelative, revokeLink } from '@/lib/family/links';
import { advanceApplication, submitApplication } from '@/lib/jingban/applications';
import { smsLinkDays, tokenOfSmsLink } from '@/lib/sms/links';

// Issue 18: every SMS about a 办件 carries /m/<token>, which opens that 办件 for the insured person, and
// as 代办 for a relative they authorised; for anyone else, or after SMS_LINK_DAYS, a plain page.
const T = new Date('2026-11-10T02:00:00.000Z');
const DAY = 86_400_000;
const calendar = createWorkingCalendar([]);
const OTHER = '13912345678';
let db: Db;
let close: () => Promise<void>;
let residents: LoadResident[];
// findSession wants the raw token; a Session keeps only its hash.
const rawTokens = new Map<string, string>();

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  residents = await seedLoadResidents(db, 4, T);
});
afterAll(async () => close());

const residentAccount = (p: PersonRow): Account => ({ kind: 'resident', id: p.id, name: p.name, phone: p.phone, gender: p.gender });

async function signIn(person: PersonRow): Promise<Session> {
  const { token } = await createSession(db, 'resident', person.id, T);
  const session = await findSession(db, token);
  if (!session) throw new Error('no session');
  rawTokens.set(session.tokenHash, token);
  return session;
}

async function file(person: PersonRow, contactPhone: string) {
  const answers = { toProvinceCode: '110000', toCityCode: '110100', contactPhone };
  const actor = { kind: 'resident', id: person.id, channel: 'online' } as const;
  const { application } = await submitApplication(db, { service: 'transfer', person, answers, idempotencyKey: `link-${contactPhone}`, actor }, T, calendar);
  return application;
}

const messagesAbout = (applicationId: string) => db.select().from(smsMessages).where(eq(smsMessages.applicationId, applicationId)).orderBy(asc(smsMessages.id));

describe('links in SMS about a 办件', () => {
  it('each recipient gets its own link, written at the end of the message, expiring SMS_LINK_DAYS later', async () => {
    const elder = await residentPerson(db, residents[0]!);
    const application = await file(elder, OTHER);
    const sent = await messagesAbout(application.id);
    expect(sent.map((m) => m.phone)).toEqual([OTHER, elder.phone]);
    const tokens = sent.map((m) => m.linkToken);
    expect(new Set(tokens).size).toBe(2);
    for (const m of sent) {
      expect(m.body.endsWith(`点开查看办件：${m.params.link}`)).toBe(true);
      expect(tokenOfSmsLink(String(m.params.link))).toBe(m.linkToken);
      expect(m.linkExpiresAt?.getTime()).toBe(T.getTime() + smsLinkDays() * DAY);
      // The token names nobody: not the phone, the 办件 id or its number.
      for (const secret of [m.phone, application.id, application.number]) expect(String(m.params.link)).not.toContain(secret);
    }
    // Later progress SMS carry fresh links too.
    await db.transaction((tx) =>
      advanceApplication(tx, application, new Date(application.nextActionAt!), calendar, elder, {
        actor: { kind: 'system', id: 'scheduler', channel: 'system' },
      }),
    );
    const later = (await messagesAbout(application.id)).slice(2);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((m) => m.linkToken && !tokens.includes(m.linkToken))).toBe(true);
  });

  it('opens for the insured person, asks a signed-out phone to sign in, and ends after its days', async () => {
    const elder = await residentPerson(db, residents[1]!);
    const application = await file(elder, elder.phone);
    const [message] = await messagesAbout(application.id);
    const token = message!.linkToken!;
    expect(await openSmsLink(db, token, null, T)).toEqual({ kind: 'sign-in' });
    const session = await signIn(elder);
    expect(await openSmsLink(db, token, session, new Date(T.getTime() + DAY))).toEqual({ kind: 'open', applicationId: application.id });
    const lastDay = new Date(T.getTime() + smsLinkDays() * DAY - 1);
    expect((await openSmsLink(db, token, session, lastDay)).kind).toBe('open');
    expect(await openSmsLink(db, token, session, new Date(T.getTime() + smsLinkDays() * DAY))).toEqual({ kind: 'expired' });
    // Expired or unknown: the same plain answer whether signed in or not.
    expect(await openSmsLink(db, token, null, new Date(T.getTime() + 40 * DAY))).toEqual({ kind: 'expired' });
    expect(await openSmsLink(db, 'abcdefghj', session, T)).toEqual({ kind: 'unknown' });
    expect(await openSmsLink(db, `${token}x`, session, T)).toEqual({ kind: 'unknown' });
    expect(await openSmsLink(db, "' or 1=1 --", session, T)).toEqual({ kind: 'unknown' });
  });

  it('a stranger is refused (and logged); a relative the elder allowed opens it as 代办, until the elder revokes', async () => {
    const elder = await residentPerson(db, residents[2]!);
    const relative = await residentPerson(db, residents[3]!);
    const application = await file(elder, relative.phone);
    const [toRelative] = await messagesAbout(application.id);
    expect(toRelative!.phone).toBe(relative.phone);
    const token = toRelative!.linkToken!;

    const before = await signIn(relative);
    expect(await openSmsLink(db, token, before, T)).toEqual({ kind: 'foreign' });
    expect((await findSession(db, await sessionToken(before)))?.actingFor ?? null).toBeNull();

    const link = await inviteRelative(db, elder, { phone: relative.phone, relation: 'child', act: ['transfer'], months: 12 }, T);
    await acceptInvitation(db, residentAccount(relative), link.id, new Date(T.getTime() + 60_000));
    const later = new Date(T.getTime() + 120_000);
    expect(await openSmsLink(db, token, before, later)).toEqual({ kind: 'open', applicationId: application.id });
    // Tapped again a minute later: still one look in her log.
    expect(await openSmsLink(db, token, before, new Date(later.getTime() + 60_000))).toEqual({ kind: 'open', applicationId: application.id });
    // The relative's session now acts for the elder (为谁办理), so the 办件 page opens as 代办.
    expect((await findSession(db, await sessionToken(before)))?.actingFor).toBe(elder.id);

    const logged = await db
      .select({ outcome: auditEvents.outcome, linkId: auditEvents.linkId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'open-sms-link'), eq(auditEvents.subjectPersonId, elder.id)))
      .orderBy(asc(auditEvents.id));
    expect(logged).toEqual([
      { outcome: 'denied', linkId: null },
      { outcome: 'allowed', linkId: link.id },
    ]);

    await revokeLink(db, elder, link.id, new Date(T.getTime() + 180_000));
    expect(await openSmsLink(db, token, before, new Date(T.getTime() + 240_000))).toEqual({ kind: 'foreign' });
    // The elder's own link, opened by the elder while acting for nobody, stays theirs.
    const own = (await messagesAbout(application.id)).find((m) => m.phone === elder.phone)!;
    expect(await openSmsLink(db, own.linkToken!, await signIn(elder), later)).toEqual({ kind: 'open', applicationId: application.id });
  });
});

async function sessionToken(session: Session): Promise<string> {
  const raw = rawTokens.get(session.tokenHash);
  if (!raw) throw new Error('unknown session');
  return raw;
}
