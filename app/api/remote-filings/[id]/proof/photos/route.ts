import { NextResponse } from 'next/server';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { changePendingProof } from '@/lib/server/filing-proof';
import { filingAccess } from '@/lib/server/filing-access';
import { chosenPhoto } from '@/lib/server/draft-photos';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/image-check';
import { readCappedFormData } from '@/lib/api/body';

type Ctx = { params: Promise<{ id: string }> };

/** 补交证明: adds a photo to (or removes one from) the proof being added to a filing; JSON for the page's script, a redirect without it. */
export const POST = handle<Ctx>(async (req, ctx, locale, form) => {
  assertSameOrigin(req);
  const { id, db, now, subject } = await filingAccess(ctx, 'upload');
  const data = await readCappedFormData(req, MAX_UPLOAD_BYTES + 64 * 1024, 'upload-too-large').catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 413) throw error;
    throw new ApiError(415, 'upload-not-image');
  });
  const pageLocale = isLocale(data.get('locale')) ? (data.get('locale') as 'zh-CN' | 'en') : locale;
  const back = localePath(pageLocale, `/services/remote-care/proof/${id}`);
  const remove = data.get('remove');
  const photo = chosenPhoto(data.getAll('photo'));
  form.refuseTo(back);
  if (typeof remove !== 'string' && !photo) throw new ApiError(400, 'upload-empty');
  const change = typeof remove === 'string' ? { remove } : { add: new Uint8Array(await (photo as File).arrayBuffer()) };
  const ids = await changePendingProof(db, subject, id, change, now);
  return form.isForm ? redirectToPath(back) : NextResponse.json({ ids });
});
