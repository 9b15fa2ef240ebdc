import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import { codeMatches, generateCode, hashCode } from '../security/secrets';
import type { Account } from './account';
import type { Db } from '../db/client';
import { familyUsers, persons, proxyLinks } from '../db/schema';
import type { DbOrTx, PersonRow, ProxyLinkRow, Tx } from '../db/types';
import { maskPhone } from '../identity/id-card';
import { formatFullDate } from '../i18n/translator';
import { DomainError } from '../errors/domain-error';
import { BUDGETS } from '../security/budgets';
import { assertWithinBudgets, budgetPoints, isSpent, retryWords, smsToPhone, spend, spendAll } from '../security/rate-limit';
import { enqueueSms } from '../sms/outbox';
import { addMonths, shanghaiDate } from '../time/dates';
import { audit } from './audit';
import { FAMILY_RULES, type Relation } from './config';
import { relationWord } from './relation-words';

const OPEN = ['invited', 'requested', 'active'] as const;
const DAY_MS = 86_400_000;

export type LinkState = ProxyLinkRow['status'] | 'lapsed';

/** What a link is now: an active link past its date has expired, a pending one past a week has lapsed. */
export function linkState(link: ProxyLinkRow, now: Date): LinkState {
  if (link.status === 'active') return link.validUntil > now ? 'active' : 'expired';
  if (link.status === 'invited' || link.status === 'requested') {
    return link.createdAt.getTime() + FAMILY_RULES.pendingDays * DAY_MS > now.getTime() ? link.status : 'lapsed';
  }
  return link.status;
}

export const isActive = (link: ProxyLinkRow, now: Date) => linkState(link, now) === 'active';
export const canAct = (link: ProxyLinkRow, service: string) => link.scope.act.includes(service);

function untilFromMonths(now: Date, months: number): Date {
  const day = addMonths(shanghaiDate(now), months);
  return new Date(`${day}T23:59:59+08:00`);
}

/** Links past their time are closed in the database, so the one-open-link rule lets a new one in. */
async function closeStale(tx: Tx, where: ReturnType<typeof eq>, now: Date): Promise<void> {
  const pendingBefore = new Date(now.getTime() - FAMILY_RULES.pendingDays * DAY_MS);
  await tx
    .update(proxyLinks)
    .set({ status: 'expired', endedAt: now, version: sql`${proxyLinks.version} + 1` })
    .where(
      and(
        where,
        or(
          and(eq(proxyLinks.status, 'active'), lte(proxyLinks.validUntil, now)),
          and(inArray(proxyLinks.status, ['invited', 'requested']), lte(proxyLinks.createdAt, pendingBefore)),
        ),
      ),
    );
}

async function lockPair(tx: Tx, elderId: string, relativePhone: string) {
  // Per elder and per relative, so the limits cannot be passed by two quick requests.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`family:elder:${elderId}`}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`family:relative:${relativePhone}`}))`);
}

async function checkLimits(tx: Tx, elder: PersonRow, relativePhone: string, now: Date): Promise<void> {
  await closeStale(tx, eq(proxyLinks.elderPersonId, elder.id), now);
  await closeStale(tx, eq(proxyLinks.relativePhone, relativePhone), now);
  const open = await tx
    .select()
    .from(proxyLinks)
    .where(and(inArray(proxyLinks.status, [...OPEN]), or(eq(proxyLinks.elderPersonId, elder.id), eq(proxyLinks.relativePhone, relativePhone))));
  if (open.some((l) => l.elderPersonId === elder.id && l.relativePhone === relativePhone)) throw new DomainError('family-link-exists', {}, 409);
  if (open.filter((l) => l.elderPersonId === elder.id).length >= FAMILY_RULES.maxRelativesPerElder) {
    throw new DomainError('family-elder-limit', { max: FAMILY_RULES.maxRelativesPerElder }, 409);
  }
  if (open.filter((l) => l.relativePhone === relativePhone).length >= FAMILY_RULES.maxEldersPerRelative) {
    throw new DomainError('family-relative-limit', { max: FAMILY_RULES.maxEldersPerRelative }, 409);
  }
}

