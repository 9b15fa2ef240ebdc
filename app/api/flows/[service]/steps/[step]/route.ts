import { readCappedFormData } from '@/lib/api/body';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { formLocale, readForm, withQuery } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, errorMessage, handle, readJson } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { findDraft, saveAnswer } from '@/lib/jingban/drafts';
import { CHECK_STEP, findStep, firstUnanswered, nextAfter, validateStep } from '@/lib/services/engine';
import { readStepValue } from '@/lib/services/step-input';
import { changeDraftPhotos, chosenPhoto } from '@/lib/server/draft-photos';
import { allOwnUploads } from '@/lib/uploads/store';
import { flowRequest } from '@/lib/server/flow-request';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/image-check';
import { isStrayTap } from '@/lib/services/stray-tap';

type Ctx = { params: Promise<{ service: string; step: string }> };

const jsonInput = z.object({ value: z.unknown(), other: z.string().max(40).optional() }).strict();

/** Saves one answer. A form post (no JavaScript) is answered with a redirect to the next page. */
export const POST = handle<Ctx>(async (req, ctx, locale, formPost) => {
  assertSameOrigin(req);
  const params = await ctx.params;
  const r = await flowRequest(params.service, 'flow-answer');
  const step = findStep(r.flow, params.step);
  if (!step) throw new ApiError(404, 'not-found');
  const multipart = (req.headers.get('content-type') ?? '').includes('multipart/form-data');
  let form: Record<string, string> | null;
  let photo: File | null = null;
  if (multipart && step.kind === 'photos') {
    // A photo step without JavaScript: a photo chosen but not yet uploaded comes with 下一步 and is kept.
    const data = await readCappedFormData(req, MAX_UPLOAD_BYTES + 64 * 1024, 'upload-too-large').catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 413) throw error;
      return null;
    });
    form = {};
    data?.forEach((v, k) => {
      if (typeof v === 'string' && v.length <= 1000 && form) form[k] = v;
    });
    photo = chosenPhoto(data?.getAll('photo') ?? []);
  } else {
    form = formPost.isForm ? await readForm(req) : null;
  }
  const posted = form ?? (await readJson(req, jsonInput));
  const pageLocale = form ? formLocale(form, locale) : locale;
  const base = localePath(pageLocale, `/services/${r.service}`);
  const fromCheck = form?.from === CHECK_STEP;
  if (form) formPost.refuseTo(`${base}/${step.key}`, { fromCheck, field: () => undefined });
  if (photo) await changeDraftPhotos(r, step, { add: photo });
  const draft = await findDraft(r.db, r.person.id, r.service);
  const answers = draft?.answers ?? {};
  const value = readStepValue(step, posted, answers[step.key]);
  if (form && value === undefined && isStrayTap(form.shown)) {
    return redirectToPath(fromCheck ? withQuery(`${base}/${step.key}`, 'from', CHECK_STEP) : `${base}/${step.key}`);
  }
  const checked = validateStep(r.flow, step.key, value, answers, r.ctx);
  const result =
    checked.ok &&
    step.kind === 'photos' &&
    !(await allOwnUploads(r.db, r.person.id, Array.isArray(checked.value) ? checked.value : [], `${r.service}:${step.key}`))
      ? { ok: false as const, refusal: { code: 'upload-not-found' } as { code: string; params?: Record<string, string | number> } }
      : checked;
  if (!result.ok) {
    throw new ApiError(422, result.refusal.code, result.refusal.params ?? {}, {
      [step.key]: errorMessage(locale, result.refusal.code, result.refusal.params ?? {}),
    });
  }
  const saved = await saveAnswer(r.db, r.person.id, r.flow, r.ctx, step.key, result.value, r.now, (a) =>
    fromCheck ? firstUnanswered(r.flow, a, r.ctx) : nextAfter(r.flow, step.key, a, r.ctx),
  );
  if (form) return redirectToPath(withQuery(`${base}/${saved.next}`, 'saved', step.key));
  return NextResponse.json({ next: saved.next, draftId: saved.draft.id });
});
