import type { ApplicationRow, Tx } from '../db/types';
import { findModule } from '../services/modules';
import { personRecords } from './person-records';

/** What an approved application changes in the person's standing records, in the same transaction (its module says). */
export async function applyApprovalEffects(tx: Tx, app: ApplicationRow, now: Date): Promise<void> {
  await findModule(app.service)?.onApproval?.(personRecords(tx), app, now);
}
