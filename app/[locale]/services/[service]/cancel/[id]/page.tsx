import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { isUuid } from '@/lib/contracts/api';
import { accessPage } from '@/lib/auth/page-guard';
import { placeName } from '@/lib/data/divisions';
import type { RegionCode } from '@/lib/data/regions';
import { findPersonsFiling } from '@/lib/jingban/filing-lookup';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import { filingState } from '@/lib/jingban/filing-state';
import { ownerOf } from '@/lib/jingban/owners';
import { appContext } from '@/lib/server/context';
import { findModule } from '@/lib/services/modules';
import { changePossibleFrom } from '@/lib/services/remote-care/policy';
import { shanghaiDate } from '@/lib/time/dates';
import { AskFirstChoice } from '@/components/ui/ask-first';

type Props = { params: Promise<{ service: string; id: string }> };

/**
 * 取消备案 asks first (design: anything irreversible says what it ends): the filing, what cancelling
 * means at that place, then 不取消了 (the safe choice, first) and, apart from it, 确定取消.
 */
export default async function CancelFilingPage({ params }: Props) {
  const { service, id } = await params;
  // Only the service that manages 异地备案 has filings to change, cancel or prove.
  if (findModule(service)?.manages !== 'remote-filings' || !isUuid(id)) notFound();
  const { db, now } = await appContext();
  const owner = await ownerOf(db, 'remote-filing', id);
  if (!owner) notFound();
  const { subject } = await accessPage(`/services/${service}/cancel/${id}`, { kind: 'act', service, action: 'cancel-filing', quiet: true }, owner);
  const filing = await findPersonsFiling(db, subject.id, id);
  if (!filing) notFound();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = await getTranslations('flows.remote-care');
  const today = shanghaiDate(now);
  const place = placeName(filing.destProvinceCode, filing.destCityCode);
  const inForce = filingState(filing, today) === 'active';
  const lockedUntil = inForce ? changePossibleFrom(filing, today, subject.regionCode as RegionCode) : null;
  return (
    <AppShell title={t('cancelPage.title')} back={`/services/${service}`} tab="home">
      <h2>{t('cancelPage.question', { place })}</h2>
      <section className="card stack" aria-labelledby="filing-what" data-testid="filing-to-cancel">
        <h3 id="filing-what">{t('cancelPage.what')}</h3>
        <p>
          <strong>{place}</strong>
        </p>
        <p>{t(filing.category === 'long-term' ? 'manage.longTerm' : 'manage.temporary')}</p>
        <p>
          {filing.endDate
            ? t('manage.validBetween', { from: formatFullDate(filing.startDate, locale), until: formatFullDate(filing.endDate, locale) })
            : t('manage.validFrom', { from: formatFullDate(filing.startDate, locale) })}
        </p>
      </section>
      {!inForce ? (
        <p className="notice" role="status">
          {t('cancelPage.gone')}
        </p>
      ) : lockedUntil ? (
        <p className="notice" data-testid="change-locked">
          {t('manage.locked', { date: formatFullDate(lockedUntil, locale) })}
        </p>
      ) : (
        <>
          {/* 002 第6条: without a filing, costs there are paid first and claimed under the 参保地 rules (手工报销). */}
          <div className="notice warning-notice">
            <p>{t('cancelPage.meaning', { place })}</p>
            <p>{t('cancelPage.again', { place })}</p>
            <p>{t('cancelPage.sms')}</p>
          </div>
          <AskFirstChoice
            keepHref={`/services/${service}`}
            keepLabel={t('cancelPage.keep')}
            action={`/api/remote-filings/${filing.id}/cancel`}
            confirmLabel={t('cancelPage.confirm')}
            locale={locale}
          />
        </>
      )}
      {!inForce || lockedUntil ? (
        <div className="button-row">
          <Link className="button secondary" href={`/services/${service}`}>
            {t('cancelPage.keep')}
          </Link>
        </div>
      ) : null}
    </AppShell>
  );
}
