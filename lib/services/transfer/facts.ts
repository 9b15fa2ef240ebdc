import type { PersonRecords } from '../person-records';
import { IN_PROGRESS, type TransferFacts } from './policy';

/** The person's transfers still under way, and where each goes. */
export async function loadTransferFacts(records: PersonRecords, personId: string): Promise<TransferFacts> {
  const rows = await records.applications(personId, 'transfer', { statusIn: IN_PROGRESS });
  return {
    pendingTransfers: rows.map((r) => ({ id: r.id, number: r.number, toCityCode: typeof r.answers.toCityCode === 'string' ? r.answers.toCityCode : null })),
  };
}
