import { NextResponse } from 'next/server';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { requireSession } from '@/lib/auth/access';
import { sessionAccount } from '@/lib/auth/session';
import { requestInput } from '@/lib/family/contracts';
import { requestLink } from '@/lib/family/links';
import { linkView } from '@/lib/family/views';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';

/** (2) A relative asks to act for an elder, named by 姓名 + 身份证号; the elder gets a code by SMS. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const account = sessionAccount(await requireSession());
  const { db, now } = await appContext();
  form.refuseTo(localePath(locale, '/family/request'));
  const { data } = await readInput(req, requestInput, ['act']);
  const pageLocale = isLocale(data.locale) ? data.locale : locale;
  form.refuseTo(localePath(pageLocale, '/family/request'));
  const link = await requestLink(db, account, data, now);
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(localePath(pageLocale, `/family/links/${link.id}?done=requested`));
  return NextResponse.json(linkView(link, 'relative', { name: data.elderName, gender: null }, now, pageLocale), { status: 201 });
});
