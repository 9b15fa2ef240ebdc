import { NextResponse } from 'next/server';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { localePath } from '@/lib/i18n/paths';
import { addFilingProof } from '@/lib/jingban/remote-filings';
import { filingAccess } from '@/lib/server/filing-access';
import { requestSmsDispatch } from '@/lib/sms/outbox';

type Ctx = { params: Promise<{ id: string }> };

/** 补交证明 (002 第8条): the photos chosen become the filing's proof from today; the person is told by SMS. */
export const POST = handle<Ctx>(async (req, ctx, locale, formPost) => {
  assertSameOrigin(req);
  const { id, db, now, subject } = await filingAccess(ctx, 'submit');
  const form = formPost.isForm ? await readForm(req) : null;
  const pageLocale = form ? formLocale(form, locale) : locale;
  formPost.refuseTo(localePath(pageLocale, `/services/remote-care/proof/${id}`));
  const { proofSince } = await addFilingProof(db, subject, id, now);
  await requestSmsDispatch(db, now);
  return form ? redirectToPath(`${localePath(pageLocale, '/services/remote-care')}?proof=1`) : NextResponse.json({ proofSince });
});
