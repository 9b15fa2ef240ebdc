import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { applications } from '../db/schema';
import { DomainError } from '../errors/domain-error';
import { getUpload, type UploadRow } from '../uploads/store';
import { applicationPhotoIds } from './review-view';

/**
 * A photo a case worker may see: one the application holds in a photo step, of the application's own
 * person. Anything else (another application's photo, a draft's, an unknown id) is simply not found.
 */
export async function reviewPhoto(db: Db, applicationId: string, uploadId: string): Promise<UploadRow> {
  const [app] = await db
    .select({ service: applications.service, answers: applications.answers, personId: applications.personId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  if (!app || !applicationPhotoIds(app).includes(uploadId)) throw new DomainError('not-found', {}, 404);
  const upload = await getUpload(db, app.personId, uploadId);
  if (!upload) throw new DomainError('not-found', {}, 404);
  return upload;
}
