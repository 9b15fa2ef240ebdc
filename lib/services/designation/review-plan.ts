import { regionBenefits } from '../../data/benefits';
import { addMonths, shanghaiDate } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';

export function designationEffectiveFrom(ctx: Pick<ReviewContext, 'applicant' | 'submittedAt'>): string {
  const today = shanghaiDate(ctx.submittedAt);
  return regionBenefits(ctx.applicant.regionCode).designation.effective === 'immediate' ? today : addMonths(`${today.slice(0, 7)}-01`, 1);
}

export function planDesignation(ctx: ReviewContext): ReviewPlan {
  return { mode: 'immediate', steps: [], expectedBy: shanghaiDate(ctx.submittedAt), estimated: false };
}

export function decideDesignation(ctx: ReviewContext): Decision {
  return {
    outcome: 'approved',
    result: { effectiveFrom: designationEffectiveFrom(ctx), facilityCode: ctx.answers.newFacilityCode, replaces: ctx.answers.replaceFacilityCode },
  };
}
