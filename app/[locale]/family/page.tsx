import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { HotlineButton } from '@/components/ui/hotline-button';

export default async function FamilyPage() {
  const t = await getTranslations('family');
  return (
    <AppShell title={t('title')} back="/" tab="family">
      <p>{t('intro')}</p>
      <p className="notice">{t('notYet')}</p>
      <HotlineButton />
    </AppShell>
  );
}
