import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { HotlineButton } from '@/components/ui/hotline-button';
import { isServiceKey } from '@/lib/services/review';

type Props = { params: Promise<{ service: string }> };

export default async function ServiceStartPage({ params }: Props) {
  const { service } = await params;
  if (!isServiceKey(service)) notFound();
  const t = await getTranslations('serviceStart');
  const ts = await getTranslations('services');
  return (
    <AppShell title={ts(`${service}.name`)} back="/" tab="home">
      <p className="notice">{t('notYet')}</p>
      <HotlineButton />
    </AppShell>
  );
}
