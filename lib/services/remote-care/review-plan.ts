import type { RegionCode } from '../../data/regions';
import { shanghaiDate } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';
import { promiseOnlyUntil, temporaryValidUntil } from './policy';

/** 即时申请即时享受: a filing takes effect the moment it is made. */
export function planRemoteCare(ctx: ReviewContext): ReviewPlan {
  return { mode: 'immediate', steps: [], expectedBy: shanghaiDate(ctx.submittedAt), estimated: false };
}

/** Long-term: no end. Temporary: the region's months, counted from the filing day when the start lies before it. */
export function remoteCareValidity(ctx: Pick<ReviewContext, 'answers' | 'applicant' | 'submittedAt'>): { validFrom: string; validUntil: string | null } {
  const validFrom = String(ctx.answers.startDate);
  if (ctx.answers.category === 'long-term') return { validFrom, validUntil: null };
  return { validFrom, validUntil: temporaryValidUntil(validFrom, shanghaiDate(ctx.submittedAt), ctx.applicant.regionCode as RegionCode) };
}

/**
 * The place is kept with the result so the 办结 SMS and page can name it (海南省琼海市); a long-term
 * filing also keeps its basis (个人承诺 or 证明材料), which decides rates back home (002 第8条).
 */
export function decideRemoteCare(ctx: ReviewContext): Decision {
  const region = ctx.applicant.regionCode as RegionCode;
  const longTerm = ctx.answers.category === 'long-term';
  const basis =
    longTerm && ctx.answers.commitment === 'promise'
      ? { basis: 'promise', promiseOnlyUntil: promiseOnlyUntil({ startDate: String(ctx.answers.startDate) }, region) }
      : longTerm && ctx.answers.commitment === 'proof'
        ? { basis: 'proof' }
        : {};
  return {
    outcome: 'approved',
    result: { ...remoteCareValidity(ctx), destProvinceCode: ctx.answers.destProvinceCode, destCityCode: ctx.answers.destCityCode, ...basis },
  };
}
