import { regionBenefits, centralisedReviewWorkingDays } from '../../data/benefits';
import { diseaseByCode } from '../../data/diseases';
import { addMonths, atShanghaiTime, shanghaiDateTimeParts } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';

/** Applications filed after this hour on a working day are reviewed the next working day. */
const SAME_DAY_CUTOFF_HOUR = 17;

function diseaseOf(ctx: ReviewContext) {
  return diseaseByCode(ctx.applicant.insuranceType, String(ctx.answers.diseaseCode ?? ''));
}

/** Review timing per disease (Jinan 001 第(四)条): 即时 / 当日 / 每月集中 / 集中认定 ≤ 20 working days. */
export function planChronicReview(ctx: ReviewContext): ReviewPlan {
  const disease = diseaseOf(ctx);
  const { calendar } = ctx;
  const { date: today, hour } = shanghaiDateTimeParts(ctx.submittedAt);
  const mode = disease?.reviewMode ?? 'monthly';
  switch (mode) {
    case 'immediate':
      return { mode, steps: [], expectedBy: today, estimated: false };
    case 'same-day': {
      const sameDay = calendar.isWorkingDay(today) && hour < SAME_DAY_CUTOFF_HOUR;
      const day = sameDay ? today : calendar.nextWorkingDay(today);
      return {
        mode,
        steps: [{ at: atShanghaiTime(day, SAME_DAY_CUTOFF_HOUR, 0), action: 'decide' }],
        expectedBy: day,
        estimated: !calendar.isKnownYear(Number(day.slice(0, 4))),
      };
    }
    case 'monthly': {
      let batch = calendar.lastWorkingDayOfMonth(today);
      if (batch.date <= today) batch = calendar.lastWorkingDayOfMonth(addMonths(`${today.slice(0, 7)}-01`, 1));
      return {
        mode,
        steps: [
          { at: atShanghaiTime(batch.date, 9, 0), action: 'review' },
          { at: atShanghaiTime(batch.date, 16, 0), action: 'decide' },
        ],
        expectedBy: batch.date,
        estimated: batch.estimated,
      };
    }
    case 'centralised': {
      const start = calendar.nextWorkingDay(today);
      const deadline = calendar.addWorkingDays(today, centralisedReviewWorkingDays);
      return {
        mode,
        steps: [
          { at: atShanghaiTime(start, 9, 0), action: 'review' },
          { at: atShanghaiTime(deadline.date, 16, 0), action: 'decide' },
        ],
        expectedBy: deadline.date,
        estimated: deadline.estimated,
      };
    }
  }
}

/**
 * 免申即享 (002 第12条): "由医疗机构直接发起…属地医保经办机构线上确认，参保群众即可享受". The sources give no
 * time for the online confirmation; the mock 经办 confirms by the same working day's cut-off (the
 * next working day's when filed later), and the benefit is recognised in the same moment.
 */
export function planHospitalConfirmation(ctx: Pick<ReviewContext, 'submittedAt' | 'calendar'>): ReviewPlan {
  const { calendar } = ctx;
  const { date: today, hour } = shanghaiDateTimeParts(ctx.submittedAt);
  const day = calendar.isWorkingDay(today) && hour < SAME_DAY_CUTOFF_HOUR ? today : calendar.nextWorkingDay(today);
  const at = atShanghaiTime(day, SAME_DAY_CUTOFF_HOUR, 0);
  return {
    mode: 'hospital-initiated',
    steps: [
      { at, action: 'confirm' },
      { at, action: 'decide' },
    ],
    expectedBy: day,
    estimated: !calendar.isKnownYear(Number(day.slice(0, 4))),
  };
}

export type ChronicBenefit = {
  insuranceType: 'employee' | 'resident';
  ratePercent: number;
  /** 居民: per disease per year (004). 职工: null, the limit shared with inpatient care has no figure in the sources. */
  annualLimitYuan: number | null;
  sharesInpatientLimit: boolean;
  maxPrescriptionMonths: number;
};

export function chronicBenefit(ctx: Pick<ReviewContext, 'applicant'>): ChronicBenefit {
  const benefits = regionBenefits(ctx.applicant.regionCode).chronic;
  if (ctx.applicant.insuranceType === 'employee') {
    const e = benefits.employee;
    const rate = e.rate + (ctx.applicant.employmentStatus === 'retired' ? e.retiredExtra : 0);
    return {
      insuranceType: 'employee',
      ratePercent: Math.round(rate * 100),
      annualLimitYuan: null,
      sharesInpatientLimit: e.sharesInpatientLimit,
      maxPrescriptionMonths: benefits.maxPrescriptionMonths,
    };
  }
  return {
    insuranceType: 'resident',
    ratePercent: Math.round(benefits.resident.rate * 100),
    annualLimitYuan: benefits.resident.perDiseaseAnnualLimitYuan,
    sharesInpatientLimit: false,
    maxPrescriptionMonths: benefits.maxPrescriptionMonths,
  };
}

/** The mock 经办 approves a disease of the applicant's own catalogue; anything else is refused. */
export function decideChronic(ctx: ReviewContext): Decision {
  const disease = diseaseOf(ctx);
  if (!disease) return { outcome: 'rejected', reason: 'disease-not-in-catalogue' };
  return {
    outcome: 'approved',
    result: { diseaseCode: disease.code, benefit: chronicBenefit(ctx) },
  };
}
