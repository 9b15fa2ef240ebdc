import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import { residentPerson, seedLoadResidents, type LoadResident } from '@/tests/helpers/load-residents';
import type { Db } from '@/lib/db/client';
import { smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { advanceApplication, cancelApplication, submitApplication } from '@/lib/jingban/applications';
import type { Actor } from '@/lib/jingban/status';
import { createWorkingCalendar } from '@/lib/calendar/working-days';

// 000 / 002 第18条: "办理进度和结果即时短信告知" — to the number the person asked us to use.
// domain.md: "A proxy action must also tell the elder (so nobody acts for them unseen)."
const T = new Date('2026-11-10T02:00:00.000Z');
const calendar = createWorkingCalendar([]);
let db: Db;
let close: () => Promise<void>;
let residents: LoadResident[];

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  residents = await seedLoadResidents(db, 8, T);
});
afterAll(async () => close());

const personOf = (r: LoadResident) => residentPerson(db, r);
const smsOf = (applicationId: string) => db.select().from(smsMessages).where(eq(smsMessages.applicationId, applicationId)).orderBy(asc(smsMessages.id));
const OTHER = '13912345678';

const self = (p: PersonRow): Actor => ({ kind: 'resident', id: p.id, channel: 'online' });
const relative: Actor = {
  kind: 'family',
  id: 'rel-1',
  channel: 'online',
  actedBy: { kind: 'relative', linkId: 'l1', name: '张伟', relation: 'child', gender: 'male' },
};
const staff: Actor = { kind: 'staff', id: '371600017', channel: 'phone' };

async function file(r: LoadResident, actor: (p: PersonRow) => Actor, contactPhone?: string, key = 'k') {
  const person = await personOf(r);
  const answers = { toProvinceCode: '110000', toCityCode: '110100', contactPhone: contactPhone ?? person.phone };
  const { application } = await submitApplication(db, { service: 'transfer', person, answers, idempotencyKey: key, actor: actor(person) }, T, calendar);
  return { person, application };
}

describe('the 联系电话 chosen in the flow receives the progress SMS', () => {
  it.each([
    ['the registered phone chosen: one SMS, to it', false],
    ['another number chosen: to it, and a copy to the registered phone', true],
  ])('%s', async (_case, other) => {
    const r = residents[other ? 1 : 0]!;
    const { person, application } = await file(r, self, other ? OTHER : undefined);
    const sent = await smsOf(application.id);
    expect(sent.map((m) => m.phone)).toEqual(other ? [OTHER, person.phone] : [person.phone]);
    expect(new Set(sent.map((m) => m.template))).toEqual(new Set(['accepted']));
  });

  it('later progress (审核中, 办结) goes to the chosen number as well', async () => {
    const { person, application } = await file(residents[2]!, self, OTHER);
    await db.transaction((tx) =>
      advanceApplication(tx, application, new Date(application.nextActionAt!), calendar, person, {
        actor: { kind: 'system', id: 'scheduler', channel: 'system' },
      }),
    );
    const later = (await smsOf(application.id)).filter((m) => m.template !== 'accepted');
    expect(later.map((m) => m.phone)).toEqual([OTHER, person.phone]);
  });

  it('a malformed contact number falls back to the registered phone', async () => {
    const { person, application } = await file(residents[3]!, self, '12345');
    expect((await smsOf(application.id)).map((m) => m.phone)).toEqual([person.phone]);
  });
});

describe('every act done for the elder tells the elder who did it', () => {
  it.each([
    ['a relative files', relative, '您的家属“张伟”（儿子）为您提交了医保关系转移接续申请'],
    ['a staff member files', staff, '医保工作人员（工号 371600017）为您提交了医保关系转移接续申请'],
  ] as const)('%s', async (_case, actor, words) => {
    const r = residents[_case.startsWith('a relative') ? 4 : 5]!;
    const { person, application } = await file(r, () => actor);
    const notice = (await smsOf(application.id)).filter((m) => m.template.startsWith('proxyBy'));
    expect(notice).toHaveLength(1);
    expect(notice[0]!.phone).toBe(person.phone);
    expect(notice[0]!.body).toContain(`${words}，办件编号 ${application.number}`);
  });

  it('the elder filing for themself gets no proxy notice', async () => {
    const { application } = await file(residents[6]!, self, undefined, 'own');
    expect((await smsOf(application.id)).some((m) => m.template.startsWith('proxyBy'))).toBe(false);
  });

  it('a relative withdrawing an application tells the elder by name', async () => {
    const { person, application } = await file(residents[7]!, self, undefined, 'w');
    await cancelApplication(db, application, person, relative, T);
    const notice = (await smsOf(application.id)).find((m) => m.template === 'proxyByRelative');
    expect(notice?.body).toContain(`您的家属“张伟”（儿子）为您撤销了医保关系转移接续申请（办件编号 ${application.number}）`);
  });
});
