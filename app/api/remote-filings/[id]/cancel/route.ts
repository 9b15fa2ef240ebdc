import { isUuid } from '@/lib/api/contracts';
import { NextResponse } from 'next/server';
import { formLocale, readForm } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { accessPerson, requireCaller } from '@/lib/auth/access';
import { ownerOf } from '@/lib/jingban/owners';
import { localePath } from '@/lib/i18n/paths';
import { DomainError } from '@/lib/jingban/errors';
import { cancelRemoteFiling } from '@/lib/jingban/remote-filings';
import { appContext } from '@/lib/server/context';
import { dispatchDueSms } from '@/lib/sms/outbox';
import { refusalQuery } from '@/lib/services/refusal-query';
import { isFormPost } from '@/lib/server/flow-request';

type Ctx = { params: Promise<{ id: string }> };

export const POST = handle<Ctx>(async (req, ctx, locale) => {
  assertSameOrigin(req);
  const { id } = await ctx.params;
  if (!isUuid(id)) throw new ApiError(404, 'not-found');
  await requireCaller();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) throw new ApiError(404, 'not-found');
  const { subject, actor } = await accessPerson(owner, { kind: 'act', service: 'remote-care', action: 'cancel-filing' });
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
