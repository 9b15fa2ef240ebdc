import type { IsoDate } from '../time/dates';
import type { ApplicantFacts } from './review';
import type { ActiveFiling } from './remote-care/policy';

/**
 * What the 经办 backend keeps about a person, as the services read and change it. `lib/services`
 * never imports the database: the back office (lib/jingban/person-records.ts) implements this over
 * a database or transaction and hands it to a module's facts loader and approval effects.
 */
export type FiledApplication = {
  id: string;
  number: string;
  status: string;
  channel: string;
  answers: Record<string, unknown>;
  decidedAt: Date | null;
};

export type ApplicationFilter = {
  statusIn?: readonly string[];
  statusNotIn?: readonly string[];
  /** Newest decision first, at most `limit`. */
  newestDecided?: { limit: number };
};

export type DesignationRecord = { facilityCode: string; validFrom: IsoDate; validUntil: IsoDate | null };

export type NewFiling = Omit<ActiveFiling, 'firstCostDate' | 'basis'> & {
  personId: string;
  applicationId: string;
  reason: string;
  basis: ActiveFiling['basis'];
  proofUploadIds: string[] | null;
  now: Date;
};

/** An application as approval effects see it (the fields of its row they read). */
export type ApprovedApplication = {
  id: string;
  personId: string;
  answers: Record<string, unknown>;
  outcome: Record<string, unknown> | null;
  submittedAt: Date | null;
  actorKind: string;
  actorId: string;
  channel: string;
};

export interface PersonRecords {
  applicant(personId: string): Promise<ApplicantFacts>;
  applications(personId: string, service: string, filter?: ApplicationFilter): Promise<FiledApplication[]>;
  /** 异地备案 in force today (not cancelled or changed, a temporary one not past its end). */
  activeFilings(personId: string, today: IsoDate): Promise<ActiveFiling[]>;
  /** Designated facilities not yet ended (in force today or starting later). */
  designations(personId: string, today: IsoDate): Promise<DesignationRecord[]>;
  /** Marks a filing replaced by a newer one; the old filing's application, when it had one. */
  replaceFiling(filingId: string, personId: string, now: Date): Promise<{ applicationId: string | null } | null>;
  addFiling(filing: NewFiling): Promise<void>;
  /** An event in an application's timeline, said by the actor of `by`. */
  addEvent(applicationId: string, kind: string, by: ApprovedApplication, now: Date): Promise<void>;
  endDesignation(personId: string, facilityCode: string, until: IsoDate): Promise<void>;
  addDesignation(row: { personId: string; facilityCode: string; validFrom: IsoDate; applicationId: string; now: Date }): Promise<void>;
}