/** The name a phone signs in under, if it has an account. */
export async function accountNameForPhone(db: DbOrTx, phone: string): Promise<{ name: string; gender: 'male' | 'female' | null } | null> {
  const [person] = await db.select({ name: persons.name, gender: persons.gender }).from(persons).where(eq(persons.phone, phone));
  if (person) return person;
  const [user] = await db.select({ name: familyUsers.name }).from(familyUsers).where(eq(familyUsers.phone, phone));
  return user ? { name: user.name, gender: null } : null;
}

export const dateWords = (instant: Date) => formatFullDate(shanghaiDate(instant), 'zh-CN');

/** A new link from the elder to `input.phone`, within the limits, named as the relative signs in if they have an account. */
export async function insertLink(
  tx: Tx,
  elder: PersonRow,
  input: InviteInput,
  state: Pick<typeof proxyLinks.$inferInsert, 'status' | 'initiatedBy' | 'activatedAt' | 'madeByStaffNo' | 'madeAtStation' | 'secondStaffNo'>,
  now: Date,
): Promise<{ link: ProxyLinkRow; known: Awaited<ReturnType<typeof accountNameForPhone>> }> {
  if (input.phone === elder.phone) throw new DomainError('family-self', {}, 422);
  await lockPair(tx, elder.id, input.phone);
  await checkLimits(tx, elder, input.phone, now);
  const known = await accountNameForPhone(tx, input.phone);
  const [link] = await tx
    .insert(proxyLinks)
    .values({
      id: randomUUID(),
      elderPersonId: elder.id,
      relativePhone: input.phone,
      relativeName: known?.name ?? input.name?.trim() ?? '',
      relation: input.relation,
      scope: { act: input.act },
      validUntil: untilFromMonths(now, input.months),
      createdAt: now,
      ...state,
    })
    .returning();
  if (!link) throw new Error('link insert returned nothing');
  return { link, known };
}

export type InviteInput = { phone: string; name?: string | undefined; relation: Relation; act: string[]; months: number };

/** (1) The elder adds a relative: the relative is told by SMS and must accept. */
export async function inviteRelative(db: Db, elder: PersonRow, input: InviteInput, now: Date): Promise<ProxyLinkRow> {
  await assertWithinBudgets(db, [['familyRequestsPerAccount', `resident:${elder.id}`], ...smsToPhone(input.phone)]);
  return db.transaction(async (tx) => {
    const { link } = await insertLink(tx, elder, input, { status: 'invited', initiatedBy: 'elder' }, now);
    await enqueueSms(tx, { phone: input.phone, template: 'familyInvite', params: { elder: elder.name, days: FAMILY_RULES.pendingDays } });
    await audit(tx, {
      at: now,
      actor: { kind: 'resident', id: elder.id, phone: elder.phone },
      subjectPersonId: elder.id,
      linkId: link.id,
      action: 'link-invited',
    });
    return link;
  });
}

export type RequestInput = { elderName: string; idNumber: string; relation: Relation; act: string[] };

