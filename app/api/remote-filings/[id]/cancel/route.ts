import { NextResponse } from 'next/server';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { DomainError } from '@/lib/jingban/errors';
import { cancelRemoteFiling } from '@/lib/jingban/remote-filings';
import { filingAccess } from '@/lib/server/filing-access';
import { dispatchDueSms } from '@/lib/sms/outbox';
import { refusalQuery } from '@/lib/services/refusal-query';
import { isFormPost } from '@/lib/server/flow-request';

type Ctx = { params: Promise<{ id: string }> };

export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const { id, db, now, subject, actor } = await filingAccess(ctx, 'cancel-filing');
  const form = isFormPost(req) ? await readForm(req) : null;
  const start = localePath(form ? formLocale(form, locale) : locale, '/services/remote-care');
  try {
    await cancelRemoteFiling(db, subject, id, actor, now);
  } catch (error) {
    if (form && error instanceof DomainError) return redirectToPath(`${start}?${refusalQuery({ code: error.code, params: error.params }, false)}`);
    throw error;
  }
  await dispatchDueSms(db, now);
  return form ? redirectToPath(`${start}?cancelled=1`) : NextResponse.json({ cancelled: true });
});
