import { and, eq } from 'drizzle-orm';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { drafts } from '@/lib/db/schema';
import { isLocale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { findDraft, startDraft } from '@/lib/jingban/drafts';
import { findStep } from '@/lib/services/engine';
import { flowRequest } from '@/lib/server/flow-request';
import { MAX_UPLOAD_BYTES, MAX_UPLOADS_PER_APPLICATION } from '@/lib/uploads/image-check';
import { saveUpload } from '@/lib/uploads/store';

type Ctx = { params: Promise<{ service: string; step: string }> };

/**
 * Adds a photo to (or removes one from) a photo step of the draft. A plain multipart form, so the
 * camera/gallery picker works on any phone browser, with or without JavaScript.
 */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const params = await ctx.params;
  const r = await flowRequest(params.service, 'upload');
  const step = findStep(r.flow, params.step);
  if (!step || step.kind !== 'photos') throw new ApiError(404, 'not-found');
  if (Number(req.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) throw new ApiError(413, 'upload-too-large');
  const data = await req.formData().catch(() => {
    throw new ApiError(415, 'upload-not-image');
  });
  const pageLocale = isLocale(data.get('locale')) ? (data.get('locale') as 'zh-CN' | 'en') : locale;
  const back = localePath(pageLocale, `/services/${r.service}/${step.key}`);
  const draft = (await findDraft(r.db, r.person.id, r.service)) ?? (await startDraft(r.db, r.person.id, r.service, {}, step.key, r.now));
  const current = Array.isArray(draft.answers[step.key]) ? (draft.answers[step.key] as string[]) : [];

  let next = current;
  const remove = data.get('remove');
  if (typeof remove === 'string') {
    next = current.filter((id) => id !== remove);
  } else {
    const photo = data.get('photo');
    if (!(photo instanceof File)) return redirectToPath(`${back}?error=upload-empty`);
    if (current.length >= MAX_UPLOADS_PER_APPLICATION) return redirectToPath(`${back}?error=upload-too-many`);
    try {
      const saved = await saveUpload(r.db, r.person.id, new Uint8Array(await photo.arrayBuffer()));
      next = [...current, saved.id];
    } catch (error) {
      if (error instanceof ApiError) return redirectToPath(`${back}?error=${error.code}`);
      throw error;
    }
  }
  await r.db
    .update(drafts)
    .set({ answers: { ...draft.answers, [step.key]: next }, updatedAt: r.now })
    .where(and(eq(drafts.id, draft.id), eq(drafts.personId, r.person.id)));
  return redirectToPath(back);
});