/** (2) The relative asks: the elder gets a code by SMS and confirms in the app, or reads the code out. */
export async function requestLink(db: Db, relative: Account, input: RequestInput, now: Date): Promise<ProxyLinkRow> {
  // One answer for a wrong name, an unknown number, a spent budget and a locked pair (issue 14.2):
  // the form must not confirm who is insured, and a guess past the budget learns nothing.
  const notFound = () => new DomainError('family-elder-not-found', {}, 404);
  const idNumber = input.idNumber.toUpperCase();
  const asked = await spendAll(db, [
    ['familyRequestsPerAccount', `${relative.kind}:${relative.id}`],
    // Per elder as a guesser knows them (name, county and birth date), so varying the last digits does not start a new count.
    ['familyRequestsPerElder', `${input.elderName.trim()}:${idNumber.slice(0, 14)}`],
  ]);
  const [elder] = await db.select().from(persons).where(eq(persons.idNumber, idNumber));
  if (!asked.ok || !elder || elder.name !== input.elderName.trim()) throw notFound();
  if (elder.phone === relative.phone) throw new DomainError('family-self', {}, 422);
  if (!(await isSpent(db, 'familyCodeFailuresPerPair', pairKey(elder.id, relative.phone))).ok) throw notFound();
  if (!(await spendAll(db, smsToPhone(elder.phone))).ok) throw notFound();
  const code = generateCode();
  return db.transaction(async (tx) => {
    await lockPair(tx, elder.id, relative.phone);
    await checkLimits(tx, elder, relative.phone, now);
    const [link] = await tx
      .insert(proxyLinks)
      .values({
        id: randomUUID(),
        elderPersonId: elder.id,
        relativePhone: relative.phone,
        relativeName: relative.name,
        relation: input.relation,
        scope: { act: input.act },
        status: 'requested',
        initiatedBy: 'relative',
        validUntil: untilFromMonths(now, FAMILY_RULES.durationsMonths[0]),
        codeHash: hashCode(code),
        codeExpiresAt: new Date(now.getTime() + FAMILY_RULES.codeValidMs),
        createdAt: now,
      })
      .returning();
    if (!link) throw new Error('link insert returned nothing');
    await enqueueSms(tx, {
      phone: elder.phone,
      template: 'familyRequest',
      params: {
        relative: relative.name,
        relation: relationWord(input.relation, relative.gender, 'zh-CN'),
        phone: maskPhone(relative.phone),
        code,
        minutes: FAMILY_RULES.codeValidMs / 60_000,
      },
    });
    await audit(tx, {
      at: now,
      actor: { kind: relative.kind, id: relative.id, phone: relative.phone },
      subjectPersonId: elder.id,
      linkId: link.id,
      action: 'link-requested',
    });
    return link;
  });
}

async function loadLink(tx: DbOrTx, linkId: string): Promise<ProxyLinkRow> {
  const [link] = await tx.select().from(proxyLinks).where(eq(proxyLinks.id, linkId));
  if (!link) throw new DomainError('not-found', {}, 404);
  return link;
}

/** Moves a link on only from the state it was read in; a concurrent change makes this one a conflict. */
async function transition(tx: Tx, link: ProxyLinkRow, set: Partial<typeof proxyLinks.$inferInsert>): Promise<ProxyLinkRow> {
  const [updated] = await tx
    .update(proxyLinks)
    .set({ ...set, version: link.version + 1 })
    .where(and(eq(proxyLinks.id, link.id), eq(proxyLinks.version, link.version)))
    .returning();
  if (!updated) throw new DomainError('conflict', {}, 409);
  return updated;
}

function expectState(link: ProxyLinkRow, now: Date, ...states: LinkState[]): void {
  const state = linkState(link, now);
  if (!states.includes(state)) throw new DomainError(state === 'lapsed' || state === 'expired' ? 'family-link-lapsed' : 'family-link-state', {}, 409);
}

function isElderOf(link: ProxyLinkRow, account: Account) {
  return account.kind === 'resident' && account.id === link.elderPersonId;
}
function isRelativeOf(link: ProxyLinkRow, account: Account) {
  return account.phone === link.relativePhone;
}

async function elderOf(tx: DbOrTx, link: ProxyLinkRow): Promise<PersonRow> {
  const [elder] = await tx.select().from(persons).where(eq(persons.id, link.elderPersonId));
  if (!elder) throw new DomainError('not-found', {}, 404);
  return elder;
}

/** Neither side of the link: the link is not theirs to see or touch. */
function notYours(): never {
  throw new DomainError('not-found', {}, 404);
}

