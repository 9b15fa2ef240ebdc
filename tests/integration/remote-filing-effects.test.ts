import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { persons, remoteFilings, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { DomainError } from '@/lib/errors/domain-error';
import { cancelRemoteFiling } from '@/lib/jingban/remote-filings';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { atShanghaiTime } from '@/lib/time/dates';

const calendar = createWorkingCalendar();
let db: Db;
let close: () => Promise<void>;
let zhang: PersonRow;
let wang: PersonRow;
const actor = (p: PersonRow) => ({ kind: 'resident' as const, id: p.id, channel: 'online' as const });
const answers = (over: Record<string, unknown> = {}) => ({
  category: 'temporary',
  reason: 'referral',
  destProvinceCode: '370000',
  destCityCode: '370200',
  startDate: '2026-11-20',
  commitment: 'promise',
  contactPhone: '13800000001',
  ...over,
});

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  [zhang] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.zhangGuilan))) as [PersonRow];
  [wang] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.wangJianguo))) as [PersonRow];
});
afterAll(async () => close());

const active = (personId: string) =>
  db
    .select()
    .from(remoteFilings)
    .where(and(eq(remoteFilings.personId, personId), eq(remoteFilings.status, 'active')));

describe('filings as standing records', () => {
  it('an approved filing is in force at once: 省内 scope, temporary validity of 6 months from the filing day (start backdated 3 days)', async () => {
    const now = atShanghaiTime('2026-11-23', 10, 0);
    const { application } = await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers: answers(), idempotencyKey: 'a1', actor: actor(zhang) },
      now,
      calendar,
    );
    expect(application.status).toBe('completed');
    const rows = await active(zhang.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      scope: 'intra-province',
      category: 'temporary',
      startDate: '2026-11-20',
      endDate: '2027-05-23',
      applicationId: application.id,
    });
  });

  it('a change replaces the filing: the old one is marked changed, the new one is in force', async () => {
    const [old] = await active(zhang.id);
    const now = atShanghaiTime('2026-11-24', 10, 0);
    await submitApplication(
      db,
      {
        service: 'remote-care',
        person: zhang,
        answers: answers({
          category: 'long-term',
          reason: 'long-term-residence',
          destProvinceCode: '460000',
          destCityCode: '460200',
          startDate: '2026-11-24',
          _replaces: old?.id,
        }),
        idempotencyKey: 'a2',
        actor: actor(zhang),
      },
      now,
      calendar,
    );
    const rows = await active(zhang.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ scope: 'inter-province', destCityCode: '460200', endDate: null });
    const [previous] = await db.select().from(remoteFilings).where(eq(remoteFilings.id, old!.id));
    expect(previous?.status).toBe('changed');
  });

  it('cancel without costs: allowed at once, with an SMS', async () => {
    const [filing] = await active(zhang.id);
    await cancelRemoteFiling(db, zhang, filing!.id, actor(zhang), atShanghaiTime('2026-11-25', 9, 0));
    expect(await active(zhang.id)).toHaveLength(0);
    const sms = await db
      .select()
      .from(smsMessages)
      .where(and(eq(smsMessages.phone, zhang.phone), eq(smsMessages.template, 'filingCancelled')));
    expect(sms).toHaveLength(1);
  });

  it('cancel with costs before 6 months: refused with the date; nothing changes', async () => {
    const [filing] = await active(wang.id);
    const error = await cancelRemoteFiling(db, wang, filing!.id, actor(wang), new Date()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('filing-change-locked');
    expect((error as DomainError).params.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await active(wang.id)).toHaveLength(1);
  });

  it("someone else's filing cannot be cancelled", async () => {
    const [filing] = await active(wang.id);
    const error = await cancelRemoteFiling(db, zhang, filing!.id, actor(zhang), new Date()).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('not-found');
    expect(await active(wang.id)).toHaveLength(1);
  });
});
