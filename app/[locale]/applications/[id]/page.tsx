import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ApplicationDetailView } from '@/components/applications/application-detail';
import { QueryProvider } from '@/components/applications/query-provider';
import { FilingActions } from '@/components/services/filing-actions';
import { FilingBasis } from '@/components/services/remote-filings';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AppShell } from '@/components/layout/app-shell';
import { idParam } from '@/lib/contracts/api';
import { accessPage } from '@/lib/auth/page-guard';
import { canAct } from '@/lib/family/links';
import { ownerOf } from '@/lib/jingban/owners';
import { appContext } from '@/lib/server/context';
import { applicationDetail } from '@/lib/server/application-view';
import { isLocale } from '@/lib/i18n/routing';
import { findApplication } from '@/lib/jingban/queries';

type Props = { params: Promise<{ id: string }> };

export default async function ApplicationPage({ params }: Props) {
  const { id } = await params;
  const path = `/applications/${encodeURIComponent(id)}`;
  const parsed = idParam.safeParse(id);
  if (!parsed.success) notFound();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'application', parsed.data);
  if (!owner) notFound();
  const { subject, link } = await accessPage(path, { kind: 'view', action: 'view-application' }, owner);
  const found = await findApplication(db, subject.id, parsed.data);
  if (!found) notFound();
  const t = await getTranslations('applications');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const { detail, manage, filing, today, person } = await applicationDetail(db, subject, found, now, locale);
  return (
    <AppShell title={t('detailTitle')} back="/applications" tab="applications">
      <ClientMessages forWhat="applications">
        <QueryProvider>
          <ApplicationDetailView initial={detail} />
        </QueryProvider>
      </ClientMessages>
      {/* A relative with 查看 only sees the filing, not the buttons the server would refuse. */}
      {manage && (!link || canAct(link, found.application.service)) ? (
        <section className="card" aria-labelledby="manage-title">
          <h2 id="manage-title">{t('manageHeading')}</h2>
          {filing?.category === 'long-term' ? <FilingBasis filing={filing} today={today} person={person} locale={locale} /> : null}
          <FilingActions manage={manage} locale={locale} />
        </section>
      ) : null}
    </AppShell>
  );
}
