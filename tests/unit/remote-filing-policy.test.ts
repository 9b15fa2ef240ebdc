import { describe, expect, it } from 'vitest';
import { validateStep } from '@/lib/services/engine';
import { remoteCareFlow } from '@/lib/services/remote-care/flow';
import { changePossibleFrom, expiryReminderOn, homeCareRates, temporaryValidUntil, type ActiveFiling } from '@/lib/services/remote-care/policy';
import { decideRemoteCare, remoteCareValidity } from '@/lib/services/remote-care/review-plan';
import { regionBenefits } from '@/lib/data/benefits';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { describeOutcome } from '@/lib/services/describe';

// Every case quotes the sentence of the source it follows (seeds/002_ee2cd904ed51028c.txt, 第5、6、8条).
const region = '370100' as const;
const filing = (over: Partial<ActiveFiling> = {}): ActiveFiling => ({
  id: 'f1',
  category: 'long-term',
  destProvinceCode: '460000',
  destCityCode: '460200',
  startDate: '2026-06-10',
  endDate: null,
  firstCostDate: null,
  scope: 'inter-province',
  basis: 'promise',
  proofSince: null,
  ...over,
});

describe('002 第8条: 承诺制 and 双向享受 — rates when a long-term filer comes back to the 参保地 for care', () => {
  const cases: { why: string; source: string; filing: Partial<ActiveFiling>; on: string; rates: 'local' | 'temporary' }[] = [
    {
      why: 'promise only, within the first 6 months: refused home rates',
      // 002 第8条: "异地长期居住人员备案未满6个月且未提供上述有关证明材料或单纯采用个人承诺方式办理…返回参保地就医的，按‘临时外出就医人员’医保待遇政策执行。"
      source: '002 第8条',
      filing: { basis: 'promise' },
      on: '2026-12-09',
      rates: 'temporary',
    },
    {
      why: 'promise only, the day 6 months are full: home rates again',
      // 002 第8条: "备案未满6个月…" — from the day the 6 months are full, the article no longer applies.
      source: '002 第8条',
      filing: { basis: 'promise' },
      on: '2026-12-10',
      rates: 'local',
    },
    {
      why: 'with 户籍证明/居住证/单位工作证明 from the start: home rates at once (双向享受)',
      // 002 第8条: "通过提交备案就医地户籍证明、居住证或单位工作证明等材料，可享受参保地医保待遇。"
      source: '002 第8条',
      filing: { basis: 'proof', proofSince: '2026-06-10' },
      on: '2026-07-01',
      rates: 'local',
    },
    {
      why: 'proof added later: home rates from that day',
      // 002 第8条: "通过提交…证明等材料，可享受参保地医保待遇。"
      source: '002 第8条',
      filing: { basis: 'proof', proofSince: '2026-08-01' },
      on: '2026-08-01',
      rates: 'local',
    },
    {
      why: 'proof added later: care the day before it was still promise-only',
      // 002 第8条: "备案未满6个月且未提供上述有关证明材料…按‘临时外出就医人员’医保待遇政策执行。"
      source: '002 第8条',
      filing: { basis: 'proof', proofSince: '2026-08-01' },
      on: '2026-07-31',
      rates: 'temporary',
    },
    {
      why: 'a temporary filing is not 长期居住: the article does not touch it',
      // 002 第8条 speaks of "异地长期居住人员" only.
      source: '002 第8条',
      filing: { category: 'temporary', basis: null, endDate: '2026-12-10' },
      on: '2026-07-01',
      rates: 'local',
    },
  ];
  it.each(cases)('$why ($source)', ({ filing: over, on, rates }) => {
    expect(homeCareRates(filing(over), on, region)).toBe(rates);
  });

  it('the warning is said before the choice, for long-term filings only, with the months from the data', () => {
    const step = remoteCareFlow.steps.find((s) => s.key === 'commitment');
    const c = {
      today: '2026-11-30',
      person: { insuranceType: 'resident' as const, employmentStatus: null, regionCode: region, districtCode: null, phone: '13800000001' },
      facts: { activeFilings: [] },
    };
    expect(step?.hintWhen?.({ category: 'long-term' }, c)).toBe(true);
    expect(step?.hintWhen?.({ category: 'temporary' }, c)).toBe(false);
    expect(step?.hintParams?.({ category: 'long-term' }, c, 'zh-CN')).toEqual({ months: regionBenefits(region).remoteFiling.promiseOnlyHomeMonths });
  });

  it('the result (办结 SMS and 我的办件) names the basis for long-term filings and never for temporary ones', () => {
    const ctx = (answers: Record<string, unknown>) => ({
      answers: { destProvinceCode: '460000', destCityCode: '460200', startDate: '2026-11-30', ...answers },
      applicant: { insuranceType: 'resident' as const, employmentStatus: null, regionCode: region },
      submittedAt: new Date('2026-11-30T02:00:00Z'),
      calendar: createWorkingCalendar(),
    });
    const text = (answers: Record<string, unknown>) => {
      const d = decideRemoteCare(ctx(answers));
      return d.outcome === 'approved' ? describeOutcome('remote-care', d.result, 'zh-CN') : '';
    };
    expect(text({ category: 'long-term', commitment: 'promise' })).toContain('个人承诺');
    expect(text({ category: 'long-term', commitment: 'promise' })).toContain('2027年5月30日 前回参保地看病，按临时外出就医');
    expect(text({ category: 'long-term', commitment: 'proof' })).toContain('按参保地待遇');
    expect(text({ category: 'temporary', commitment: 'promise' })).not.toMatch(/承诺|参保地待遇/);
  });
});

