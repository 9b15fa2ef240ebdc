import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { openTestDb, personRow } from '@/tests/helpers/test-db';
import type { Db } from '@/lib/db/client';
import { designations, smsMessages } from '@/lib/db/schema';
import type { PersonRow } from '@/lib/db/types';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { submitApplication } from '@/lib/jingban/applications';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import type { Actor } from '@/lib/jingban/status';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { validateAll, stepOptions, findStep } from '@/lib/services/engine';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import { flowFor } from '@/lib/services/flows';
import { atShanghaiTime } from '@/lib/time/dates';

const calendar = createWorkingCalendar();
const resident = (p: PersonRow): Actor => ({ kind: 'resident', id: p.id, channel: 'online' });

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await openTestDb());
});

afterAll(async () => {
  await close();
});

const person = (id: string): Promise<PersonRow> => personRow(db, id);

const smsOf = (id: string) => db.select().from(smsMessages).where(eq(smsMessages.applicationId, id)).orderBy(asc(smsMessages.id));

describe('定点医疗机构变更 takes effect per the region’s rule', () => {
  const T = atShanghaiTime('2026-11-10', 10, 0);
  const YAOJIA = 'H37010200004';
  const QILU = 'H37010200001';
  const QIANFO = 'H37010200002';

  const held = async (personId: string) => db.select().from(designations).where(eq(designations.personId, personId)).orderBy(asc(designations.id));

  it('张桂兰 (济南, next month): 姚家 ends on 1 December, 千佛山 starts that day; no second change this year', async () => {
    const zhang = await person(DEMO_IDS.zhangGuilan);
    const flow = flowFor('designation')!;
    const ctx = await loadFlowContext(db, zhang, 'designation', T);
    expect((ctx.facts as DesignationFacts).designations.map((d) => d.facilityCode)).toEqual([YAOJIA, QILU]);
    const answers = { replaceFacilityCode: YAOJIA, newFacilityCode: QIANFO, contactPhone: zhang.phone };
    const checked = validateAll(flow, answers, ctx);
    expect(checked.ok).toBe(true);

    const { application } = await submitApplication(
      db,
      { service: 'designation', person: zhang, answers, idempotencyKey: 'designation-1', actor: resident(zhang) },
      T,
      calendar,
    );
    expect(application.status).toBe('completed');
    expect(application.outcome).toMatchObject({ outcome: 'approved', effectiveFrom: '2026-12-01', facilityCode: QIANFO, replaces: YAOJIA });
    expect((await smsOf(application.id)).map((m) => m.template)).toEqual(['completed']);
    expect((await smsOf(application.id))[0]!.body).toContain('2026年12月1日');

    const rows = await held(zhang.id);
    expect(rows.map((r) => [r.facilityCode, r.validUntil, r.applicationId])).toEqual([
      [YAOJIA, '2026-12-01', null],
      [QILU, null, null],
      [QIANFO, null, application.id],
    ]);
    expect(rows[2]!.validFrom).toBe('2026-12-01');

    const after = await loadFlowContext(db, zhang, 'designation', T);
    expect(validateAll(flow, answers, after)).toEqual({
      ok: false,
      step: 'check',
      refusal: { code: 'designation-limit-reached', params: { date: '2027-01-01', count: 1 } },
    });
    // Next year: allowed again, and 姚家 (ended) is no longer among those to replace.
    const nextYear = await loadFlowContext(db, zhang, 'designation', atShanghaiTime('2027-01-04', 9, 0));
    expect(flow.startRule?.(nextYear)).toBeNull();
    expect(stepOptions(findStep(flow, 'replaceFacilityCode')!, {}, nextYear).map((o) => o.value)).toEqual([QILU, QIANFO, 'add']);
  });

  it('王建国 (潍坊, immediate) adds a third facility from today, replacing none', async () => {
    const wang = await person(DEMO_IDS.wangJianguo);
    const answers = { replaceFacilityCode: 'add', newFacilityCode: 'H37070200001', contactPhone: wang.phone };
    const ctx = await loadFlowContext(db, wang, 'designation', T);
    expect(validateAll(flowFor('designation')!, answers, ctx).ok).toBe(true);
    const { application } = await submitApplication(
      db,
      { service: 'designation', person: wang, answers, idempotencyKey: 'designation-add', actor: resident(wang) },
      T,
      calendar,
    );
    expect(application.outcome).toMatchObject({ effectiveFrom: '2026-11-10' });
    const rows = await held(wang.id);
    expect(rows.map((r) => [r.facilityCode, r.validFrom >= '2026-11-10' ? r.validFrom : 'old', r.validUntil])).toEqual([
      ['H37070500001', 'old', null],
      ['H37070500004', 'old', null],
      ['H37070200001', '2026-11-10', null],
    ]);
  });
});

describe('医保关系转移接续 facts', () => {
  it('张伟 cannot file a second transfer while one is in progress', async () => {
    const zhangWei = await person(DEMO_IDS.zhangWei);
    const T = atShanghaiTime('2026-11-10', 10, 0);
    const flow = flowFor('transfer')!;
    // 跨省: a 职工's 省内 transfer is not applied for (002 第9条).
    const answers = { toProvinceCode: '110000', toCityCode: '110100', contactPhone: zhangWei.phone };
    const before = await loadFlowContext(db, zhangWei, 'transfer', T);
    expect(validateAll(flow, answers, before).ok).toBe(true);
    await submitApplication(db, { service: 'transfer', person: zhangWei, answers, idempotencyKey: 'transfer-1', actor: resident(zhangWei) }, T, calendar);
    const after = await loadFlowContext(db, zhangWei, 'transfer', T);
    expect(validateAll(flow, answers, after)).toEqual({ ok: false, step: 'check', refusal: { code: 'transfer-pending' } });
  });
});
