import { describe, it, expect } from 'vitest';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { chronicBenefit, decideChronic, planChronicReview } from '@/lib/services/chronic/review-plan';
import { decideTransfer, isIntraProvince, planTransfer, transferWorkingDays } from '@/lib/services/transfer/review-plan';
import { describeOutcome } from '@/lib/services/describe';
import { moduleFor, serviceModules } from '@/lib/services/modules';
import type { ApplicantFacts, ReviewContext, ReviewPlan } from '@/lib/services/review';
import { diseaseByCode } from '@/lib/data/diseases';
import { atShanghaiTime, shanghaiDateTimeParts, weekday } from '@/lib/time/dates';

const calendar = createWorkingCalendar();

const resident: ApplicantFacts = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100' };
const employeeActive: ApplicantFacts = { insuranceType: 'employee', employmentStatus: 'active', regionCode: '370100' };
const employeeRetired: ApplicantFacts = { insuranceType: 'employee', employmentStatus: 'retired', regionCode: '370100' };

// Codes from lib/data/diseases.ts.
const CANCER = 'M00500'; // 恶性肿瘤: 居民 immediate
const HYPERTENSION = 'M03900'; // 高血压: 居民 monthly, 职工 centralised
const HEART_FAILURE = 'M04301'; // 慢性心力衰竭: 职工 same-day

function ctx(applicant: ApplicantFacts, answers: Record<string, unknown>, submittedAt: Date): ReviewContext {
  return { answers, applicant, submittedAt, calendar };
}

function chronic(applicant: ApplicantFacts, diseaseCode: string, submittedAt: Date): ReviewPlan {
  return planChronicReview(ctx(applicant, { diseaseCode }, submittedAt));
}

/** Steps as Shanghai wall-clock strings, e.g. '2026-11-30 09:00 review'. */
function stepsOf(plan: ReviewPlan): string[] {
  return plan.steps.map((s) => {
    const { date, hour, minute } = shanghaiDateTimeParts(s.at);
    const hm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    return `${date} ${hm} ${s.action}${s.stage ? ` ${s.stage}` : ''}`;
  });
}

function expectIncreasing(plan: ReviewPlan): void {
  for (let i = 1; i < plan.steps.length; i++) {
    expect(plan.steps[i]!.at.getTime()).toBeGreaterThan(plan.steps[i - 1]!.at.getTime());
  }
}

describe('fixtures match the catalogue and the 2026 calendar', () => {
  it('uses the review modes the tests assume', () => {
    expect(diseaseByCode('resident', CANCER)?.reviewMode).toBe('immediate');
    expect(diseaseByCode('resident', HYPERTENSION)?.reviewMode).toBe('monthly');
    expect(diseaseByCode('employee', HYPERTENSION)?.reviewMode).toBe('centralised');
    expect(diseaseByCode('employee', HEART_FAILURE)?.reviewMode).toBe('same-day');
  });

  it('has the 2026 国庆/中秋 schedule the hand-derived dates rely on', () => {
    // 2026: 中秋 09-25..27, 国庆 10-01..07 off; 调休 workdays 09-20 (Sun) and 10-10 (Sat).
    for (const d of ['2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-07']) {
      expect(calendar.isWorkingDay(d), d).toBe(false);
    }
    expect(weekday('2026-09-20')).toBe(0);
    expect(weekday('2026-10-10')).toBe(6);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(weekday('2026-10-31')).toBe(6); // Saturday
    expect(weekday('2026-11-30')).toBe(1); // Monday
    expect(weekday('2026-12-31')).toBe(4); // Thursday
  });
});

