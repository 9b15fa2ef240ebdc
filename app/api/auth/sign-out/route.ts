import { redirectToPath } from '@/lib/api/redirect';
import { cookies } from 'next/headers';
import { formLocale, localeHome, readForm, safeReturnTo } from '@/lib/api/form';
import { assertSameOrigin } from '@/lib/api/same-origin';
import { handle } from '@/lib/api/server';
import { deleteSession, SESSION_COOKIE } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';

/** The form behind 退出登录: works without JavaScript, then lands on 登录 (and back to `next` after it, when given). */
export const POST = handle(async (req, _ctx, locale) => {
  assertSameOrigin(req);
  const form = await readForm(req);
  const jar = await cookies();
  await deleteSession(await getDb(), jar.get(SESSION_COOKIE)?.value);
  jar.delete(SESSION_COOKIE);
  const home = localeHome(formLocale(form, locale));
  // 换个手机号登录 from an SMS link: after signing in again, back to that link.
  const next = form.next ? safeReturnTo(form.next, '') : '';
  return redirectToPath(`${home === '/' ? '' : home}/sign-in?signedOut=1${next ? `&next=${encodeURIComponent(next)}` : ''}`);
});
