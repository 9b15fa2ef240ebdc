import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { persons, rateLimits, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import type { Account } from '@/lib/auth/session';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { FAMILY_RULES } from '@/lib/family/config';
import {
  acceptInvitation,
  activeLinkFor,
  confirmRequest,
  confirmWithCode,
  declineLink,
  inviteRelative,
  linkState,
  requestLink,
  revokeLink,
  withdrawLink,
} from '@/lib/family/links';

const T = new Date('2026-11-10T02:00:00.000Z');
const DAY = 86_400_000;
const at = (ms: number) => new Date(T.getTime() + ms);

let db: Db;
let close: () => Promise<void>;
let gui: PersonRow;
let li: PersonRow;
let wei: PersonRow;

const familyAccount = (phone: string, name = '亲友'): Account => ({ kind: 'family', id: `fam-${phone}`, name, phone, gender: null });
const residentAccount = (p: PersonRow): Account => ({ kind: 'resident', id: p.id, name: p.name, phone: p.phone, gender: p.gender });

async function person(id: string): Promise<PersonRow> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) throw new Error(id);
  return row;
}

async function lastSms(phone: string, template: string) {
  const [row] = await db
    .select()
    .from(smsMessages)
    .where(and(eq(smsMessages.phone, phone), eq(smsMessages.template, template)))
    .orderBy(desc(smsMessages.id))
    .limit(1);
  return row ?? null;
}

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  gui = await person(DEMO_IDS.zhangGuilan);
  li = await person(DEMO_IDS.liXiuying);
  wei = await person(DEMO_IDS.zhangWei);
});
afterAll(async () => close());

