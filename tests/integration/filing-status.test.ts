import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { applicationEvents, persons, remoteFilings } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { activeFilings } from '@/lib/jingban/person-records';
import { listApplications } from '@/lib/jingban/queries';
import { cancelRemoteFiling, changeStartingAnswers } from '@/lib/jingban/remote-filings';
import { toSummary } from '@/lib/server/application-views';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { atShanghaiTime } from '@/lib/time/dates';

const calendar = createWorkingCalendar();
let db: Db;
let close: () => Promise<void>;
let zhang: PersonRow;
const actor = (p: PersonRow) => ({ kind: 'resident' as const, id: p.id, channel: 'online' as const });
const answers = (over: Record<string, unknown> = {}) => ({
  category: 'temporary',
  reason: 'referral',
  destProvinceCode: '460000',
  destCityCode: '460200',
  startDate: '2026-11-20',
  commitment: 'promise',
  contactPhone: '13800000001',
  ...over,
});

beforeAll(async () => {
  ({ db, close } = await openTestDb());
  [zhang] = (await db.select().from(persons).where(eq(persons.id, DEMO_IDS.zhangGuilan))) as [PersonRow];
});
afterAll(async () => close());

const summaries = async (today: string) => (await listApplications(db, zhang.id)).map((row) => toSummary(row, 'zh-CN', today));

describe('我的办件 says what became of each filing, from the filing rows', () => {
  let firstId = '';

  it('a filing in force: its card names the place and the last day, status 已办结', async () => {
    const { application } = await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers: answers(), idempotencyKey: 's1', actor: actor(zhang) },
      atShanghaiTime('2026-11-23', 10, 0),
      calendar,
    );
    firstId = application.id;
    const [card] = await summaries('2026-11-23');
    expect(card).toMatchObject({ id: firstId, status: 'completed', subject: '海南省三亚市 · 临时 · 到 2027年5月23日', filingEnded: null });
  });

  it('变更 starts from the filed answers, starting today; after it the old one reads 已变更 with an event', async () => {
    const [old] = await activeFilings(db, zhang.id, '2026-11-24');
    const start = await changeStartingAnswers(db, zhang.id, old!.id, '2026-11-24');
    expect(start).toMatchObject({ category: 'temporary', reason: 'referral', destCityCode: '460200', commitment: 'promise', startDate: '2026-11-24' });
    await submitApplication(
      db,
      {
        service: 'remote-care',
        person: zhang,
        answers: answers({ ...start, destProvinceCode: '370000', destCityCode: '370200', _replaces: old!.id }),
        idempotencyKey: 's2',
        actor: actor(zhang),
      },
      atShanghaiTime('2026-11-24', 10, 0),
      calendar,
    );
    const cards = await summaries('2026-11-24');
    expect(cards.find((c) => c.id === firstId)?.filingEnded).toEqual({ state: 'changed', on: '2026-11-24', place: '海南省三亚市' });
    expect(cards.find((c) => c.id !== firstId)).toMatchObject({ subject: '山东省青岛市 · 临时 · 到 2027年5月24日', filingEnded: null });
    const events = await db
      .select()
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, firstId), eq(applicationEvents.kind, 'filing-changed')));
    expect(events).toHaveLength(1);
  });

  it('取消: the card reads 已取消 with the day and the place', async () => {
    const [filing] = await activeFilings(db, zhang.id, '2026-11-25');
    await cancelRemoteFiling(db, zhang, filing!.id, actor(zhang), atShanghaiTime('2026-11-25', 9, 0));
    const card = (await summaries('2026-11-25')).find((c) => c.id !== firstId);
    expect(card?.filingEnded).toEqual({ state: 'cancelled', on: '2026-11-25', place: '山东省青岛市' });
  });

  it('a temporary filing past its last day is 已过期 and no longer in force for the rules', async () => {
    await submitApplication(
      db,
      { service: 'remote-care', person: zhang, answers: answers({ startDate: '2026-11-26' }), idempotencyKey: 's3', actor: actor(zhang) },
      atShanghaiTime('2026-11-26', 10, 0),
      calendar,
    );
    const [row] = await db
      .select()
      .from(remoteFilings)
      .where(and(eq(remoteFilings.personId, zhang.id), eq(remoteFilings.status, 'active')));
    expect(row?.endDate).toBe('2027-05-26');
    expect(await activeFilings(db, zhang.id, '2027-05-26')).toHaveLength(1);
    expect(await activeFilings(db, zhang.id, '2027-05-27')).toHaveLength(0);
    const card = (await summaries('2027-05-27')).find((c) => c.subject?.includes('2027年5月26日'));
    expect(card?.filingEnded).toEqual({ state: 'expired', on: '2027-05-26', place: '海南省三亚市' });
  });
});
