import { NextResponse } from 'next/server';
import { isUuid } from '@/lib/api/contracts';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { DomainError } from '@/lib/jingban/errors';
import { ownerOf } from '@/lib/jingban/owners';
import { changePendingProof } from '@/lib/server/filing-proof';
import { appContext } from '@/lib/server/context';
import { chosenPhoto } from '@/lib/server/draft-photos';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/image-check';

type Ctx = { params: Promise<{ id: string }> };

/** 补交证明: adds a photo to (or removes one from) the proof being added to a filing; JSON for the page's script, a redirect without it. */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new ApiError(404, 'not-found');
  await requireCaller();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject } = await accessPerson(owner, { kind: 'act', service: 'remote-care', action: 'upload' });
  const wantsJson = (req.headers.get('accept') ?? '').includes('application/json');
  if (Number(req.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) throw new ApiError(413, 'upload-too-large');
  const data = await req.formData().catch(() => {
    throw new ApiError(415, 'upload-not-image');
  });
  const pageLocale = isLocale(data.get('locale')) ? (data.get('locale') as 'zh-CN' | 'en') : locale;
  const back = localePath(pageLocale, `/services/remote-care/proof/${id}`);
  const remove = data.get('remove');
  const photo = chosenPhoto(data.getAll('photo'));
  try {
    if (typeof remove !== 'string' && !photo) throw new ApiError(400, 'upload-empty');
    const change = typeof remove === 'string' ? { remove } : { add: new Uint8Array(await (photo as File).arrayBuffer()) };
    const ids = await changePendingProof(db, subject, id, change, now);
    return wantsJson ? NextResponse.json({ ids }) : redirectToPath(back);
  } catch (error) {
    if (!wantsJson && (error instanceof ApiError || error instanceof DomainError)) return redirectToPath(`${back}?error=${error.code}`);
    throw error;
  }
});
