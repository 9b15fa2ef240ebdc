import { NextResponse } from 'next/server';
import { codeSchema, isUuid } from '@/lib/contracts/api';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { requireSession } from '@/lib/auth/access';
import { sessionAccount } from '@/lib/auth/session';
import { linkActionInput, linkActions, type LinkAction } from '@/lib/family/contracts';
import { acceptInvitation, confirmRequest, confirmWithCode, declineLink, revokeLink, withdrawLink } from '@/lib/family/links';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';

type Ctx = { params: Promise<{ id: string; action: string }> };

const isLinkAction = (value: string): value is LinkAction => (linkActions as readonly string[]).includes(value);

/** accept · confirm · decline · revoke · withdraw · code: each allowed only to the side it belongs to. */
export const POST = handle<Ctx>(async (req, ctx, locale, form) => {
  assertSameOrigin(req);
  const { id, action } = await ctx.params;
  if (!isUuid(id) || !isLinkAction(action)) throw new ApiError(404, 'not-found');
  const session = await requireSession();
  const account = sessionAccount(session);
  const { db, now } = await appContext();
  form.refuseTo(localePath(locale, `/family/links/${id}`));
  const { data } = await readInput(req, linkActionInput);
  const page = localePath(isLocale(data.locale) ? data.locale : locale, `/family/links/${id}`);
  form.refuseTo(page);
  const elder = () => {
    if (!session.person) throw new ApiError(404, 'not-found');
    return session.person;
  };
  const link = await {
    accept: () => acceptInvitation(db, account, id, now),
    confirm: () => confirmRequest(db, elder(), id, now),
    decline: () => declineLink(db, account, id, now),
    revoke: () => revokeLink(db, elder(), id, now),
    withdraw: () => withdrawLink(db, account, id, now),
    code: () => confirmWithCode(db, account, id, codeSchema.parse(data.code ?? ''), now),
  }[action]();
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(`${page}?done=${action}`);
  return NextResponse.json({ id: link.id, status: link.status }, { headers: { 'cache-control': 'no-store' } });
});
