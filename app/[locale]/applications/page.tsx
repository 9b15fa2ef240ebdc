import { getLocale, getTranslations } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/routing';
import { ApplicationsList } from '@/components/applications/applications-list';
import { QueryProvider } from '@/components/applications/query-provider';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/layout/app-shell';
import { accessPage } from '@/lib/auth/page-guard';
import { appContext } from '@/lib/server/context';
import { shanghaiDate } from '@/lib/time/dates';
import { listApplications } from '@/lib/jingban/queries';
import { toSummary } from '@/lib/server/application-views';

export default async function ApplicationsPage() {
  const { subject } = await accessPage('/applications', { kind: 'view', action: 'view-applications' });
  const t = await getTranslations('applications');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const { db, now } = await appContext();
  const rows = await listApplications(db, subject.id);
  const today = shanghaiDate(now);
  return (
    <AppShell title={t('title')} back="/" tab="applications">
      <p>{t('intro')}</p>
      <ClientMessages forWhat="applications">
        <QueryProvider>
          <ApplicationsList initial={{ applications: rows.map((row) => toSummary(row, locale, today)) }} />
        </QueryProvider>
      </ClientMessages>
    </AppShell>
  );
}
