import { safeReturnTo, withQuery } from '@/lib/api/form';
import { readCappedFormData } from '@/lib/api/body';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle, ok } from '@/lib/api/server';
import { accessSubject } from '@/lib/auth/access';
import { getDb } from '@/lib/db/client';
import { MAX_UPLOAD_BYTES, uploadedPhotoSchema } from '@/lib/uploads/image-check';
import { saveUpload } from '@/lib/uploads/store';

const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * One photo (camera or gallery) as multipart field `photo`. With JavaScript the answer is JSON;
 * a plain form sends `returnTo` (as a field, or in the action's query so that even a refusal
 * before the body is read can go back) and is answered with a 303 to that page.
 */
export const POST = handle(async (req, _ctx, _locale, form) => {
  assertSameOrigin(req);
  const { subject } = await accessSubject({ kind: 'act', service: 'any', action: 'upload' });
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) throw new ApiError(415, 'upload-not-image');

  let returnTo = req.nextUrl.searchParams.get('returnTo') ?? undefined;
  form.refuseTo(() => (returnTo === undefined ? null : safeReturnTo(returnTo, '/')), { name: 'uploadError', field: () => undefined });
  const body = await readCappedFormData(req, MAX_BODY_BYTES, 'upload-too-large');
  const field = body.get('returnTo');
  if (typeof field === 'string') returnTo = field;
  const photo = body.get('photo');
  if (!(photo instanceof File)) throw new ApiError(400, 'upload-empty');
  const saved = await saveUpload(await getDb(), subject.id, new Uint8Array(await photo.arrayBuffer()));
  if (returnTo !== undefined) return redirectToPath(withQuery(safeReturnTo(returnTo, '/'), 'uploaded', saved.id));
  return ok(uploadedPhotoSchema, saved, { status: 201 });
});
