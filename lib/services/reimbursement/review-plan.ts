import { reimbursementTerms } from '../../data/reimbursement-terms';
import type { RegionCode } from '../../data/regions';
import { atShanghaiTime, shanghaiDate } from '../../time/dates';
import type { Decision, ReviewContext, ReviewPlan } from '../review';
import type { ReimbursementFacts } from './policy';

/**
 * A case worker reads the photos from the next working day on and decides at the desk: nothing is
 * decided by itself. A date is promised only when the 统筹区's data has a review time (the seeds give none).
 */
export function planReimbursement(ctx: ReviewContext): ReviewPlan {
  const today = shanghaiDate(ctx.submittedAt);
  const days = reimbursementTerms(ctx.applicant.regionCode as RegionCode).reviewWorkingDays;
  const due = days === null ? null : ctx.calendar.addWorkingDays(today, days);
  return {
    mode: 'desk',
    steps: [{ at: atShanghaiTime(ctx.calendar.nextWorkingDay(today), 9, 0), action: 'review' }],
    expectedBy: due?.date ?? null,
    estimated: due?.estimated ?? false,
  };
}

/**
 * Approval pays to the 社保卡's account as it stands at the moment of the decision (the desk reads the
 * person's facts then); without one it cannot approve. The amount and its reason are the case worker's
 * (decisionInputs), checked by the desk and stored beside this result.
 */
export function decideReimbursement(ctx: ReviewContext): Decision {
  const account = (ctx.facts as ReimbursementFacts | undefined)?.cardAccount;
  if (!account) return { outcome: 'rejected', reason: 'no-card-account' };
  return { outcome: 'approved', result: { bank: account.bank, account: account.masked, careType: ctx.answers.careType } };
}
