import 'server-only';
import { isUuid } from '../identity/uuid';
import { DomainError } from '../errors/domain-error';
import type { Db } from '../db/client';
import type { StaffRow } from '../staff/sign-in';
import { findAssist } from './sessions';

/** Only the staff member who entered the code sees and hints that session. */
export async function heldAssist(db: Db, member: StaffRow, id: string) {
  if (!isUuid(id)) throw new DomainError('not-found', {}, 404);
  const row = await findAssist(db, id);
  if (!row || row.claimedBy !== member.id) throw new DomainError('not-found', {}, 404);
  return row;
}
