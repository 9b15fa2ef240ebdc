import { NextResponse } from 'next/server';
import { isUuid } from '@/lib/api/contracts';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { localePath } from '@/lib/i18n/paths';
import { DomainError } from '@/lib/jingban/errors';
import { ownerOf } from '@/lib/jingban/owners';
import { addFilingProof } from '@/lib/jingban/remote-filings';
import { appContext } from '@/lib/server/context';
import { isFormPost } from '@/lib/server/flow-request';
import { dispatchDueSms } from '@/lib/sms/outbox';

type Ctx = { params: Promise<{ id: string }> };

/** 补交证明 (002 第8条): the photos chosen become the filing's proof from today; the person is told by SMS. */
export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new ApiError(404, 'not-found');
  await requireCaller();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject } = await accessPerson(owner, { kind: 'act', service: 'remote-care', action: 'submit' });
  const form = isFormPost(req) ? await readForm(req) : null;
  const pageLocale = form ? formLocale(form, locale) : locale;
  try {
    const { proofSince } = await addFilingProof(db, subject, id, now);
    await dispatchDueSms(db, now);
    return form ? redirectToPath(`${localePath(pageLocale, '/services/remote-care')}?proof=1`) : NextResponse.json({ proofSince });
  } catch (error) {
    if (form && error instanceof DomainError) return redirectToPath(`${localePath(pageLocale, `/services/remote-care/proof/${id}`)}?error=${error.code}`);
    throw error;
  }
});
