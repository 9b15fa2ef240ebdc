import type { InsuranceType } from '../data/diseases';
import type { RegionCode } from '../data/regions';
import type { IsoDate } from '../time/dates';
import type { WorkingCalendar } from '../calendar/working-days';

export type { ServiceKey } from './modules';

export type ReviewMode = 'immediate' | 'same-day' | 'monthly' | 'centralised' | 'transfer' | 'hospital-initiated' | 'desk';

/** Modes whose decision waits for a case worker at the review desk (not taken by the scheduler alone). */
export const deskReviewModes = ['monthly', 'centralised', 'transfer', 'desk'] as const satisfies readonly ReviewMode[];

export type ApplicantFacts = {
  insuranceType: InsuranceType;
  employmentStatus: 'active' | 'retired' | null;
  regionCode: RegionCode;
};

export type ReviewContext = {
  answers: Record<string, unknown>;
  applicant: ApplicantFacts;
  submittedAt: Date;
  calendar: WorkingCalendar;
  /** At the review desk: what the service's facts loader reads about the person now (e.g. the 社保卡's account). */
  facts?: Record<string, unknown>;
};

export type PlannedStep = { at: Date; action: 'confirm' | 'review' | 'stage' | 'decide'; stage?: string };

export type ReviewPlan = {
  mode: ReviewMode;
  /** Empty: decided at submission (即时办结). */
  steps: PlannedStep[];
  /** null: the sources give no time for this review and the region's data has none either, so no date is promised. */
  expectedBy: IsoDate | null;
  estimated: boolean;
};

export type Decision = { outcome: 'approved'; result: Record<string, unknown> } | { outcome: 'rejected'; reason: string };

export type ServiceReview = {
  plan: (ctx: ReviewContext) => ReviewPlan;
  decide: (ctx: ReviewContext) => Decision;
};
