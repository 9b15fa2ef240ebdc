import { diseaseCatalogue, searchDiseases, type InsuranceType } from '../../data/diseases';
import { facilities, type Facility } from '../../data/facilities';
import type { RegionCode } from '../../data/regions';

export type ChronicFacts = {
  /** Diseases the person already has an application for that is not rejected or cancelled. */
  existingDiseaseCodes: string[];
};

/** Statuses after which the same disease may be applied for again. */
export const CLOSED_WITHOUT_BENEFIT = ['rejected', 'cancelled'] as const;

export function isDuplicateDisease(code: unknown, facts: ChronicFacts): boolean {
  return typeof code === 'string' && facts.existingDiseaseCodes.includes(code);
}

/** Hospitals of the person's 统筹区 designated for 门诊慢特病. */
export function chronicCareHospitals(region: RegionCode): Facility[] {
  return facilities.filter((f) => f.regionCode === region && f.chronicCare);
}

/** The catalogue codes in search order (name, pinyin initials or full pinyin); all, in catalogue order, without a query. */
export function diseaseSearchOrder(type: InsuranceType, query: string | undefined): string[] {
  return (query ? searchDiseases(type, query) : diseaseCatalogue(type)).map((d) => d.code);
}
