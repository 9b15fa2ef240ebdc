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
import { flowRequest, isFormPost } from '@/lib/server/flow-request';
import { refusalQuery } from '@/lib/services/refusal-query';

type Ctx = { params: Promise<{ service: string; step: string }> };

const jsonInput = z.object({ value: z.unknown(), other: z.string().max(40).optional() }).strict();

/** Saves one answer. A form post (no JavaScript) is answered with a redirect to the next page. */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const params = await ctx.params;
  const r = await flowRequest(params.service, 'flow-answer');
  const step = findStep(r.flow, params.step);
  if (!step) throw new ApiError(404, 'not-found');
  const form = isFormPost(req) ? await readForm(req) : null;
  const posted = form ?? (await readJson(req, jsonInput));
  const pageLocale = form ? formLocale(form, locale) : locale;
  const draft = await findDraft(r.db, r.person.id, r.service);
  const answers = draft?.answers ?? {};
  const value = readStepValue(step, posted, answers[step.key]);
  const result = validateStep(r.flow, step.key, value, answers, r.ctx);
  const base = localePath(pageLocale, `/services/${r.service}`);
  if (!result.ok) {
    if (form) return redirectToPath(`${base}/${step.key}?${refusalQuery(result.refusal, form.from === CHECK_STEP)}`);
    throw new ApiError(422, result.refusal.code, result.refusal.params ?? {}, {
      [step.key]: errorMessage(locale, result.refusal.code, result.refusal.params ?? {}),
    });
  }
  const saved = await saveAnswer(r.db, r.person.id, r.flow, r.ctx, step.key, result.value, r.now, (a) =>
    form?.from === CHECK_STEP ? firstUnanswered(r.flow, a, r.ctx) : nextAfter(r.flow, step.key, a, r.ctx),
  );
  if (form) return redirectToPath(withQuery(`${base}/${saved.next}`, 'saved', step.key));
  return NextResponse.json({ next: saved.next, draftId: saved.draft.id });
});
