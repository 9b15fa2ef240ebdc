import { regionBenefits } from '../../data/benefits';
import { addMonths, shanghaiDate } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';

/** 即时申请即时享受: a filing takes effect the moment it is made. */
export function planRemoteCare(ctx: ReviewContext): ReviewPlan {
  return { mode: 'immediate', steps: [], expectedBy: shanghaiDate(ctx.submittedAt), estimated: false };
}

export function remoteCareValidity(ctx: Pick<ReviewContext, 'answers' | 'applicant'>): { validFrom: string; validUntil: string | null } {
  const validFrom = String(ctx.answers.startDate);
  if (ctx.answers.category === 'long-term') return { validFrom, validUntil: null };
  const months = regionBenefits(ctx.applicant.regionCode).remoteFiling.temporaryValidityMonths;
  return { validFrom, validUntil: addMonths(validFrom, months) };
}

/** The place is kept with the result so the 办结 SMS and page can name it (海南省琼海市). */
export function decideRemoteCare(ctx: ReviewContext): Decision {
  return { outcome: 'approved', result: { ...remoteCareValidity(ctx), destProvinceCode: ctx.answers.destProvinceCode, destCityCode: ctx.answers.destCityCode } };
}
