import type { RegionCode } from './regions';

/**
 * 医疗费手工报销, per 统筹区. 002 第6条 says only that a person who paid out of pocket "可以按参保地规定申请
 * 手工报销"; the seeds give no deadline for claims and no review time. Both stay null (no limit is
 * enforced, no time is promised) until an operator enters the 统筹区's own published figure here.
 */
export type ReimbursementTerms = {
  /** Days after the care (discharge, or the outpatient visit) within which a claim may be made. */
  readonly claimWithinDays: number | null;
  /** Working days the 经办 takes to review a claim; shown as 一般 N 个工作日 only when set. */
  readonly reviewWorkingDays: number | null;
};

const UNSET: ReimbursementTerms = { claimWithinDays: null, reviewWorkingDays: null };

const terms: Record<RegionCode, ReimbursementTerms> = {
  '370100': UNSET,
  '370200': UNSET,
  '370700': UNSET,
  '371600': UNSET,
};

export function reimbursementTerms(region: RegionCode): ReimbursementTerms {
  return terms[region] ?? UNSET;
}
