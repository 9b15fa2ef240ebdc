import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignInForm } from '@/components/sign-in/sign-in-form';
import { safeReturnTo } from '@/lib/api/form';
import { localePath } from '@/lib/i18n/paths';

type Props = { searchParams: Promise<{ next?: string; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const t = await getTranslations('signIn');
  const locale = await getLocale();
  const { next, signedOut } = await searchParams;
  return (
    <AppShell title={t('title')} back="/" tab="me">
      {signedOut ? (
        <p className="notice success" role="status">
          {t('signedOut')}
        </p>
      ) : null}
      <p>{t('intro')}</p>
      <ClientMessages forWhat="signIn">
        <SignInForm next={safeReturnTo(next, localePath(locale, '/'))} />
      </ClientMessages>
    </AppShell>
  );
}
