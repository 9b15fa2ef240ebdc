import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RetryButton } from '@/components/offline/retry-button';
import { HotlineButton } from '@/components/ui/hotline-button';
import { isLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('offline');
  return { title: t('title'), robots: { index: false } };
}

/**
 * 没有连上网络: what the service worker (public/sw.js) shows when a page cannot load. It is cached
 * once, without cookies, so it shows nothing personal and links nowhere that needs the network
 * except 12393 (a phone call) and 重试.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params;
  if (isLocale(locale)) setRequestLocale(locale);
  const t = await getTranslations('offline');
  return (
    <main id="main" className="offline-page stack">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <h2>{t('whatToDo')}</h2>
      <ul className="offline-steps">
        <li>{t('checkWifi')}</li>
        <li>{t('checkData')}</li>
        <li>{t('saved')}</li>
      </ul>
      <RetryButton label={t('retry')} />
      <p>{t('callUs')}</p>
      <HotlineButton secondary />
    </main>
  );
}
