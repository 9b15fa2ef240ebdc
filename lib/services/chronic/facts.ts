import type { PersonRecords } from '../person-records';
import { CLOSED_WITHOUT_BENEFIT, type ChronicFacts } from './policy';

/** Diseases with an application that is not rejected or cancelled (pending, in review or approved). */
export async function loadChronicFacts(records: PersonRecords, personId: string): Promise<ChronicFacts> {
  const rows = await records.applications(personId, 'chronic', { statusNotIn: CLOSED_WITHOUT_BENEFIT });
  const codesOf = (list: typeof rows) => [...new Set(list.map((r) => r.answers.diseaseCode).filter((c): c is string => typeof c === 'string'))];
  return { existingDiseaseCodes: codesOf(rows), hospitalDiseaseCodes: codesOf(rows.filter((r) => r.channel === 'hospital')) };
}
