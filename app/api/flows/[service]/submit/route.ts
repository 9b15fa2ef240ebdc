import { after, NextResponse } from 'next/server';
import { z } from 'zod';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle, readJson } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { FlowRefusal, submitDraft } from '@/lib/jingban/submit-flow';
import { requestSmsDispatch } from '@/lib/sms/outbox';
import { flowRequest } from '@/lib/server/flow-request';

type Ctx = { params: Promise<{ service: string }> };

const input = z.object({ draftId: z.string().uuid({ message: 'draft-missing' }) }).strict();

/** 确认提交: one application per draft, however many times it is posted. */
export const POST = handle<Ctx>(async (req, ctx, locale, formPost) => {
  assertSameOrigin(req);
  const r = await flowRequest((await ctx.params).service, 'submit');
  const form = formPost.isForm ? await readForm(req) : null;
  const { draftId } = form ? input.parse({ draftId: form.draftId }) : await readJson(req, input);
  const base = localePath(form ? formLocale(form, locale) : locale, `/services/${r.service}`);
  // A rule the answers break sends the person back to the question it is about.
  formPost.refuseTo((error) => (error instanceof FlowRefusal ? `${base}/${error.step}` : null));
  const { application, created } = await submitDraft(r.db, r.person, r.service, draftId, r.actor, r.now, r.calendar, r.ctx);
  // The SMS is in the outbox with the application; sending it need not hold up the answer.
  // after() waits for what its callback returns; the one shared dispatcher runs as long as filings
  // keep coming, so the callback only starts it.
  if (created) after(() => void requestSmsDispatch(r.db, r.now).catch((error: unknown) => console.error('[sms] dispatch after submit failed', error)));
  if (form) return redirectToPath(`${base}/submitted/${application.id}`);
  return NextResponse.json({ id: application.id, number: application.number, created }, { status: created ? 201 : 200 });
});