/** A link made active by the relative's step: the elder hears of it by SMS, and it goes in their log. */
async function tellElderLinked(tx: Tx, active: ProxyLinkRow, relative: Account, now: Date, action: string): Promise<void> {
  const elder = await elderOf(tx, active);
  await enqueueSms(tx, {
    phone: elder.phone,
    template: 'familyLinked',
    params: { relative: relative.name, relation: relationWord(active.relation, relative.gender, 'zh-CN'), until: dateWords(active.validUntil) },
  });
  await audit(tx, { at: now, actor: { kind: relative.kind, id: relative.id, phone: relative.phone }, subjectPersonId: elder.id, linkId: active.id, action });
}

/** The relative accepts the elder's invitation: the elder's act (the invitation) plus theirs. */
export async function acceptInvitation(db: Db, relative: Account, linkId: string, now: Date): Promise<ProxyLinkRow> {
  return db.transaction(async (tx) => {
    const link = await loadLink(tx, linkId);
    if (!isRelativeOf(link, relative)) notYours();
    expectState(link, now, 'invited');
    const active = await transition(tx, link, { status: 'active', activatedAt: now, relativeName: relative.name });
    await tellElderLinked(tx, active, relative, now, 'link-accepted');
    return active;
  });
}

/** The elder agrees to a relative's request, in the app. */
export async function confirmRequest(db: Db, elder: PersonRow, linkId: string, now: Date): Promise<ProxyLinkRow> {
  return db.transaction(async (tx) => {
    const link = await loadLink(tx, linkId);
    if (link.elderPersonId !== elder.id) notYours();
    expectState(link, now, 'requested');
    const active = await transition(tx, link, { status: 'active', activatedAt: now, codeHash: null, codeExpiresAt: null });
    await enqueueSms(tx, { phone: link.relativePhone, template: 'familyLinkedRelative', params: { elder: elder.name, until: dateWords(active.validUntil) } });
    await audit(tx, { at: now, actor: { kind: 'resident', id: elder.id, phone: elder.phone }, subjectPersonId: elder.id, linkId, action: 'link-confirmed' });
    return active;
  });
}

/** Wrong codes are counted per elder–relative pair, across withdrawn and repeated requests. */
function pairKey(elderId: string, relativePhone: string): string {
  return `${elderId}:${relativePhone}`;
}

/** The relative types the code the elder read out: that code is the elder's act. */
export async function confirmWithCode(db: Db, relative: Account, linkId: string, code: string, now: Date): Promise<ProxyLinkRow> {
  const [pre] = await db.select().from(proxyLinks).where(eq(proxyLinks.id, linkId));
  if (!pre || !isRelativeOf(pre, relative)) notYours();
  const pair = pairKey(pre.elderPersonId, pre.relativePhone);
  const locked = await isSpent(db, 'familyCodeFailuresPerPair', pair);
  if (!locked.ok) throw new DomainError('family-pair-locked', retryWords(locked.retryInSeconds), 429);
  type Outcome = { link: ProxyLinkRow } | { refused: 'code-locked' | 'code-expired' | 'code-wrong'; params: Record<string, number>; counted?: true };
  // A wrong try must be counted even though the answer is a refusal: commit it, then refuse.
  const outcome: Outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const link = await loadLink(tx, linkId);
    if (!isRelativeOf(link, relative)) notYours();
    expectState(link, now, 'requested');
    if (!link.codeHash || link.codeWrongTries >= FAMILY_RULES.codeMaxWrongTries) return { refused: 'code-locked', params: {} };
    if (!link.codeExpiresAt || link.codeExpiresAt <= now) return { refused: 'code-expired', params: {} };
    if (!codeMatches(code, link.codeHash)) {
      const tries = link.codeWrongTries + 1;
      await transition(tx, link, { codeWrongTries: tries });
      const triesLeft = FAMILY_RULES.codeMaxWrongTries - tries;
      return triesLeft > 0 ? { refused: 'code-wrong', params: { triesLeft } } : { refused: 'code-locked', params: {}, counted: true };
    }
    const active = await transition(tx, link, { status: 'active', activatedAt: now, codeHash: null, codeExpiresAt: null });
    // The elder is told, so a code obtained by a trick does not go unnoticed.
    await tellElderLinked(tx, active, relative, now, 'link-code-confirmed');
    return { link: active };
  });
  if ('refused' in outcome) {
    if (outcome.refused === 'code-wrong' || 'counted' in outcome) await countPairFailure(db, pre, pair, now);
    throw new DomainError(outcome.refused, outcome.params, outcome.refused === 'code-locked' ? 429 : 400);
  }
  return outcome.link;
}

