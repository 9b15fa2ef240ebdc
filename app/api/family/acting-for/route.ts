import { NextResponse } from 'next/server';
import { safeReturnTo } from '@/lib/api/form';
import { redirectToPath } from '@/lib/api/redirect';
import { readInput } from '@/lib/api/read-input';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { ApiError, handle } from '@/lib/api/server';
import { requireSession } from '@/lib/auth/access';
import { sessionAccount, setActingFor } from '@/lib/auth/session';
import { actingForInput } from '@/lib/family/contracts';
import { audit } from '@/lib/family/audit';
import { activeLinkFor } from '@/lib/family/links';
import { localeHome } from '@/lib/api/form';
import { isLocale } from '@/lib/i18n/routing';
import { appContext } from '@/lib/server/context';

/** 为谁办理: an elder with an active link to this relative, or '' for oneself again. */
export const POST = handle(async (req, _ctx, locale, form) => {
  assertSameOrigin(req);
  const session = await requireSession();
  const account = sessionAccount(session);
  const { data } = await readInput(req, actingForInput);
  const { db, now } = await appContext();
  const elderId = data.elderId || null;
  if (elderId && elderId !== session.person?.id) {
    const link = await activeLinkFor(db, elderId, account.phone, now);
    if (!link) {
      await audit(db, {
        at: now,
        actor: { kind: account.kind, id: account.id, phone: account.phone },
        subjectPersonId: elderId,
        action: 'act-for',
        outcome: 'denied',
        detail: { reason: 'forbidden' },
      });
      throw new ApiError(403, 'forbidden');
    }
  }
  await setActingFor(db, session.tokenHash, elderId === session.person?.id ? null : elderId);
  const home = localeHome(isLocale(data.locale) ? data.locale : locale);
  if (form.isForm) return redirectToPath(safeReturnTo(data.returnTo, home));
  return NextResponse.json({ actingFor: elderId }, { headers: { 'cache-control': 'no-store' } });
});
