import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { HotlineButton } from '@/components/ui/hotline-button';
import { currentSession } from '@/lib/auth/current';
import { openSmsLink } from '@/lib/auth/sms-link';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { Link, redirect } from '@/lib/i18n/navigation';
import { appContext } from '@/lib/server/context';
import { smsLinkDays } from '@/lib/sms/links';

type Props = { params: Promise<{ token: string }> };

// A link from an SMS names one person's 办件: never indexed, never shown to a crawler.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** /m/<token>: the link in an SMS about a 办件 (lib/sms/links.ts). Opens it, or says plainly why not. */
export default async function SmsLinkPage({ params }: Props) {
  const { token } = await params;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const here = localePath(locale, `/m/${encodeURIComponent(token)}`);
  const { db, now } = await appContext();
  const session = await currentSession();
  const opening = await openSmsLink(db, token, session, now);
  if (opening.kind === 'sign-in') return redirect({ href: `/sign-in?next=${encodeURIComponent(here)}`, locale });
  if (opening.kind === 'open') return redirect({ href: `/applications/${encodeURIComponent(opening.applicationId)}`, locale });

  const t = await getTranslations('smsLink');
  const body = opening.kind === 'expired' ? t('expiredBody', { days: smsLinkDays() }) : opening.kind === 'foreign' ? t('foreignBody') : t('unknownBody');
  return (
    <AppShell title={t('title')} back="/" tab="applications">
      <h2>{t(`${opening.kind}Title`)}</h2>
      <p className="notice" role="status">
        {body}
      </p>
      {/* Someone else's 办件: the way on is to sign in as its owner (and come back here); otherwise 我的办件. */}
      {opening.kind === 'foreign' ? (
        <form action="/api/auth/sign-out" method="post">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="next" value={here} />
          <button type="submit" className="button">
            {t('otherPhone')}
          </button>
        </form>
      ) : (
        <Link className="button" href="/applications">
          {t('myApplications')}
        </Link>
      )}
      <p>{t('askHotline')}</p>
      <HotlineButton secondary />
    </AppShell>
  );
}
