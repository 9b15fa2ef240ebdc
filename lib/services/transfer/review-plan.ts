import { regionBenefits } from '../../data/benefits';
import { atShanghaiTime, shanghaiDate } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';

export const SHANDONG_PROVINCE_CODE = '370000';

export function isIntraProvince(provinceCode: string): boolean {
  return provinceCode.slice(0, 2) === SHANDONG_PROVINCE_CODE.slice(0, 2);
}

export function transferWorkingDays(ctx: Pick<ReviewContext, 'answers' | 'applicant'>): number {
  const limits = regionBenefits(ctx.applicant.regionCode).transfer;
  return isIntraProvince(String(ctx.answers.toProvinceCode ?? '')) ? limits.intraProvinceWorkingDays : limits.interProvinceWorkingDays;
}

/** 转出地审核 → 转入地接收 → 办结, spread over the legal limit (省内 9 / 跨省 15 working days). */
export function planTransfer(ctx: ReviewContext): ReviewPlan {
  const n = transferWorkingDays(ctx);
  const today = shanghaiDate(ctx.submittedAt);
  const outDone = ctx.calendar.addWorkingDays(today, Math.ceil(n / 3));
  const inDone = ctx.calendar.addWorkingDays(today, Math.ceil((2 * n) / 3));
  const end = ctx.calendar.addWorkingDays(today, n);
  return {
    mode: 'transfer',
    steps: [
      { at: atShanghaiTime(outDone.date, 10, 0), action: 'stage', stage: 'transfer-out' },
      { at: atShanghaiTime(inDone.date, 10, 0), action: 'stage', stage: 'transfer-in' },
      { at: atShanghaiTime(end.date, 16, 0), action: 'decide' },
    ],
    expectedBy: end.date,
    estimated: end.estimated,
  };
}

export function decideTransfer(ctx: ReviewContext): Decision {
  // The insurance type decides whether the result may say the contribution years were merged.
  return {
    outcome: 'approved',
    result: { toProvinceCode: ctx.answers.toProvinceCode, toCityCode: ctx.answers.toCityCode, insuranceType: ctx.applicant.insuranceType },
  };
}
