import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { currentSession } from './current';
import type { ResidentSession } from './session';
import { localePath } from '../i18n/paths';

/** Pages that need a signed-in resident send everyone else to 登录 and back again afterwards. */
export async function requireResidentPage(path: string): Promise<ResidentSession> {
  const session = await currentSession();
  if (session) return session;
  const locale = await getLocale();
  return redirect({ href: `/sign-in?next=${encodeURIComponent(localePath(locale, path))}`, locale });
}
