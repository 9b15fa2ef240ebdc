import type { InsuranceType } from '../data/diseases';
import type { RegionCode } from '../data/regions';
import type { IsoDate } from '../time/dates';
import type { WorkingCalendar } from '../calendar/working-days';

export const serviceKeys = ['remote-care', 'chronic', 'designation', 'transfer'] as const;
export type ServiceKey = (typeof serviceKeys)[number];

export function isServiceKey(value: string): value is ServiceKey {
  return (serviceKeys as readonly string[]).includes(value);
}

export type ReviewMode = 'immediate' | 'same-day' | 'monthly' | 'centralised' | 'transfer' | 'hospital-initiated';

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
};

export type PlannedStep = { at: Date; action: 'confirm' | 'review' | 'stage' | 'decide'; stage?: string };

export type ReviewPlan = {
  mode: ReviewMode;
  /** Empty: decided at submission (即时办结). */
  steps: PlannedStep[];
  expectedBy: IsoDate;
  estimated: boolean;
};

export type Decision =
  | { outcome: 'approved'; result: Record<string, unknown> }
  | { outcome: 'rejected'; reason: string };

export type ServiceReview = {
  numberPrefix: string;
  plan: (ctx: ReviewContext) => ReviewPlan;
  decide: (ctx: ReviewContext) => Decision;
};
