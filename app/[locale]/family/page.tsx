import { getLocale, getTranslations } from 'next-intl/server';
import { refusalText } from '@/components/flow/refusal-text';
import { LinkCard } from '@/components/family/link-card';
import { StaffConsents } from '@/components/family/staff-consents';
import { AppShell } from '@/components/layout/app-shell';
import { HotlineButton } from '@/components/ui/hotline-button';
import { currentSession } from '@/lib/auth/current';
import { sessionAccount } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { linksAsElder, linksAsRelative } from '@/lib/family/links';
import { linkView } from '@/lib/family/views';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { loose } from '@/lib/i18n/dynamic';
import { now } from '@/lib/jingban/clock';
import { refusalFromQuery } from '@/lib/services/refusal-query';
import { consentGrantsFor } from '@/lib/staff/consent-grants';
import { consentGrantView } from '@/lib/staff/consent-grant-view';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 亲情账户: who may act for me (and what they did), staff who may act for me now, and for whom I may act. */
export default async function FamilyPage({ searchParams }: Props) {
  const t = await getTranslations('family');
  const tHome = await getTranslations('home');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const session = await currentSession();
  if (!session) {
    return (
      <AppShell title={t('title')} back="/" tab="family">
        <p>{t('intro')}</p>
        <div className="card">
          <p>{t('signInFirst')}</p>
          <Link className="button" href={`/sign-in?next=${encodeURIComponent(locale === 'zh-CN' ? '/family' : `/${locale}/family`)}`}>
            {tHome('signIn')}
          </Link>
        </div>
        <HotlineButton />
      </AppShell>
    );
  }
  const db = await getDb();
  const at = await now(db);
  const account = sessionAccount(session);
  const asElder = session.person ? await linksAsElder(db, session.person.id) : [];
  const asRelative = await linksAsRelative(db, account.phone);
  const openFirst = <T extends { state: string }>(list: T[]) => [...list].sort((a, b) => rank(a.state) - rank(b.state));
  const elderViews = openFirst(
    asElder.map(({ link, relativeGender }) => linkView(link, 'elder', { name: link.relativeName, gender: relativeGender }, at, locale)),
  );
  const grants = session.person ? (await consentGrantsFor(db, session.person.id, at)).map((g) => consentGrantView(g, locale)) : [];
  const search = await searchParams;
  const ended = grants.find((g) => String(g.id) === search.ended && g.state === 'ended');
  const refusal = refusalFromQuery(search);
  const relativeViews = openFirst(asRelative.map(({ link, elder }) => linkView(link, 'relative', { name: elder.name, gender: elder.gender }, at, locale)));
  return (
    <AppShell title={t('title')} back="/" tab="family">
      <p>{t('intro')}</p>
      {ended ? (
        <p className="notice success" role="status">
          {t('staffConsents.done', { staffNo: ended.staffNo })}
        </p>
      ) : null}
      {refusal ? (
        <p className="notice error" role="alert">
          {refusalText(loose(await getTranslations()), refusal, locale)}
        </p>
      ) : null}
      {session.person ? (
        <section aria-labelledby="relatives-title">
          <h2 id="relatives-title">{t('myRelativesHeading')}</h2>
          {elderViews.length === 0 ? <p className="muted">{t('myRelativesEmpty')}</p> : null}
          <ul className="link-list">
            {elderViews.map((view) => (
              <LinkCard key={view.id} view={view} actingFor={session.actingFor} />
            ))}
          </ul>
          <Link className="button" href="/family/add" style={{ marginTop: '1rem' }}>
            {t('addRelative')}
          </Link>
        </section>
      ) : null}
      <StaffConsents grants={grants} ask={typeof search.ask === 'string' ? Number(search.ask) : null} locale={locale} />
      <section aria-labelledby="elders-title" style={{ marginTop: '1.5rem' }}>
        <h2 id="elders-title">{t('myEldersHeading')}</h2>
        {relativeViews.length === 0 ? <p className="muted">{t('myEldersEmpty')}</p> : null}
        <ul className="link-list">
          {relativeViews.map((view) => (
            <LinkCard key={view.id} view={view} actingFor={session.actingFor} />
          ))}
        </ul>
        <Link className="button secondary" href="/family/request" style={{ marginTop: '1rem' }}>
          {t('requestLink')}
        </Link>
      </section>
    </AppShell>
  );
}

/** Waiting links first (they need an answer), then active ones, then the ended. */
function rank(state: string): number {
  return state === 'requested' || state === 'invited' ? 0 : state === 'active' ? 1 : 2;
}
