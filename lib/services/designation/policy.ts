import { regionBenefits } from '../../data/benefits';
import { facilities, type Facility } from '../../data/facilities';
import type { RegionCode } from '../../data/regions';
import { yearOf, type IsoDate } from '../../time/dates';
import type { Refusal } from '../flow';

/** One row of the designations table; valid_until is exclusive: the day the next facility takes over. */
export type DesignationRow = { facilityCode: string; validFrom: IsoDate; validUntil: IsoDate | null };

export type DesignationFacts = {
  /** The person's rows that have not ended yet (in force today, or starting later). */
  designations: DesignationRow[];
  /** Decision days (Shanghai) of the person's completed designation applications. */
  completedChangeDates: IsoDate[];
};

/** The answer for "keep them all and add one more". */
export const ADD_FACILITY = 'add';

export function inForce(row: DesignationRow, today: IsoDate): boolean {
  return row.validFrom <= today && (row.validUntil === null || row.validUntil > today);
}

/**
 * The facilities the person will have once every approved change has taken effect: open-ended
 * rows, whether in force today or starting next month (济南 and 青岛 changes take effect the
 * month after). A row that already has an end date is on its way out and cannot be replaced again.
 */
export function keptDesignations(facts: DesignationFacts): DesignationRow[] {
  return facts.designations.filter((r) => r.validUntil === null);
}

/** Facilities that cannot be chosen as the new one: any row in force today or still to come. */
export function heldFacilityCodes(facts: DesignationFacts, today: IsoDate): Set<string> {
  return new Set(facts.designations.filter((r) => inForce(r, today) || r.validFrom > today).map((r) => r.facilityCode));
}

export function canAddFacility(facts: DesignationFacts, region: RegionCode): boolean {
  return keptDesignations(facts).length < regionBenefits(region).designation.maxFacilities;
}

export function changesThisYear(facts: DesignationFacts, today: IsoDate): number {
  return facts.completedChangeDates.filter((d) => yearOf(d) === yearOf(today)).length;
}

/** Refuses when this calendar year's changes are used up; the next chance is 1 January. */
export function changeLimitRefusal(facts: DesignationFacts, today: IsoDate, region: RegionCode): Refusal | null {
  const used = changesThisYear(facts, today);
  if (used < regionBenefits(region).designation.changesPerYear) return null;
  return { code: 'designation-limit-reached', params: { date: `${yearOf(today) + 1}-01-01`, count: used } };
}

export function regionFacilities(region: RegionCode): Facility[] {
  return facilities.filter((f) => f.regionCode === region);
}
