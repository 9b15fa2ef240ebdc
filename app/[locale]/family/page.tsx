import { getLocale, getTranslations } from 'next-intl/server';
import { LinkCard } from '@/components/family/link-card';
import { AppShell } from '@/components/layout/app-shell';
import { HotlineButton } from '@/components/ui/hotline-button';
import { currentSession } from '@/lib/auth/current';
import { sessionAccount } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { linksAsElder, linksAsRelative } from '@/lib/family/links';
import { linkView } from '@/lib/family/views';
import { Link } from '@/lib/i18n/navigation';
import { isLocale } from '@/lib/i18n/routing';
import { now } from '@/lib/jingban/clock';

/** 亲情账户: who may act for me (and what they did), and for whom I may act. */
export default async function FamilyPage() {
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
  const elderViews = openFirst(asElder.map(({ link, relativeGender }) => linkView(link, 'elder', { name: link.relativeName, gender: relativeGender }, at, locale)));
  const relativeViews = openFirst(asRelative.map(({ link, elder }) => linkView(link, 'relative', { name: elder.name, gender: elder.gender }, at, locale)));
  return (
    <AppShell title={t('title')} back="/" tab="family">
      <p>{t('intro')}</p>
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
