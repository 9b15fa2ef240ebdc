import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { StatusBadge } from '@/components/applications/status-badge';
import { HotlineButton } from '@/components/ui/hotline-button';
import { StationLink } from '@/components/stations/station-link';
import { SERVICES_THAT_MAY_NEED_A_VISIT } from '@/lib/stations/refusals';
import { LateFilingNotice } from '@/components/services/late-filing-notice';
import { ReplacedFiling } from '@/components/services/replaced-filing';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { idParam } from '@/lib/contracts/api';
import { accessPage } from '@/lib/auth/page-guard';
import { ownerOf } from '@/lib/jingban/owners';
import { getDb } from '@/lib/db/client';
import { maskPhone } from '@/lib/identity/id-card';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import { findApplication } from '@/lib/jingban/queries';
import { applicantPhones } from '@/lib/jingban/applicant-sms';
import { now } from '@/lib/jingban/clock';
import { shanghaiDate } from '@/lib/time/dates';
import { isFinal, type ApplicationStatus } from '@/lib/jingban/status';
import { describeOutcome } from '@/lib/services/describe';
import { isServiceKey } from '@/lib/services/modules';

type Props = { params: Promise<{ service: string; id: string }> };

/** GOV.UK confirmation: the 办件编号, what happens next and by when, how to get help. */
export default async function SubmittedPage({ params }: Props) {
  const { service, id } = await params;
  if (!isServiceKey(service)) notFound();
  const parsed = idParam.safeParse(id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const owner = await ownerOf(db, 'application', parsed.data);
  if (!owner) notFound();
  const { subject } = await accessPage(`/services/${service}/submitted/${id}`, { kind: 'view', action: 'view-application' }, owner);
  const found = await findApplication(db, subject.id, parsed.data);
  if (!found || found.application.service !== service) notFound();
  const app = found.application;
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = loose(await getTranslations());
  const tf = await getTranslations('flow');
  const ta = await getTranslations('applications');
  const status = app.status as ApplicationStatus;
  const result = status === 'completed' && app.outcome ? describeOutcome(service, app.outcome, locale) : null;
  // "备案已经生效" only when it is in force today; a filing starting later says from which day.
  const startsOn = typeof app.outcome?.validFrom === 'string' ? app.outcome.validFrom : null;
  const startsLater = startsOn !== null && startsOn > shanghaiDate(await now(db));
  const { contact, copyTo } = applicantPhones(app, subject);
  return (
    <AppShell title={t(`services.${service}.name`)} back="/">
      <section className="notice success" aria-labelledby="done-title">
        <h2 id="done-title">{status === 'completed' ? tf('doneTitle') : tf('submittedTitle')}</h2>
        <p>{tf('referenceLabel')}</p>
        {/* Grouped the way it is read out on the phone: letters, date, sequence. */}
        <p className="reference" data-testid="reference" data-number={app.number}>
          <span className="visually-hidden">{app.number}</span>
          {[app.number.slice(0, 2), app.number.slice(2, 10), app.number.slice(10)].map((part) => (
            <span key={part} aria-hidden="true">
              {part}
            </span>
          ))}
        </p>
        <StatusBadge status={status} label={ta(`status.${status}`)} />
      </section>
      {status === 'completed' ? <ReplacedFiling db={db} personId={subject.id} answers={app.answers} /> : null}
      <LateFilingNotice service={service} answers={app.answers} ctx={await loadFlowContext(db, subject, service, await now(db))} />
      {result ? (
        <section className="card" aria-labelledby="result-title">
          <h2 id="result-title">{ta('resultHeading')}</h2>
          <p>{result}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{ta('nextStepHeading')}</h2>
        {!isFinal(status) && app.expectedBy ? (
          <p>{ta(app.expectedEstimated ? 'expectedEstimate' : 'expected', { date: formatFullDate(app.expectedBy, locale) })}</p>
        ) : null}
        <p>{startsLater && startsOn ? t(`flows.${service}.nextFrom`, { date: formatFullDate(startsOn, locale) }) : t(`flows.${service}.next`)}</p>
        <p data-testid="sms-to">
          {copyTo ? tf('smsSentWithCopy', { phone: maskPhone(contact), copy: maskPhone(copyTo) }) : tf('smsSent', { phone: maskPhone(contact) })}
        </p>
        <p>{tf('keepRecord')}</p>
      </section>
      <div className="button-row">
        <Link className="button" href={`/applications/${app.id}`}>
          {tf('viewInApplications')}
        </Link>
        <Link className="button secondary" href="/">
          {tf('backHome')}
        </Link>
        {SERVICES_THAT_MAY_NEED_A_VISIT.includes(service) || status === 'rejected' ? <StationLink /> : null}
        <HotlineButton secondary />
      </div>
    </AppShell>
  );
}
