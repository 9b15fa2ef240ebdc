import { DomainError } from '../errors/domain-error';
import type { Db } from '../db/client';
import { budgetPoints, spend } from '../security/rate-limit';
import { shanghaiDate } from '../time/dates';

/**
 * Spends one of the person's photos for today (Beijing time, real time like every budget), or refuses
 * with a 429 that says how many a day and to come back tomorrow. Deleting a photo gives nothing back.
 * Never inside a transaction (see `spend`).
 */
export async function spendPhotoQuota(db: Db, personId: string, now = new Date()): Promise<void> {
  const spent = await spend(db, 'photoUploadsPerPerson', `${personId}:${shanghaiDate(now)}`);
  if (!spent.ok) throw new DomainError('upload-daily-limit', { max: budgetPoints('photoUploadsPerPerson') }, 429);
}
