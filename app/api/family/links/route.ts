import { NextResponse } from 'next/server';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { requireSession } from '@/lib/auth/access';
import { requireResident } from '@/lib/auth/current';
import { sessionAccount } from '@/lib/auth/session';
import { inviteInput } from '@/lib/family/contracts';
import { inviteRelative, linksAsElder, linksAsRelative } from '@/lib/family/links';
import { linkView } from '@/lib/family/views';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { appContext } from '@/lib/server/context';
import { requestSmsDispatch } from '@/lib/sms/outbox';

/** Both sides of 亲情账户 for whoever is signed in: who may act for me, and for whom I may act. */
export const GET = handle(async (_req, _ctx, locale) => {
  const session = await requireSession();
  const account = sessionAccount(session);
  const { db, now } = await appContext();
  const asElder = session.person ? await linksAsElder(db, session.person.id) : [];
  const asRelative = await linksAsRelative(db, account.phone);
  return NextResponse.json(
    {
      asElder: asElder.map(({ link, relativeGender }) => linkView(link, 'elder', { name: link.relativeName, gender: relativeGender }, now, locale)),
      asRelative: asRelative.map(({ link, elder }) => linkView(link, 'relative', { name: elder.name, gender: elder.gender }, now, locale)),
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});

/** (1) The elder adds a relative; the relative gets an SMS and must accept. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const session = await requireResident();
  const { db, now } = await appContext();
  form.refuseTo(localePath(locale, '/family/add'));
  const { data } = await readInput(req, inviteInput, ['act']);
  const pageLocale = isLocale(data.locale) ? data.locale : locale;
  form.refuseTo(localePath(pageLocale, '/family/add'));
  const link = await inviteRelative(db, session.person, { ...data, name: data.name || undefined }, now);
  await requestSmsDispatch(db, now);
  if (form.isForm) return redirectToPath(localePath(pageLocale, `/family/links/${link.id}?done=invited`));
  return NextResponse.json(linkView(link, 'elder', { name: link.relativeName, gender: null }, now, pageLocale), { status: 201 });
});
