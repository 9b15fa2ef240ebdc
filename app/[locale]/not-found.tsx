import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return (
    <AppShell title={t('title')} back="/">
      <p>{t('body')}</p>
      <Link className="button" href="/">
        {t('home')}
      </Link>
    </AppShell>
  );
}
