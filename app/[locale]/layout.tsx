import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { cookies } from 'next/headers';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isLocale } from '@/lib/i18n/routing';
import { parsePreferences } from '@/lib/preferences';
import { ServiceWorker } from '@/components/offline/service-worker';
import { APPLE_TOUCH_ICON, ICON_BACKGROUND } from '@/lib/pwa/icon-spec';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'meta' });
  // The manifest's link comes from app/manifest.ts; the favicon and the iPhone's home-screen icon are named here.
  return {
    title: t('appName'),
    description: t('description'),
    icons: { icon: [{ url: '/favicon.ico', sizes: '32x32 48x48' }], apple: [{ url: APPLE_TOUCH_ICON, sizes: '180x180' }] },
    appleWebApp: { capable: true, title: t('appName'), statusBarStyle: 'default' },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: ICON_BACKGROUND,
};

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const jar = await cookies();
  // The 字号 class is set on the server, so the first paint is already the right size.
  const prefs = parsePreferences((name) => jar.get(name)?.value);
  return (
    <html lang={locale} className={`text-${prefs.textSize}`}>
      <body>
        {/* The locale only: the few pages whose client components need words add them (ClientMessages). */}
        <NextIntlClientProvider locale={locale} messages={null}>
          {children}
        </NextIntlClientProvider>
        <ServiceWorker />
      </body>
    </html>
  );
}