/** One more wrong code for the pair; the one that spends the budget locks the pair for a day and tells the elder. */
async function countPairFailure(db: Db, link: ProxyLinkRow, pair: string, now: Date): Promise<void> {
  const spent = await spend(db, 'familyCodeFailuresPerPair', pair);
  if (spent.ok || spent.consumed !== budgetPoints('familyCodeFailuresPerPair') + 1) return;
  const [elder] = await db.select().from(persons).where(eq(persons.id, link.elderPersonId));
  if (!elder) return;
  await db.transaction(async (tx) => {
    await enqueueSms(tx, {
      phone: elder.phone,
      template: 'familyPairLocked',
      params: { phone: maskPhone(link.relativePhone), hours: BUDGETS.familyCodeFailuresPerPair.blockSeconds / 3600 },
    });
    await audit(tx, {
      at: now,
      actor: { kind: 'system', id: 'rate-limit', phone: null },
      subjectPersonId: elder.id,
      linkId: link.id,
      action: 'link-pair-locked',
    });
  });
}

/** Says no to a waiting link: the elder to a request, the relative to an invitation. */
export async function declineLink(db: Db, account: Account, linkId: string, now: Date): Promise<ProxyLinkRow> {
  return db.transaction(async (tx) => {
    const link = await loadLink(tx, linkId);
    const asElder = isElderOf(link, account) && link.status === 'requested';
    const asRelative = isRelativeOf(link, account) && link.status === 'invited';
    if (!isElderOf(link, account) && !isRelativeOf(link, account)) notYours();
    if (!asElder && !asRelative) throw new DomainError('family-link-state', {}, 409);
    const declined = await transition(tx, link, { status: 'declined', endedAt: now, codeHash: null });
    await audit(tx, {
      at: now,
      actor: { kind: account.kind, id: account.id, phone: account.phone },
      subjectPersonId: link.elderPersonId,
      linkId,
      action: 'link-declined',
    });
    return declined;
  });
}

/** The elder ends a link at once (active or still waiting); the relative is told. */
export async function revokeLink(db: Db, elder: PersonRow, linkId: string, now: Date): Promise<ProxyLinkRow> {
  // Ending a link always works; only the notice is skipped when that phone's SMS budget is spent.
  const [pre] = await db.select({ phone: proxyLinks.relativePhone }).from(proxyLinks).where(eq(proxyLinks.id, linkId));
  const notify = pre ? (await spendAll(db, smsToPhone(pre.phone))).ok : false;
  return db.transaction(async (tx) => {
    const link = await loadLink(tx, linkId);
    if (link.elderPersonId !== elder.id) notYours();
    expectState(link, now, 'active', 'invited', 'requested');
    const revoked = await transition(tx, link, { status: 'revoked', endedAt: now, codeHash: null });
    if (notify) await enqueueSms(tx, { phone: link.relativePhone, template: 'familyRevoked', params: { elder: elder.name } });
    await audit(tx, { at: now, actor: { kind: 'resident', id: elder.id, phone: elder.phone }, subjectPersonId: elder.id, linkId, action: 'link-revoked' });
    return revoked;
  });
}

