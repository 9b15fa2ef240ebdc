import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HospitalInitiatedForm } from '@/components/dev/hospital-initiated-form';
import { NewCityForm } from '@/components/dev/new-city-form';
import { AppShell } from '@/components/layout/app-shell';
import { getDb } from '@/lib/db/client';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { formatDateTime } from '@/lib/i18n/translator';
import { clockAdvanceMs, now } from '@/lib/jingban/clock';
import { upcomingSteps } from '@/lib/jingban/pending';
import { demoToolsEnabled } from '@/lib/server/demo-mode';
import { FilingSettlementForm } from '@/components/dev/filing-settlement-form';
import type { ServiceKey } from '@/lib/services/review';

type Props = { searchParams: Promise<{ ran?: string }> };

/** 模拟经办: move the shared clock forward and watch reviews complete on working days. */
export default async function DevJingbanPage({ searchParams }: Props) {
  if (!demoToolsEnabled()) notFound();
  const t = await getTranslations('devJingban');
  const ts = await getTranslations('services');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const db = await getDb();
  const [at, advanced, upcoming] = await Promise.all([now(db), clockAdvanceMs(db), upcomingSteps(db)]);
  const { ran } = await searchParams;
  const here = localePath(locale, '/dev/jingban');
  return (
    <AppShell title={t('title')} back="/settings" tab="me">
      <p>{t('intro')}</p>
      {ran !== undefined && /^\d+$/.test(ran) ? (
        <p className="notice success" role="status">
          {t('ran', { count: Number(ran) })}
        </p>
      ) : null}
      <section className="card" aria-labelledby="clock-title">
        <h2 id="clock-title">{t('clock')}</h2>
        <p data-testid="sim-clock">{formatDateTime(at, locale)}</p>
        {advanced > 0 ? <p className="muted">{t('offset', { days: Math.round(advanced / 86_400_000) })}</p> : null}
        <form action="/api/dev/clock" method="post" className="button-row">
          <input type="hidden" name="returnTo" value={here} />
          {[1, 7, 30].map((days) => (
            <button key={days} type="submit" name="days" value={days} className="button">
              {t('advance', { days })}
            </button>
          ))}
        </form>
        <form action="/api/dev/clock" method="post" className="search-row" style={{ marginTop: '1rem' }}>
          <input type="hidden" name="returnTo" value={here} />
          <label htmlFor="days" className="visually-hidden">
            {t('daysLabel')}
          </label>
          <input className="input" type="number" inputMode="numeric" id="days" name="days" min={1} max={400} defaultValue={3} />
          <button type="submit" className="button">
            {t('advanceN')}
          </button>
        </form>
        <form action="/api/dev/scheduler" method="post" className="button-row">
          <input type="hidden" name="returnTo" value={here} />
          <button type="submit" className="button secondary">
            {t('runNow')}
          </button>
        </form>
        {advanced > 0 ? (
          <form action="/api/dev/clock" method="post" className="button-row">
            <input type="hidden" name="returnTo" value={here} />
            <button type="submit" name="reset" value="true" className="button secondary">
              {t('reset')}
            </button>
          </form>
        ) : null}
      </section>
      <FilingSettlementForm place="filed-place" />
      <FilingSettlementForm place="home" />
      <HospitalInitiatedForm searchParams={searchParams} />
      <NewCityForm searchParams={searchParams} />
      <section aria-labelledby="due-title">
        <h2 id="due-title">{t('dueHeading')}</h2>
        {upcoming.length === 0 ? <p className="card">{t('noneDue')}</p> : null}
        <ul className="link-list">
          {upcoming.map(({ app, personName }) => {
            const step = app.plan[app.planIndex];
            return (
              <li key={app.id} className="card" style={{ margin: 0 }}>
                <strong>
                  {personName} · {ts(`${app.service as ServiceKey}.name`)}
                </strong>
                <p className="muted" style={{ margin: 0 }}>
                  {app.number}
                </p>
                {step && app.nextActionAt ? (
                  <p style={{ margin: 0 }}>{t('nextAction', { action: t(`actions.${step.action}`), date: formatDateTime(app.nextActionAt, locale) })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </AppShell>
  );
}
