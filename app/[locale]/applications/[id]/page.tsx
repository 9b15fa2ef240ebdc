import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplicationDetailView } from '@/components/applications/application-detail';
import { QueryProvider } from '@/components/applications/query-provider';
import { AppShell } from '@/components/layout/app-shell';
import { idParam } from '@/lib/api/contracts';
import { accessPage } from '@/lib/auth/page-guard';
import { ownerOf } from '@/lib/jingban/owners';
import { getDb } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/routing';
import { findApplication } from '@/lib/jingban/queries';
import { toDetail } from '@/lib/jingban/views';

type Props = { params: Promise<{ id: string }> };

export default async function ApplicationPage({ params }: Props) {
  const { id } = await params;
  const path = `/applications/${encodeURIComponent(id)}`;
  const parsed = idParam.safeParse(id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const owner = await ownerOf(db, 'application', parsed.data);
  if (!owner) notFound();
  const { subject } = await accessPage(path, { kind: 'view', action: 'view-application' }, owner);
  const found = await findApplication(db, subject.id, parsed.data);
  if (!found) notFound();
  const t = await getTranslations('applications');
  const locale = await getLocale();
  return (
    <AppShell title={t('detailTitle')} back="/applications" tab="applications">
      <QueryProvider>
        <ApplicationDetailView initial={toDetail(found.application, found.events, isLocale(locale) ? locale : 'zh-CN')} />
      </QueryProvider>
    </AppShell>
  );
}
