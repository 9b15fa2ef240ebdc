'use client';

import { useTranslations } from 'next-intl';
import { ActedByLine } from './acted-by-line';
import type { ApplicationSummary } from '@/lib/contracts/api';
import { isFinal } from '@/lib/jingban/status';
import { Link } from '@/lib/i18n/navigation';
import { ChevronIcon } from '../ui/icons';
import { StatusBadge } from './status-badge';
import { useDates } from './use-dates';

export function ExpectedLine({ app }: { app: ApplicationSummary }) {
  const t = useTranslations('applications');
  const dates = useDates();
  if (app.filingEnded) return <>{t(`filingEnded.${app.filingEnded.state}`, { date: dates.fullDate(app.filingEnded.on) })}</>;
  if (app.status === 'completed' && app.decidedAt) return <>{t('completedOn', { date: dates.instantDay(app.decidedAt) })}</>;
  if (isFinal(app.status) || !app.expectedBy) return null;
  const date = dates.monthDay(app.expectedBy);
  return <>{app.expectedEstimated ? t('expectedEstimate', { date }) : t('expected', { date })}</>;
}

/** 已办结, or what became of the filing it made: 已取消, 已变更, 已失效. */
export function AppStatusBadge({ app }: { app: ApplicationSummary }) {
  const t = useTranslations('applications');
  return app.filingEnded ? (
    <StatusBadge status={app.status} label={t(`filingState.${app.filingEnded.state}`)} ended={app.filingEnded.state} />
  ) : (
    <StatusBadge status={app.status} label={t(`status.${app.status}`)} />
  );
}

/** What to do next, in words: for an ended filing, what that means at the place. */
export function NextLine({ app }: { app: ApplicationSummary }) {
  const t = useTranslations('applications');
  return <>{app.filingEnded ? t(`filingNext.${app.filingEnded.state}`, { place: app.filingEnded.place }) : t(`next.${app.status}`)}</>;
}

export function ApplicationCard({ app }: { app: ApplicationSummary }) {
  const t = useTranslations('applications');
  const ts = useTranslations('services');
  return (
    <li>
      <Link className="link-row" href={`/applications/${app.id}`} aria-describedby={`app-${app.id}-status`}>
        <span className="grow stack">
          <strong>{ts(`${app.service}.name`)}</strong>
          {app.subject ? (
            <span className="app-subject" data-testid="app-subject">
              {app.subject}
            </span>
          ) : null}
          <span id={`app-${app.id}-status`}>
            <AppStatusBadge app={app} />
          </span>
          {app.placeText ? (
            <span style={{ display: 'block' }} data-testid="application-place">
              {app.placeText}
            </span>
          ) : null}
          <span className="muted" style={{ display: 'block' }}>
            {t('number', { number: app.number })}
          </span>
          {app.actedBy ? (
            <span style={{ display: 'block' }}>
              <ActedByLine actedBy={app.actedBy} />
            </span>
          ) : null}
          <span style={{ display: 'block' }}>
            <ExpectedLine app={app} />
          </span>
          <span style={{ display: 'block' }}>
            <NextLine app={app} />
          </span>
        </span>
        <ChevronIcon />
      </Link>
    </li>
  );
}
