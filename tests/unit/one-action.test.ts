import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { applicableSteps, quickDates, stepPosition } from '@/lib/services/engine';
import type { FlowContext, FlowDefinition, FlowStep } from '@/lib/services/flow';
import { remoteCareFlow } from '@/lib/services/remote-care/flow';
import type { RemoteCareFacts } from '@/lib/services/remote-care/policy';
import { readStepValue } from '@/lib/services/step-input';

const person = { insuranceType: 'resident' as const, employmentStatus: null, regionCode: '370100' as const, districtCode: '370102', phone: '13800000001' };
const ctx: FlowContext<RemoteCareFacts> = { today: '2026-11-30', person, facts: { activeFilings: [] } };
const startDate = remoteCareFlow.steps.find((s) => s.key === 'startDate') as FlowStep<RemoteCareFacts>;

const walk = (answers: Record<string, string>) => {
  const totals: number[] = [];
  const indexes: number[] = [];
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    const { index, total } = stepPosition(remoteCareFlow, key, given, ctx);
    totals.push(total);
    indexes.push(index);
    given[key] = value;
  }
  return { totals, indexes };
};

const upTo = { category: 'long-term', reason: 'retired-relocation', destProvinceCode: '110000', destCityCode: '110100', startDate: '2026-11-30' };

describe('第 N 步 / 共 M 步', () => {
  it('counts the proof-photos step from the first question, while 承诺制 or 交材料 is still open', () => {
    expect(stepPosition(remoteCareFlow, 'category', {}, ctx)).toEqual({ index: 1, total: 8 });
    expect(applicableSteps(remoteCareFlow, {}, ctx)).toHaveLength(7);
  });

  it('with proof photos the total stays the same on every step', () => {
    const { totals, indexes } = walk({ ...upTo, commitment: 'proof', proofPhotos: 'x', contactPhone: '13800000001' });
    expect(new Set(totals)).toEqual(new Set([8]));
    expect(indexes).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('with 承诺制 it never grows: it drops once, when the answer decides the photos are not needed', () => {
    const { totals, indexes } = walk({ ...upTo, commitment: 'promise', contactPhone: '13800000001' });
    expect(totals).toEqual([8, 8, 8, 8, 8, 8, 7]);
    expect(indexes).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1] ?? 0);
  });

  it('a condition no open answer can turn on is not counted', () => {
    const flow: FlowDefinition = {
      service: 'transfer',
      steps: [
        { key: 'a', kind: 'choice', schema: z.string(), options: () => [{ value: 'x', label: { text: 'x' } }] },
        { key: 'b', kind: 'choice', schema: z.string(), when: (_a, c) => c.today < '2000-01-01' },
      ],
    };
    expect(stepPosition(flow, 'a', {}, { ...ctx, facts: {} })).toEqual({ index: 1, total: 1 });
  });
});

describe('quick dates', () => {
  it('offers 今天, 明天, 后天, 昨天 and 前天 when the range allows them, and the same days for voice', () => {
    const days = quickDates(startDate, { category: 'long-term' }, ctx);
    expect(days).toEqual([
      { date: '2026-11-30', word: 'today' },
      { date: '2026-12-01', word: 'tomorrow' },
      { date: '2026-12-02', word: 'dayAfter' },
      { date: '2026-11-29', word: 'yesterday' },
      { date: '2026-11-28', word: 'dayBefore' },
    ]);
  });

  it('leaves out the days outside the range', () => {
    const step: FlowStep = { key: 'd', kind: 'date', schema: z.string(), dateRange: (_a, c) => ({ min: null, max: c.today }) };
    expect(quickDates(step, {}, { ...ctx, facts: {} }).map((d) => d.word)).toEqual(['today', 'yesterday', 'dayBefore']);
  });
});

describe('a date picked in the calendar', () => {
  it('is the answer even when 其他日期 was not ticked', () => {
    expect(readStepValue(startDate, { other: '2026-12-05' }, undefined)).toBe('2026-12-05');
    expect(readStepValue(startDate, { value: '', other: '2026-12-05' }, undefined)).toBe('2026-12-05');
    expect(readStepValue(startDate, { value: 'other', other: '2026-12-05' }, undefined)).toBe('2026-12-05');
  });

  it('gives way to a one-tap day that was chosen, and nothing chosen stays nothing', () => {
    expect(readStepValue(startDate, { value: '2026-11-30', other: '2026-12-05' }, undefined)).toBe('2026-11-30');
    expect(readStepValue(startDate, { value: '', other: '' }, undefined)).toBeUndefined();
    expect(readStepValue(startDate, {}, undefined)).toBeUndefined();
  });
});
