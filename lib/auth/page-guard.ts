import 'server-only';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { DomainError } from '../errors/domain-error';
import { localePath } from '../i18n/paths';
import { accessPerson, accessSubject, type Access, type Need } from './access';
import { currentSession } from './current';
import type { Session } from './session';

async function toSignIn(path: string): Promise<never> {
  const locale = await getLocale();
  return redirect({ href: `/sign-in?next=${encodeURIComponent(localePath(locale, path))}`, locale });
}

/** Pages that need someone signed in send everyone else to 登录 and back again afterwards. */
export async function requireSessionPage(path: string): Promise<Session> {
  return (await currentSession()) ?? toSignIn(path);
}

/** A page about "my" things or one person's thing: signed-out → 登录; not allowed → a page that says why. */
export async function accessPage(path: string, need: Need, personId?: string): Promise<Access> {
  try {
    return personId ? await accessPerson(personId, need) : await accessSubject(need);
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'access')) throw error;
    if (error.status === 401) return toSignIn(path);
    const locale = await getLocale();
    return redirect({ href: `/family/denied?reason=${encodeURIComponent(error.code)}`, locale });
  }
}
