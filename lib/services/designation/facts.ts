import { shanghaiDate, type IsoDate } from '../../time/dates';
import type { PersonRecords } from '../person-records';
import type { DesignationFacts } from './policy';

/** Designations not yet ended (in force today or starting later), and the year's completed changes. */
export async function loadDesignationFacts(records: PersonRecords, personId: string, today: IsoDate): Promise<DesignationFacts> {
  const designations = await records.designations(personId, today);
  const decided = await records.applications(personId, 'designation', { statusIn: ['completed'], newestDecided: { limit: 50 } });
  return { designations, completedChangeDates: decided.flatMap((r) => (r.decidedAt ? [shanghaiDate(r.decidedAt)] : [])) };
}