describe('亲情账户 links', () => {
  it('an invitation is active only once the relative accepts; the elder is told', async () => {
    const link = await inviteRelative(db, gui, { phone: wei.phone, relation: 'child', act: ['remote-care'], months: 12 }, T);
    expect(link.status).toBe('invited');
    expect(link.relativeName).toBe('张伟'); // known by his phone
    expect((await lastSms(wei.phone, 'familyInvite'))?.body).toContain('张桂兰');
    expect(await activeLinkFor(db, gui.id, wei.phone, at(1000))).toBeNull();

    const active = await acceptInvitation(db, residentAccount(wei), link.id, at(60_000));
    expect(active.status).toBe('active');
    expect((await lastSms(gui.phone, 'familyLinked'))?.body).toContain('儿子“张伟”');
    expect((await activeLinkFor(db, gui.id, wei.phone, at(120_000)))?.id).toBe(link.id);
    // Valid until the end of the day a year later, in Shanghai.
    expect(active.validUntil.toISOString()).toBe('2027-11-10T15:59:59.000Z');
    await revokeLink(db, gui, link.id, at(180_000));
    expect(await activeLinkFor(db, gui.id, wei.phone, at(180_001))).toBeNull();
    expect((await lastSms(wei.phone, 'familyRevoked'))?.body).toContain('张桂兰已取消');
  });

  it('only the invited phone can accept, and only while the invitation is fresh (7 days)', async () => {
    const link = await inviteRelative(db, li, { phone: '13700000101', relation: 'other', act: [], months: 6 }, T);
    await expect(acceptInvitation(db, familyAccount('13700000102'), link.id, at(1000))).rejects.toMatchObject({ code: 'not-found', status: 404 });
    expect(linkState(link, at(FAMILY_RULES.pendingDays * DAY + 1))).toBe('lapsed');
    await expect(acceptInvitation(db, familyAccount('13700000101'), link.id, at(FAMILY_RULES.pendingDays * DAY + 1))).rejects.toMatchObject({
      code: 'family-link-lapsed',
    });
  });

  it('a request needs the right name for the 身份证号, and cannot be for oneself', async () => {
    const asker = familyAccount('13700000103', '王芳');
    await expect(requestLink(db, asker, { elderName: '张桂芝', idNumber: gui.idNumber, relation: 'child', act: [] }, T)).rejects.toMatchObject({
      code: 'family-elder-not-found',
      status: 404,
    });
    await expect(requestLink(db, residentAccount(gui), { elderName: '张桂兰', idNumber: gui.idNumber, relation: 'child', act: [] }, T)).rejects.toMatchObject({
      code: 'family-self',
    });
  });

  it('the code the elder reads out makes the link active; wrong tries are counted and lock it; it expires', async () => {
    const asker = familyAccount('13700000104', '王芳');
    const link = await requestLink(db, asker, { elderName: '张桂兰', idNumber: gui.idNumber, relation: 'child', act: ['chronic'] }, T);
    const sms = await lastSms(gui.phone, 'familyRequest');
    const code = /验证码 (\d{6})/.exec(sms?.body ?? '')?.[1] ?? '';
    expect(sms?.body).toContain('王芳');
    const wrong = code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
    await expect(confirmWithCode(db, asker, link.id, wrong, at(1000))).rejects.toMatchObject({ code: 'code-wrong', params: { triesLeft: 4 } });
    await expect(confirmWithCode(db, asker, link.id, code, at(FAMILY_RULES.codeValidMs + 1))).rejects.toMatchObject({ code: 'code-expired' });
    const active = await confirmWithCode(db, asker, link.id, code, at(2000));
    expect(active.status).toBe('active');
    // The elder is told: a code got by a trick does not go unnoticed.
    expect((await lastSms(gui.phone, 'familyLinked'))?.body).toContain('王芳');
    await withdrawLink(db, asker, link.id, at(3000));
    expect((await lastSms(gui.phone, 'familyWithdrawn'))?.body).toContain('王芳');

    const again = await requestLink(db, asker, { elderName: '张桂兰', idNumber: gui.idNumber, relation: 'child', act: [] }, at(4000));
    for (let i = 0; i < FAMILY_RULES.codeMaxWrongTries - 1; i++)
      await expect(confirmWithCode(db, asker, again.id, '000000', at(5000))).rejects.toMatchObject({ status: 400 });
    await expect(confirmWithCode(db, asker, again.id, '000000', at(5000))).rejects.toMatchObject({ code: 'code-locked' });
    // Locked even for the right code now; the elder can still agree in the app.
    const right = /验证码 (\d{6})/.exec((await lastSms(gui.phone, 'familyRequest'))?.body ?? '')?.[1] ?? '';
    await expect(confirmWithCode(db, asker, again.id, right, at(6000))).rejects.toMatchObject({ code: 'code-locked' });
    expect((await confirmRequest(db, gui, again.id, at(7000))).status).toBe('active');
    await revokeLink(db, gui, again.id, at(8000));
  });

  it('the elder may decline a request; nobody but the two sides can touch a link', async () => {
    const asker = familyAccount('13700000105');
    const link = await requestLink(db, asker, { elderName: '李秀英', idNumber: li.idNumber, relation: 'sibling', act: [] }, T);
    await expect(confirmRequest(db, gui, link.id, at(1000))).rejects.toMatchObject({ code: 'not-found' });
    await expect(revokeLink(db, gui, link.id, at(1000))).rejects.toMatchObject({ code: 'not-found' });
    expect((await declineLink(db, residentAccount(li), link.id, at(2000))).status).toBe('declined');
    await expect(confirmRequest(db, li, link.id, at(3000))).rejects.toMatchObject({ code: 'family-link-state' });
  });

  it('an active link ends by itself on its date', async () => {
    const link = await inviteRelative(db, li, { phone: '13700000106', relation: 'child', act: [], months: 3 }, T);
    const active = await acceptInvitation(db, familyAccount('13700000106'), link.id, at(1000));
    expect(await activeLinkFor(db, li.id, '13700000106', at(80 * DAY))).not.toBeNull();
    expect(await activeLinkFor(db, li.id, '13700000106', at(93 * DAY))).toBeNull();
    expect(linkState(active, at(93 * DAY))).toBe('expired');
    // …and a new one can then be made between the same two.
    expect((await inviteRelative(db, li, { phone: '13700000106', relation: 'child', act: [], months: 3 }, at(93 * DAY))).status).toBe('invited');
  });

  it('one open link per pair; at most 5 relatives per elder and 10 elders per relative', async () => {
    const wang = await person(DEMO_IDS.wangJianguo);
    await inviteRelative(db, wang, { phone: '13700000200', relation: 'child', act: [], months: 12 }, T);
    await expect(inviteRelative(db, wang, { phone: '13700000200', relation: 'child', act: [], months: 12 }, T)).rejects.toMatchObject({
      code: 'family-link-exists',
    });
    for (let i = 1; i < FAMILY_RULES.maxRelativesPerElder; i++)
      await inviteRelative(db, wang, { phone: `1370000020${i}`, relation: 'other', act: [], months: 12 }, T);
    await expect(inviteRelative(db, wang, { phone: '13700000209', relation: 'other', act: [], months: 12 }, T)).rejects.toMatchObject({
      code: 'family-elder-limit',
      params: { max: FAMILY_RULES.maxRelativesPerElder },
    });

    // Ten elders for one relative: invent them (demo people are only four).
    const busy = '13700000300';
    for (let i = 0; i < FAMILY_RULES.maxEldersPerRelative; i++) {
      const elder = { ...wang, id: `elder-${i}`, phone: `1360000030${i}`, idNumber: `ID-${i}` };
      await db.insert(persons).values(elder);
      await inviteRelative(db, elder, { phone: busy, relation: 'child', act: [], months: 12 }, T);
    }
    // Ten invitations to one phone spend its hourly SMS budget (rate-limit.test.ts); the structural limit is checked apart from it.
    await db.delete(rateLimits);
    await expect(inviteRelative(db, li, { phone: busy, relation: 'child', act: [], months: 12 }, T)).rejects.toMatchObject({ code: 'family-relative-limit' });
  });

  it('two quick taps cannot both move a link: one confirms, the other is refused', async () => {
    const asker = familyAccount('13700000107');
    const link = await requestLink(db, asker, { elderName: '李秀英', idNumber: li.idNumber, relation: 'child', act: [] }, T);
    const results = await Promise.allSettled([confirmRequest(db, li, link.id, at(1000)), confirmRequest(db, li, link.id, at(1000))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
  });
});
