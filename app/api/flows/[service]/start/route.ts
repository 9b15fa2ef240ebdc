import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { startDraft } from '@/lib/jingban/drafts';
import { firstUnanswered, prefillAnswers } from '@/lib/services/engine';
import { changeStartingAnswers } from '@/lib/jingban/remote-filings';
import { flowRequest } from '@/lib/server/flow-request';
import { pathWithRefusal } from '@/lib/services/refusal-query';

type Ctx = { params: Promise<{ service: string }> };

/** 开始办理 (or 重新开始, or 变更 an existing filing): a fresh draft, then the first question. */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const r = await flowRequest((await ctx.params).service, 'flow-answer');
  const form = await readForm(req);
  const hidden: Record<string, unknown> = {};
  if (form.replaces) {
    const known = (r.ctx.facts.activeFilings as { id: string }[] | undefined)?.some((f) => f.id === form.replaces);
    if (!known) throw new ApiError(404, 'not-found');
    hidden._replaces = form.replaces;
  }
  const answers = form.replaces ? prefillAnswers(r.flow, hidden, await changeStartingAnswers(r.db, r.person.id, form.replaces, r.ctx.today), r.ctx) : hidden;
  const refusal = r.flow.startRule?.(r.ctx);
  if (refusal) return redirectToPath(pathWithRefusal(localePath(formLocale(form, locale), `/services/${r.service}`), refusal));
  const first = firstUnanswered(r.flow, answers, r.ctx);
  await startDraft(r.db, r.person.id, r.service, answers, first, r.now);
  return redirectToPath(localePath(formLocale(form, locale), `/services/${r.service}/${first}`));
});