describe('temporary validity (domain.md: configurable, at least 6 months) and the 7-day reminder', () => {
  const months = regionBenefits(region).remoteFiling.temporaryValidityMonths;
  const cases = [
    // 002 第6条: "补办临时外出就医备案的，备案起始日期不受限制。" — a start far back must still leave the full period.
    { why: 'backdated start: the period counts from the filing day', start: '2026-05-01', filedOn: '2026-11-30', until: '2027-05-30' },
    { why: 'start today: the period counts from the start', start: '2026-11-30', filedOn: '2026-11-30', until: '2027-05-30' },
    { why: 'start ahead: the period counts from the start', start: '2026-12-15', filedOn: '2026-11-30', until: '2027-06-15' },
    { why: 'month ends clamp', start: '2026-08-31', filedOn: '2026-08-30', until: '2027-02-28' },
  ];
  it.each(cases)('$why', ({ start, filedOn, until }) => {
    expect(months).toBe(6);
    expect(temporaryValidUntil(start, filedOn, region)).toBe(until);
  });

  it('the stored validity is the same rule (backdated 补办 filing keeps its start, ends 6 months after the filing day)', () => {
    const applicant = { insuranceType: 'resident' as const, employmentStatus: null, regionCode: region };
    expect(
      remoteCareValidity({ answers: { category: 'temporary', startDate: '2026-05-01' }, applicant, submittedAt: new Date('2026-11-30T02:00:00Z') }),
    ).toEqual({
      validFrom: '2026-05-01',
      validUntil: '2027-05-30',
    });
  });

  it('the reminder is due 7 days before the last valid day; long-term filings have none', () => {
    expect(expiryReminderOn('2027-05-30', region)).toBe('2027-05-23');
    expect(expiryReminderOn(null, region)).toBeNull();
  });
});

describe('002 第5条: the 6-month change/cancel lock', () => {
  // 002 第5条: "跨省异地长期居住人员登记备案后…未在备案地发生医疗费用的，可随时变更或取消备案；在备案地发生医疗费用的，变更备案或取消备案的时限统一规定为6个月。"
  const cases: { why: string; filing: Partial<ActiveFiling>; today: string; from: string | null }[] = [
    {
      why: '跨省 long-term with costs, 5 months in: locked, with the date (6 months from the start)',
      filing: { firstCostDate: '2026-07-01' },
      today: '2026-11-09',
      from: '2026-12-10',
    },
    { why: '跨省 long-term with costs, the day before: still locked', filing: { firstCostDate: '2026-07-01' }, today: '2026-12-09', from: '2026-12-10' },
    { why: '跨省 long-term with costs, 6 months full: allowed', filing: { firstCostDate: '2026-07-01' }, today: '2026-12-10', from: null },
    { why: '跨省 long-term without costs: "可随时变更或取消"', filing: { firstCostDate: null }, today: '2026-07-01', from: null },
    {
      why: '省内 long-term with costs: the article is written for 跨省, allowed',
      filing: { firstCostDate: '2026-07-01', scope: 'intra-province' },
      today: '2026-07-02',
      from: null,
    },
    {
      why: '跨省 temporary with costs: not 长期居住, allowed',
      filing: { category: 'temporary', endDate: '2026-12-10', firstCostDate: '2026-07-01' },
      today: '2026-07-02',
      from: null,
    },
  ];
  it.each(cases)('$why', ({ filing: over, today, from }) => {
    expect(changePossibleFrom(filing(over), today, region)).toBe(from);
  });
});

describe('002 第6条: 补办 start dates', () => {
  // 002 第6条: "补办异地长期居住备案的…备案起始日期自补办备案之日起最多可往前推5日；补办临时外出就医备案的，备案起始日期不受限制。"
  const person = { insuranceType: 'resident' as const, employmentStatus: null, regionCode: region, districtCode: null, phone: '13800000001' };
  const c = { today: '2026-11-30', person, facts: { activeFilings: [] } };
  it.each([
    { category: 'long-term', date: '2026-11-25', ok: true },
    { category: 'long-term', date: '2026-11-24', ok: false },
    { category: 'temporary', date: '2025-11-24', ok: true },
  ])('$category from $date: $ok', ({ category, date, ok }) => {
    expect(validateStep(remoteCareFlow, 'startDate', date, { category }, c).ok).toBe(ok);
  });
});