describe('门诊慢特病 review plans', () => {
  it('居民 恶性肿瘤 is decided at once: immediate, no steps, expected today', () => {
    const plan = chronic(resident, CANCER, atShanghaiTime('2026-11-10', 10, 0));
    expect(plan).toEqual({ mode: 'immediate', steps: [], expectedBy: '2026-11-10', estimated: false });
  });

  it('immediate uses the Shanghai date, not UTC (23:30 Shanghai is still that day)', () => {
    const plan = chronic(resident, CANCER, atShanghaiTime('2026-11-10', 23, 30));
    expect(plan.expectedBy).toBe('2026-11-10');
    const early = chronic(resident, CANCER, atShanghaiTime('2026-11-11', 0, 30)); // 2026-11-10 16:30 UTC
    expect(early.expectedBy).toBe('2026-11-11');
  });

  describe('居民 高血压: monthly batch on the last working day of the month', () => {
    it('submitted 2026-11-10 → batch 2026-11-30 (review 09:00, decide 16:00)', () => {
      const plan = chronic(resident, HYPERTENSION, atShanghaiTime('2026-11-10', 10, 0));
      expect(plan.mode).toBe('monthly');
      expect(plan.expectedBy).toBe('2026-11-30');
      expect(plan.estimated).toBe(false);
      expect(stepsOf(plan)).toEqual(['2026-11-30 09:00 review', '2026-11-30 16:00 decide']);
      expectIncreasing(plan);
    });

    it('submitted on the batch day itself (2026-11-30) → rolls to December’s last working day', () => {
      expect(calendar.lastWorkingDayOfMonth('2026-12-01')).toEqual({ date: '2026-12-31', estimated: false });
      for (const hour of [8, 12, 20]) {
        const plan = chronic(resident, HYPERTENSION, atShanghaiTime('2026-11-30', hour, 0));
        expect(plan.expectedBy, `hour ${hour}`).toBe('2026-12-31');
        expect(stepsOf(plan)).toEqual(['2026-12-31 09:00 review', '2026-12-31 16:00 decide']);
        expect(plan.estimated).toBe(false);
      }
    });

    it('month ending on a weekend: October 2026 (10-31 is Saturday) → 10-30', () => {
      const plan = chronic(resident, HYPERTENSION, atShanghaiTime('2026-10-05', 9, 0));
      expect(plan.expectedBy).toBe('2026-10-30');
      expect(stepsOf(plan)).toEqual(['2026-10-30 09:00 review', '2026-10-30 16:00 decide']);
    });

    it('submitted on a weekend after the last working day (2026-10-31) → November batch', () => {
      const plan = chronic(resident, HYPERTENSION, atShanghaiTime('2026-10-31', 9, 0));
      expect(plan.expectedBy).toBe('2026-11-30');
    });

    it('a disease code outside the catalogue is still planned (monthly) so it can be refused', () => {
      const plan = chronic(resident, 'X99999', atShanghaiTime('2026-11-10', 10, 0));
      expect(plan.mode).toBe('monthly');
      expect(plan.expectedBy).toBe('2026-11-30');
    });
  });

  describe('职工 高血压: 集中认定 within 20 working days', () => {
    it('submitted 2026-09-25 (中秋) → review from 09-28, decided by 2026-10-29 across 国庆 and 调休', () => {
      // By hand: 09-28,29,30 (3) · 10-01..07 off · 10-08,09 (5) · 10-10 Sat 调休 (6) ·
      // 10-12..16 (11) · 10-19..23 (16) · 10-26,27,28,29 (20).
      const plan = chronic(employeeActive, HYPERTENSION, atShanghaiTime('2026-09-25', 10, 0));
      expect(plan.mode).toBe('centralised');
      expect(plan.expectedBy).toBe('2026-10-29');
      expect(plan.estimated).toBe(false);
      expect(stepsOf(plan)).toEqual(['2026-09-28 09:00 review', '2026-10-29 16:00 decide']);
      expect(calendar.workingDaysBetween('2026-09-25', plan.expectedBy!)).toBe(20);
      expectIncreasing(plan);
    });

    it('submitted on an ordinary Tuesday 2026-11-10 → 2026-12-08', () => {
      const plan = chronic(employeeRetired, HYPERTENSION, atShanghaiTime('2026-11-10', 15, 0));
      expect(plan.expectedBy).toBe('2026-12-08');
      expect(stepsOf(plan)).toEqual(['2026-11-11 09:00 review', '2026-12-08 16:00 decide']);
    });

    it('a deadline running into 2027 is estimated (预计)', () => {
      const plan = chronic(employeeActive, HYPERTENSION, atShanghaiTime('2026-12-15', 10, 0));
      expect(plan.expectedBy?.startsWith('2027-')).toBe(true);
      expect(plan.estimated).toBe(true);
    });
  });

  describe('职工 other diseases (慢性心力衰竭): reviewed the same day', () => {
    it('working day before 17:00 → decided that day at 17:00', () => {
      const plan = chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-11-10', 16, 59));
      expect(plan.mode).toBe('same-day');
      expect(plan.expectedBy).toBe('2026-11-10');
      expect(plan.estimated).toBe(false);
      expect(stepsOf(plan)).toEqual(['2026-11-10 17:00 decide']);
    });

    it('after 17:00 on a working day → next working day', () => {
      expect(chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-11-10', 17, 0)).expectedBy).toBe('2026-11-11');
      const friday = chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-11-13', 18, 30));
      expect(friday.expectedBy).toBe('2026-11-16');
      expect(stepsOf(friday)).toEqual(['2026-11-16 17:00 decide']);
    });

    it('on a Saturday → next working day (Monday)', () => {
      const plan = chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-11-14', 10, 0));
      expect(plan.expectedBy).toBe('2026-11-16');
      expect(stepsOf(plan)).toEqual(['2026-11-16 17:00 decide']);
    });

    it('on a 调休 Saturday (2026-10-10) → same day; during 国庆 → first day after', () => {
      expect(chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-10-10', 9, 0)).expectedBy).toBe('2026-10-10');
      expect(chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-10-02', 9, 0)).expectedBy).toBe('2026-10-08');
    });

    it('after 17:00 on 2026-12-31 → 2027-01-04, estimated (2027 schedule unknown, 元旦 assumed)', () => {
      const plan = chronic(employeeActive, HEART_FAILURE, atShanghaiTime('2026-12-31', 18, 0));
      expect(plan.expectedBy).toBe('2027-01-04');
      expect(plan.estimated).toBe(true);
    });
  });

  it('居民 monthly batch into January 2027 is estimated: 2027-01-31 is Sunday → 01-29', () => {
    const plan = chronic(resident, HYPERTENSION, atShanghaiTime('2026-12-31', 10, 0));
    expect(plan.expectedBy).toBe('2027-01-29');
    expect(plan.estimated).toBe(true);
  });
});

describe('医保关系转移 plans', () => {
  const intra = { toProvinceCode: '370000', toCityCode: '370200' };
  const inter = { toProvinceCode: '110000', toCityCode: '110100' };

  it('省内 = 9 working days, 跨省 = 15', () => {
    expect(isIntraProvince('370000')).toBe(true);
    expect(isIntraProvince('110000')).toBe(false);
    expect(transferWorkingDays({ answers: intra, applicant: resident })).toBe(9);
    expect(transferWorkingDays({ answers: inter, applicant: resident })).toBe(15);
  });

  it('省内 from Tuesday 2026-11-10: transfer-out, transfer-in, decide → 2026-11-23', () => {
    const plan = planTransfer(ctx(resident, intra, atShanghaiTime('2026-11-10', 10, 0)));
    expect(plan.mode).toBe('transfer');
    expect(plan.expectedBy).toBe('2026-11-23');
    expect(plan.estimated).toBe(false);
    expect(stepsOf(plan)).toEqual(['2026-11-13 10:00 stage transfer-out', '2026-11-18 10:00 stage transfer-in', '2026-11-23 16:00 decide']);
    expect(calendar.workingDaysBetween('2026-11-10', plan.expectedBy!)).toBe(9);
    expectIncreasing(plan);
  });

  it('跨省 from Tuesday 2026-11-10: three steps over 15 working days → 2026-12-01', () => {
    const plan = planTransfer(ctx(employeeActive, inter, atShanghaiTime('2026-11-10', 10, 0)));
    expect(plan.expectedBy).toBe('2026-12-01');
    expect(stepsOf(plan)).toEqual(['2026-11-17 10:00 stage transfer-out', '2026-11-24 10:00 stage transfer-in', '2026-12-01 16:00 decide']);
    expect(calendar.workingDaysBetween('2026-11-10', plan.expectedBy!)).toBe(15);
    expectIncreasing(plan);
  });

  it('省内 across 中秋/国庆 with the 10-10 调休 Saturday', () => {
    // 09-28,29,30 (3) · 10-08,09 (5) · 10-10 Sat 调休 (6) · 10-12,13,14 (9).
    const plan = planTransfer(ctx(resident, intra, atShanghaiTime('2026-09-25', 11, 0)));
    expect(stepsOf(plan)).toEqual(['2026-09-30 10:00 stage transfer-out', '2026-10-10 10:00 stage transfer-in', '2026-10-14 16:00 decide']);
    expect(plan.expectedBy).toBe('2026-10-14');
    expect(plan.estimated).toBe(false);
  });

  it('跨省 across a weekend and the 09-20 调休 Sunday', () => {
    // Submitted Friday 09-18: 09-20 Sun 调休 (1) · 09-21..24 (5) · 09-28,29,30 (8) · 10-08,09 (10) ·
    // 10-10 Sat 调休 (11) · 10-12..15 (15).
    const plan = planTransfer(ctx(resident, inter, atShanghaiTime('2026-09-18', 15, 0)));
    expect(stepsOf(plan)).toEqual(['2026-09-24 10:00 stage transfer-out', '2026-10-09 10:00 stage transfer-in', '2026-10-15 16:00 decide']);
    expect(plan.expectedBy).toBe('2026-10-15');
  });

  it('a deadline that runs into 2027 is marked estimated', () => {
    // From Sunday 2026-12-20: 12-21..25 (5) · 12-28..31 (9) · 2027-01-01 assumed 元旦 ·
    // 01-04 (10) · 01-05..08 (14) · 01-11 (15).
    const plan = planTransfer(ctx(resident, inter, atShanghaiTime('2026-12-20', 10, 0)));
    expect(plan.expectedBy).toBe('2027-01-11');
    expect(plan.estimated).toBe(true);
    expect(stepsOf(plan)).toEqual(['2026-12-25 10:00 stage transfer-out', '2027-01-04 10:00 stage transfer-in', '2027-01-11 16:00 decide']);
  });

  it('a deadline within 2026 is not estimated', () => {
    const plan = planTransfer(ctx(resident, intra, atShanghaiTime('2026-12-01', 10, 0)));
    expect(plan.expectedBy! < '2027-01-01').toBe(true);
    expect(plan.estimated).toBe(false);
  });

  it('an operator schedule for 2027 makes the same deadline known (no longer estimated)', () => {
    const withSchedule = createWorkingCalendar([{ year: 2027, holidays: ['2027-01-01'], workdays: [] }]);
    const plan = planTransfer({ answers: inter, applicant: resident, submittedAt: atShanghaiTime('2026-12-20', 10, 0), calendar: withSchedule });
    expect(plan.expectedBy).toBe('2027-01-11');
    expect(plan.estimated).toBe(false);
  });

  it('decideTransfer approves with the destination', () => {
    expect(decideTransfer(ctx(resident, inter, atShanghaiTime('2026-11-10', 10, 0)))).toEqual({
      outcome: 'approved',
      result: { toProvinceCode: '110000', toCityCode: '110100', insuranceType: 'resident' },
    });
  });
});

describe('decideChronic and the benefit shown', () => {
  const at = atShanghaiTime('2026-11-10', 10, 0);

  it('refuses a disease that is not in the applicant’s catalogue', () => {
    expect(decideChronic(ctx(resident, { diseaseCode: 'X99999' }, at))).toEqual({
      outcome: 'rejected',
      reason: 'disease-not-in-catalogue',
    });
    // 肺动脉高压 (M04000) is only in the 职工 catalogue.
    expect(diseaseByCode('employee', 'M04000')).toBeDefined();
    expect(diseaseByCode('resident', 'M04000')).toBeUndefined();
    expect(decideChronic(ctx(resident, { diseaseCode: 'M04000' }, at))).toEqual({
      outcome: 'rejected',
      reason: 'disease-not-in-catalogue',
    });
    expect(decideChronic(ctx(resident, {}, at))).toMatchObject({ outcome: 'rejected' });
  });

  // 004: 职工 85% (退休 +5%), sharing one annual limit with inpatient care — no amount is given, so none is invented.
  it('职工 退休 gets 85% + 5% = 90%, sharing the inpatient limit', () => {
    const decision = decideChronic(ctx(employeeRetired, { diseaseCode: HYPERTENSION }, at));
    expect(decision).toEqual({
      outcome: 'approved',
      result: {
        diseaseCode: HYPERTENSION,
        benefit: {
          insuranceType: 'employee',
          ratePercent: 90,
          annualLimitYuan: null,
          sharesInpatientLimit: true,
          maxPrescriptionMonths: 3,
        },
      },
    });
  });

  it('职工 在职 gets 85%', () => {
    expect(chronicBenefit({ applicant: employeeActive }).ratePercent).toBe(85);
  });

  it('居民 gets 65% and 3000 元 per disease per year', () => {
    const decision = decideChronic(ctx(resident, { diseaseCode: HYPERTENSION }, at));
    expect(decision.outcome).toBe('approved');
    if (decision.outcome !== 'approved') return;
    expect(decision.result.benefit).toEqual({
      insuranceType: 'resident',
      ratePercent: 65,
      annualLimitYuan: 3000,
      sharesInpatientLimit: false,
      maxPrescriptionMonths: 3,
    });
  });

  it('describeOutcome renders the numbers in zh-CN', () => {
    const retired = decideChronic(ctx(employeeRetired, { diseaseCode: HYPERTENSION }, at));
    const res = decideChronic(ctx(resident, { diseaseCode: HYPERTENSION }, at));
    if (retired.outcome !== 'approved' || res.outcome !== 'approved') throw new Error('expected approvals');
    expect(describeOutcome('chronic', retired.result, 'zh-CN')).toBe(
      '门诊慢特病待遇已生效：门诊费用报销 90%，和住院共用一个年度限额；一次最多可开 3 个月的药。',
    );
    expect(describeOutcome('chronic', res.result, 'zh-CN')).toBe(
      '门诊慢特病待遇已生效：门诊费用报销 65%，这个病种每年最多报销 3000 元；一次最多可开 3 个月的药。',
    );
    // Without a benefit nothing is invented.
    expect(describeOutcome('chronic', {}, 'zh-CN')).toBe('');
  });

  it('the modules wire chronic and transfer to these rules, each with its own 办件编号 prefix', () => {
    expect(moduleFor('chronic').review.plan).toBe(planChronicReview);
    expect(moduleFor('chronic').review.decide).toBe(decideChronic);
    expect(moduleFor('transfer').review.plan).toBe(planTransfer);
    const prefixes = serviceModules.map((m) => m.numberPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
