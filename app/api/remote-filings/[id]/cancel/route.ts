import { NextResponse } from 'next/server';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { cancelRemoteFiling } from '@/lib/jingban/remote-filings';
import { filingAccess } from '@/lib/server/filing-access';
import { requestSmsDispatch } from '@/lib/sms/outbox';

type Ctx = { params: Promise<{ id: string }> };

export const POST = handle<Ctx>(async (req, ctx, locale, formPost) => {
  assertSameOrigin(req);
  const { id, db, now, subject, actor } = await filingAccess(ctx, 'cancel-filing');
  const form = formPost.isForm ? await readForm(req) : null;
  const start = localePath(form ? formLocale(form, locale) : locale, '/services/remote-care');
  formPost.refuseTo(start);
  await cancelRemoteFiling(db, subject, id, actor, now);
  await requestSmsDispatch(db, now);
  return form ? redirectToPath(`${start}?cancelled=1`) : NextResponse.json({ cancelled: true });
});
