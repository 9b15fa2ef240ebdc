import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { DomainError } from '../errors/domain-error';
import type { Db } from '../db/client';
import type { DbOrTx } from '../db/types';
import { uploads } from '../db/schema';
import { MAX_UPLOAD_BYTES, sniffImage, type UploadedPhoto } from './image-check';
import { spendPhotoQuota } from './quota';
import { reencodePhoto } from './reencode';

export type UploadRow = typeof uploads.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `service:step`: an answer accepts only photos made for that very step (issue 14.6). */
export type UploadPurpose = `${string}:${string}`;

/**
 * Keeps a photo for `personId`: checked by its first bytes, counted against the person's daily photos,
 * then decoded and stored re-encoded (upright, downscaled, no metadata, only pixels; see reencode.ts).
 * `mime`, `size` and `sha256` are the stored bytes'. Not inside a transaction: the daily count is
 * spent on its own.
 */
export async function saveUpload(db: Db, personId: string, bytes: Uint8Array, purpose: UploadPurpose | null = null): Promise<UploadedPhoto> {
  if (bytes.length === 0) throw new DomainError('upload-empty', {}, 400);
  if (bytes.length > MAX_UPLOAD_BYTES) throw new DomainError('upload-too-large', {}, 413);
  const sniffed = sniffImage(bytes);
  if (!sniffed) throw new DomainError('upload-not-image', {}, 415);
  await spendPhotoQuota(db, personId);
  const data = await reencodePhoto(bytes, sniffed.mime);
  const row = {
    id: randomUUID(),
    personId,
    mime: 'image/jpeg' as const,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    data,
    purpose,
  };
  await db.insert(uploads).values(row);
  return { id: row.id, mime: row.mime, size: row.size };
}

/** Only the owner's photo; anyone else's, or an id that is not a UUID, is simply not found. */
export async function getUpload(db: DbOrTx, personId: string, id: string): Promise<UploadRow | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db
    .select()
    .from(uploads)
    .where(and(eq(uploads.id, id.toLowerCase()), eq(uploads.personId, personId)));
  return row ?? null;
}

/** True when the owner's photo was there and is now gone. */
export async function deleteUpload(db: DbOrTx, personId: string, id: string): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const deleted = await db
    .delete(uploads)
    .where(and(eq(uploads.id, id.toLowerCase()), eq(uploads.personId, personId)))
    .returning({ id: uploads.id });
  return deleted.length > 0;
}

/**
 * Upload ids given as an answer must be this person's own photos, made for this step (issue 14.6):
 * another person's id, a photo taken for another step, or a UUID that names nothing is refused.
 */
export async function allOwnUploads(db: DbOrTx, personId: string, ids: readonly unknown[], purpose: UploadPurpose): Promise<boolean> {
  if (ids.length === 0) return true;
  if (!ids.every((id): id is string => typeof id === 'string' && UUID.test(id))) return false;
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  const found = await db
    .select({ id: uploads.id })
    .from(uploads)
    .where(and(eq(uploads.personId, personId), inArray(uploads.id, wanted), eq(uploads.purpose, purpose)));
  return found.length === wanted.length;
}

/** What a photo was taken for (for the scope a relative needs to remove it), or null. */
export async function uploadPurpose(db: DbOrTx, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select({ purpose: uploads.purpose }).from(uploads).where(eq(uploads.id, id.toLowerCase()));
  return row?.purpose ?? null;
}