/** The relative steps back; the elder is told. */
export async function withdrawLink(db: Db, relative: Account, linkId: string, now: Date): Promise<ProxyLinkRow> {
  const [pre] = await db
    .select({ phone: persons.phone })
    .from(proxyLinks)
    .innerJoin(persons, eq(persons.id, proxyLinks.elderPersonId))
    .where(eq(proxyLinks.id, linkId));
  const notify = pre ? (await spendAll(db, smsToPhone(pre.phone))).ok : false;
  return db.transaction(async (tx) => {
    const link = await loadLink(tx, linkId);
    if (!isRelativeOf(link, relative)) notYours();
    expectState(link, now, 'active', 'requested');
    const withdrawn = await transition(tx, link, { status: 'withdrawn', endedAt: now, codeHash: null });
    const elder = await elderOf(tx, link);
    if (notify) await enqueueSms(tx, { phone: elder.phone, template: 'familyWithdrawn', params: { relative: link.relativeName } });
    await audit(tx, {
      at: now,
      actor: { kind: relative.kind, id: relative.id, phone: relative.phone },
      subjectPersonId: elder.id,
      linkId,
      action: 'link-withdrawn',
    });
    return withdrawn;
  });
}

/** The active link through which `relativePhone` may act for the elder, if any. */
export async function activeLinkFor(db: DbOrTx, elderPersonId: string, relativePhone: string, now: Date): Promise<ProxyLinkRow | null> {
  const [link] = await db
    .select()
    .from(proxyLinks)
    .where(
      and(
        eq(proxyLinks.elderPersonId, elderPersonId),
        eq(proxyLinks.relativePhone, relativePhone),
        eq(proxyLinks.status, 'active'),
        gt(proxyLinks.validUntil, now),
      ),
    );
  return link ?? null;
}

export type LinkWithElder = { link: ProxyLinkRow; elder: Pick<PersonRow, 'id' | 'name' | 'gender'> };

/** Links where this account is the relative, newest first. */
export async function linksAsRelative(db: DbOrTx, phone: string): Promise<LinkWithElder[]> {
  return db
    .select({ link: proxyLinks, elder: { id: persons.id, name: persons.name, gender: persons.gender } })
    .from(proxyLinks)
    .innerJoin(persons, eq(persons.id, proxyLinks.elderPersonId))
    .where(eq(proxyLinks.relativePhone, phone))
    .orderBy(desc(proxyLinks.createdAt));
}

/** Links where this person is the elder, newest first, with the relative's gender when they are insured. */
export async function linksAsElder(db: DbOrTx, elderPersonId: string): Promise<{ link: ProxyLinkRow; relativeGender: 'male' | 'female' | null }[]> {
  const rows = await db
    .select({ link: proxyLinks, relativeGender: persons.gender })
    .from(proxyLinks)
    .leftJoin(persons, eq(persons.phone, proxyLinks.relativePhone))
    .where(eq(proxyLinks.elderPersonId, elderPersonId))
    .orderBy(desc(proxyLinks.createdAt));
  return rows.map((r) => ({ link: r.link, relativeGender: r.relativeGender ?? null }));
}

/** One link as seen by one of its two sides; anyone else gets not-found. */
export async function linkForAccount(
  db: DbOrTx,
  account: Account,
  linkId: string,
): Promise<{ link: ProxyLinkRow; side: 'elder' | 'relative'; elder: PersonRow }> {
  const link = await loadLink(db, linkId);
  const side = isElderOf(link, account) ? 'elder' : isRelativeOf(link, account) ? 'relative' : notYours();
  return { link, side, elder: await elderOf(db, link) };
}

/** The newest link between the elder and this phone, whatever its state. */
export async function latestLinkId(db: DbOrTx, elderPersonId: string, relativePhone: string): Promise<string | null> {
  const [row] = await db
    .select({ id: proxyLinks.id })
    .from(proxyLinks)
    .where(and(eq(proxyLinks.elderPersonId, elderPersonId), eq(proxyLinks.relativePhone, relativePhone)))
    .orderBy(desc(proxyLinks.createdAt))
    .limit(1);
  return row?.id ?? null;
}
