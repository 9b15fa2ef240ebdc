import { readCappedFormData } from '@/lib/api/body';
import { NextResponse } from 'next/server';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { findStep } from '@/lib/services/engine';
import { changeDraftPhotos, chosenPhoto } from '@/lib/server/draft-photos';
import { flowRequest } from '@/lib/server/flow-request';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/image-check';

type Ctx = { params: Promise<{ service: string; step: string }> };

/**
 * Adds a photo to (or removes one from) a photo step of the draft, as multipart field `photo` (or
 * `remove`). The page's script sends each photo as soon as it is chosen and is answered with JSON
 * (the step's photo ids, or the refusal); a plain form post (no JavaScript) with a redirect back.
 */
export const POST = handle<Ctx>(async (req, ctx, locale, form) => {
  assertSameOrigin(req);
  const params = await ctx.params;
  const r = await flowRequest(params.service, 'upload');
  const step = findStep(r.flow, params.step);
  if (!step || step.kind !== 'photos') throw new ApiError(404, 'not-found');
  const data = await readCappedFormData(req, MAX_UPLOAD_BYTES + 64 * 1024, 'upload-too-large').catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 413) throw error;
    throw new ApiError(415, 'upload-not-image');
  });
  const pageLocale = isLocale(data.get('locale')) ? (data.get('locale') as 'zh-CN' | 'en') : locale;
  const back = localePath(pageLocale, `/services/${r.service}/${step.key}`);
  const remove = data.get('remove');
  const photo = chosenPhoto(data.getAll('photo'));
  form.refuseTo(back);
  if (typeof remove !== 'string' && !photo) throw new ApiError(400, 'upload-empty');
  const ids = await changeDraftPhotos(r, step, typeof remove === 'string' ? { remove } : { add: photo as File });
  return form.isForm ? redirectToPath(back) : NextResponse.json({ ids });
});
