import { diseaseCatalogue, searchDiseases, type InsuranceType } from '../../data/diseases';
import { facilities, type Facility } from '../../data/facilities';
import type { RegionCode } from '../../data/regions';
import type { Refusal } from '../flow';

export type ChronicFacts = {
  /** Diseases the person already has an application for that is not rejected or cancelled. */
  existingDiseaseCodes: string[];
  /** Those of them a hospital applied for (免申即享): the person did not apply, so is not told they did. */
  hospitalDiseaseCodes?: string[];
};

/** Statuses after which the same disease may be applied for again. */
export const CLOSED_WITHOUT_BENEFIT = ['rejected', 'cancelled'] as const;

export function isDuplicateDisease(code: unknown, facts: ChronicFacts): boolean {
  return typeof code === 'string' && facts.existingDiseaseCodes.includes(code);
}

/** Applying again for a disease already applied for: "您已经申请过了", or "医院已经帮您申请了" when the hospital did. */
export function duplicateDiseaseRefusal(code: unknown, facts: ChronicFacts): Refusal | null {
  if (!isDuplicateDisease(code, facts)) return null;
  return { code: facts.hospitalDiseaseCodes?.includes(String(code)) ? 'chronic-duplicate-hospital' : 'chronic-duplicate' };
}

/** Hospitals of the person's 统筹区 designated for 门诊慢特病. */
export function chronicCareHospitals(region: RegionCode): Facility[] {
  return facilities.filter((f) => f.regionCode === region && f.chronicCare);
}

/** The catalogue codes in search order (name, pinyin initials or full pinyin); all, in catalogue order, without a query. */
export function diseaseSearchOrder(type: InsuranceType, query: string | undefined): string[] {
  return (query ? searchDiseases(type, query) : diseaseCatalogue(type)).map((d) => d.code);
}
