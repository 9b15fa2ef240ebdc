import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { CurrentDesignations } from '@/components/services/current-designations';
import { RemoteFilings } from '@/components/services/remote-filings';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import { PostButton } from '@/components/ui/post-button';
import { DomainError } from '@/lib/errors/domain-error';
import { accessSubject } from '@/lib/auth/access';
import type { PersonRow } from '@/lib/db/types';
import { canAct } from '@/lib/family/links';
import { getDb } from '@/lib/db/client';
import { loose } from '@/lib/i18n/dynamic';
import { Link } from '@/lib/i18n/navigation';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { now } from '@/lib/jingban/clock';
import { expiredFilings } from '@/lib/jingban/remote-filings';
import { formatFullDate } from '@/lib/i18n/translator';
import { findDraft } from '@/lib/jingban/drafts';
import { loadFlowContext } from '@/lib/jingban/flow-facts';
import { CHECK_STEP } from '@/lib/services/engine';
import { moduleFor } from '@/lib/services/modules';
import { StartPanels } from '@/components/services/start-panels';
import type { ActiveFiling } from '@/lib/services/remote-care/policy';
import { isServiceKey } from '@/lib/services/modules';
import { refusalFromQuery } from '@/lib/services/refusal-query';
import { refusalText } from '@/components/flow/refusal-text';
import { StationLink } from '@/components/stations/station-link';
import { sendsToStation } from '@/lib/stations/refusals';
import { voiceLabels } from '@/components/flow/step-voice-props';
import { StartVoice } from '@/components/voice/start-voice';
import { devicePreferences } from '@/lib/preferences-server';

type Props = { params: Promise<{ service: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GOV.UK start page: what this is, what you need, how long it takes; 开始办理 or 继续办理. */
export default async function ServiceStartPage({ params, searchParams }: Props) {
  const { service } = await params;
  if (!isServiceKey(service)) notFound();
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const t = loose(await getTranslations());
  const tf = await getTranslations('flow');
  const module = moduleFor(service);
  const flow = module.flow;
  // The standing records this service manages on its start page (异地备案 in force, current designations).
  const managesFilings = module.manages === 'remote-filings';
  const title = t(`services.${service}.name`);
  // Whose page this is: oneself, the elder a relative acts for, or the resident staff fill in for;
  // a relative without 代办 for this service only looks.
  let signedIn = true;
  let subject: PersonRow | null = null;
  let denial: string | null = null;
  try {
    const access = await accessSubject({ kind: 'view', action: 'view-service' });
    subject = access.subject;
    if (access.link && !canAct(access.link, service)) denial = 'proxy-no-scope';
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'access')) throw error;
    if (error.status === 401) signedIn = false;
    else denial = error.code;
  }
  const db = await getDb();
  const at = await now(db);
  const ctx = subject ? await loadFlowContext(db, subject, service, at) : null;
  const draft = subject && !denial ? await findDraft(db, subject.id, service) : null;
  const filings = (ctx?.facts.activeFilings as ActiveFiling[] | undefined) ?? [];
  const expired = subject && ctx && managesFilings ? await expiredFilings(db, subject.id, ctx.today) : [];
  const search = await searchParams;
  const cancelled = search.cancelled === '1';
  // A rule that refuses before the first question (no change left this year, a transfer under way).
  const startRefusal = ctx ? (flow.startRule?.(ctx) ?? null) : null;
  const refusal = refusalFromQuery(search) ?? startRefusal;
  const here = localePath(locale, `/services/${service}`);
  // 说一说 where there is something to begin: "开始" / "开始办理" / "继续" / "接着办" press it.
  const canBegin = signedIn && !denial && (draft !== null || !(startRefusal || (managesFilings && filings.length > 0)));
  const prefs = await devicePreferences();
  const tv = loose(await getTranslations('voice'));
  const startVoice = canBegin
    ? { labels: { ...(await voiceLabels()), startNotUnderstood: String(tv.raw('startNotUnderstood')) }, today: ctx?.today ?? '' }
    : null;
  return (
    <AppShell title={title} back="/">
      {cancelled ? (
        <p className="notice success" role="status">
          {t(`flows.${service}.manage.cancelled`)}
        </p>
      ) : null}
      {search.proof === '1' && ctx ? (
        <p className="notice success" role="status">
          {t(`flows.${service}.proof.done`, { date: formatFullDate(ctx.today, locale) })}
        </p>
      ) : null}
      {refusal ? (
        <p className="notice error" role="alert">
          {refusalText(t, refusal, locale)}
        </p>
      ) : null}
      {refusal && sendsToStation(refusal.code) ? <StationLink /> : null}
      <p>{t(`flows.${service}.start.intro`)}</p>
      {ctx && managesFilings ? <RemoteFilings filings={filings} expired={expired} today={ctx.today} person={ctx.person} locale={locale} /> : null}
      {/* 开始办理 on the first screen; what to know comes after it. */}
      <div className="start-action">
        {!signedIn ? (
          <Link className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            {tf('signInToStart')}
          </Link>
        ) : denial ? (
          <div className="notice" role="status">
            <p>{t(`errors.${denial}`)}</p>
            <div className="button-row">
              <Link className="button secondary" href="/family">
                {t('family.title')}
              </Link>
              {sendsToStation(denial) ? <StationLink /> : null}
            </div>
          </div>
        ) : draft ? (
          <div className="button-row">
            <Link className="button" href={`/services/${service}/${draft.currentStep ?? CHECK_STEP}`}>
              {tf('continue')}
            </Link>
            <PostButton action={`/api/flows/${service}/start`} locale={locale} secondary>
              {tf('restart')}
            </PostButton>
          </div>
        ) : startRefusal || (managesFilings && filings.length > 0) ? null : (
          <PostButton action={`/api/flows/${service}/start`} locale={locale}>
            {tf('start')}
          </PostButton>
        )}
      </div>
      {/* 说一说 right under it, so 开始办理 keeps its place on the first screen. */}
      {startVoice ? <StartVoice rate={prefs.rate} provider={prefs.provider} {...startVoice} /> : null}
      <section className="card" aria-labelledby="needs-title">
        <h2 id="needs-title">{tf('needsTitle')}</h2>
        <p>{t(`flows.${service}.start.needs`)}</p>
        <p>{t(`flows.${service}.start.time`)}</p>
      </section>
      {(ctx && flow.startNotes ? flow.startNotes(ctx) : ['note']).flatMap((k) =>
        t.has(`flows.${service}.start.${k}`)
          ? [
              <p key={k} className="notice">
                {t(`flows.${service}.start.${k}`)}
              </p>,
            ]
          : [],
      )}
      {/* 002 第6条: 补办 before the discharge bill is settled directly; after paying, 手工报销 under the 参保地 rules. */}
      {t.has(`flows.${service}.start.late`) ? <p className="notice">{t(`flows.${service}.start.late`)}</p> : null}
      {ctx && module.startPanels ? <StartPanels service={service} panels={module.startPanels} ctx={ctx} /> : null}
      {ctx && module.manages === 'designations' ? (
        <CurrentDesignations facts={ctx.facts as unknown as DesignationFacts} today={ctx.today} locale={locale} />
      ) : null}
    </AppShell>
  );
}
