'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { ActedByLine } from './acted-by-line';
import { apiFetch } from '@/lib/api/client';
import type { ApplicationDetail } from '@/lib/contracts/api';
import { isFinal } from '@/lib/jingban/status';
import { AppStatusBadge, ExpectedLine, NextLine } from './application-card';
import { useDates } from './use-dates';
import { PinIcon } from '../ui/icons';
import { Link } from '@/lib/i18n/navigation';

type Event = ApplicationDetail['events'][number];

export function ApplicationDetailView({ initial }: { initial: ApplicationDetail }) {
  const t = useTranslations('applications');
  const ts = useTranslations('services');
  const tStage = useTranslations('stages');
  const dates = useDates();
  const { data, isFetching, refetch } = useQuery({
    queryKey: ['application', initial.id],
    queryFn: ({ signal }) => apiFetch<{ application: ApplicationDetail }>(`/api/applications/${initial.id}`, { signal }),
    initialData: { application: initial },
  });
  const app = data.application;

  // 免申即享 (002 第12条): the hospital filed it; its stages read 医院已帮您申请 → 医保经办机构确认 → 已认定.
  const byHospital = app.channel === 'hospital';
  // 省内 免申即享 (002 第9条): a transfer the 经办 system started when the person was insured in a new city.
  const startedNote = byHospital ? 'hospitalNote' : (app.systemStartedNote as 'autoNote' | null);
  const eventLabel = (e: Event) =>
    e.kind === 'stage' && e.stage
      ? tStage(e.stage as 'transfer-out')
      : t(`events.${byHospital && e.kind === 'completed' ? 'recognised' : (e.kind as 'submitted')}`);
  const upcoming: ('jingban-confirmed' | 'recognised' | 'completed')[] =
    isFinal(app.status) || !app.expectedBy
      ? []
      : byHospital
        ? [...(app.status === 'pending-confirmation' ? (['jingban-confirmed'] as const) : []), 'recognised']
        : ['completed'];

  return (
    <>
      <section className="card stack" aria-labelledby="app-title">
        <h2 id="app-title">{ts(`${app.service}.name`)}</h2>
        {app.subject ? (
          <p className="app-subject" data-testid="app-subject">
            {app.subject}
          </p>
        ) : null}
        <p>
          <AppStatusBadge app={app} />
        </p>
        <p className="muted">{t('number', { number: app.number })}</p>
        {app.actedBy ? (
          <p>
            <ActedByLine actedBy={app.actedBy} />
          </p>
        ) : null}
        <p>
          <ExpectedLine app={app} />
        </p>
      </section>
      {app.resultText || app.rejectReason ? (
        <section className={`notice ${app.rejectReason ? 'error' : 'success'}`} aria-labelledby="result-title">
          <h2 id="result-title">{t('resultHeading')}</h2>
          <p>{app.resultText ?? t('reason', { reason: app.rejectReason ?? '' })}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t('nextStepHeading')}</h2>
        <p>
          <NextLine app={app} />
        </p>
        {app.status === 'rejected' ? (
          <Link className="button secondary" href="/stations" data-testid="station-link">
            <PinIcon />
            {t('stationLink')}
          </Link>
        ) : null}
        {startedNote ? <p data-testid="started-for-you">{t(startedNote)}</p> : null}
      </section>
      {app.answers.length > 0 ? (
        <section className="card" aria-labelledby="answers-title" data-testid="filed-answers">
          <h2 id="answers-title">
            {t(startedNote === 'hospitalNote' ? 'answersHeadingHospital' : startedNote === 'autoNote' ? 'answersHeadingAuto' : 'answersHeading')}
          </h2>
          <dl className="answers answers-filed">
            {app.answers.map((a) => (
              <div key={a.label}>
                <dt>{a.label}</dt>
                <dd>{a.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <ol className="timeline">
          {app.events.map((e) => (
            <li key={e.id}>
              <span className="dot" />
              <span className="what">{eventLabel(e)}</span>
              <span className="when">
                {dates.dateTime(e.at)} · {t(`actors.${e.actorKind as 'system'}`)}
              </span>
            </li>
          ))}
          {upcoming.map((kind, i) => (
            <li key={kind} className="future">
              <span className="dot" />
              <span className="what">{t(`events.${kind}`)}</span>
              {i === upcoming.length - 1 ? (
                <span className="when">
                  <ExpectedLine app={app} />
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={() => void refetch()} disabled={isFetching}>
          {isFetching ? t('loading') : t('refresh')}
        </button>
      </div>
    </>
  );
}
