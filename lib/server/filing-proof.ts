import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { remoteFilings } from '../db/schema';
import type { PersonRow } from '../db/types';
import { DomainError } from '../errors/domain-error';
import { filingTakingProof } from '../jingban/remote-filings';
import { shanghaiDate } from '../time/dates';
import { MAX_UPLOADS_PER_APPLICATION } from '../uploads/image-check';
import { saveUpload } from '../uploads/store';

/** Photos taken for 补交证明 on an existing filing. */
export const PROOF_PURPOSE = 'remote-care:proof';

/**
 * The photos chosen for 补交证明 before it is submitted: kept on the filing (its basis stays 个人承诺 until
 * the person confirms). Returns the photo ids so far.
 */
export async function changePendingProof(
  db: Db,
  person: Pick<PersonRow, 'id'>,
  filingId: string,
  change: { add: Uint8Array } | { remove: string },
  now: Date,
): Promise<string[]> {
  const filing = await filingTakingProof(db, person, filingId, shanghaiDate(now));
  const current = filing.proofUploadIds ?? [];
  let next: string[];
  if ('remove' in change) {
    next = current.filter((id) => id !== change.remove);
  } else {
    if (current.length >= MAX_UPLOADS_PER_APPLICATION) throw new DomainError('upload-too-many', {}, 400);
    const saved = await saveUpload(db, person.id, change.add, PROOF_PURPOSE);
    next = [...current, saved.id];
  }
  await db.update(remoteFilings).set({ proofUploadIds: next }).where(eq(remoteFilings.id, filing.id));
  return next;
}
