import type { Db } from '../db/client';
import { DomainError } from '../errors/domain-error';
import { signInStaff, type StaffRow } from './sign-in';

/**
 * The second staff member who confirms a long 亲情账户 link made on an in-person check (issue 14.7):
 * another station account of the same station, confirming with their own password at the desk. A 工号
 * alone is printed on badges and easy to guess, so the password is checked like a sign-in: wrong ones
 * count in the same lock-out budgets (per 工号 and address, and per 工号), and a locked 工号 cannot
 * confirm. The same 工号 twice is refused before any password is tried.
 */
export async function confirmSecondStaff(db: Db, member: StaffRow, staffNo: string, password: string, client: string): Promise<StaffRow> {
  if (staffNo === member.staffNo) throw new DomainError('staff-second-same', {}, 400);
  if (!password) throw new DomainError('staff-password-required', {}, 400);
  const result = await signInStaff(db, staffNo, password, client);
  if (!result.ok) {
    if (result.reason === 'locked') throw new DomainError('staff-second-locked', { minutes: result.retryInMinutes ?? 15 }, 429);
    throw new DomainError('staff-second-wrong', {}, 400);
  }
  const second = result.staff;
  if (second.role !== 'station' || !second.station || second.station !== member.station) throw new DomainError('staff-second-station', {}, 400);
  return second;
}
