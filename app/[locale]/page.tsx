import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { ServiceTiles } from '@/components/home/service-tiles';
import { AppShell } from '@/components/layout/app-shell';
import { ChevronIcon, FamilyIcon, ListIcon, PinIcon } from '@/components/ui/icons';
import { VoiceSwitch } from '@/components/ui/voice-switch';
import { currentSession } from '@/lib/auth/current';
import { Link } from '@/lib/i18n/navigation';
import { parsePreferences } from '@/lib/preferences';
import { localePath } from '@/lib/i18n/paths';
import { demoToolsEnabled } from '@/lib/server/demo-mode';

export default async function HomePage() {
  const t = await getTranslations('home');
  const nav = await getTranslations('nav');
  const ts = await getTranslations('stations');
  const locale = await getLocale();
  const session = await currentSession();
  const jar = await cookies();
  const prefs = parsePreferences((name) => jar.get(name)?.value);
  return (
    <AppShell title={t('title')} tab="home">
      {session?.person ? (
        <p className="greeting">
          <strong>{t('greeting', { name: session.person.name })}</strong>
        </p>
      ) : session ? (
        <div className="card">
          <p>
            <strong>{t('familyGreeting', { name: session.user.name })}</strong>
          </p>
          <p>{t('familyHint')}</p>
          <Link className="button" href="/family">
            {nav('family')}
          </Link>
        </div>
      ) : (
        <div className="card">
          <p>{t('signInPrompt')}</p>
          <Link className="button" href="/sign-in">
            {t('signIn')}
          </Link>
        </div>
      )}
      {/* The services first: all four on the first screen, before any setting. */}
      <h2 className="tiles-heading">{t('servicesHeading')}</h2>
      <ServiceTiles />
      <h2 style={{ marginTop: '1.25rem' }}>{t('moreHeading')}</h2>
      <ul className="link-list">
        <li>
          <Link className="link-row" href="/applications">
            <ListIcon />
            <span className="grow">
              <strong>{nav('applications')}</strong>
              {t('applicationsHint')}
            </span>
            <ChevronIcon />
          </Link>
        </li>
        <li>
          <Link className="link-row" href="/family">
            <FamilyIcon />
            <span className="grow">
              <strong>{nav('family')}</strong>
              {t('familyHint')}
            </span>
            <ChevronIcon />
          </Link>
        </li>
        <li>
          <Link className="link-row" href="/stations">
            <PinIcon />
            <span className="grow">
              <strong>{ts('title')}</strong>
              {ts('entryHint')}
            </span>
            <ChevronIcon />
          </Link>
        </li>
      </ul>
      <VoiceSwitch
        initialOn={prefs.voice}
        label={t('voiceLabel')}
        hint={t('voiceHint')}
        onText={t('voiceOn')}
        offText={t('voiceOff')}
        returnTo={localePath(locale, '/')}
      />
      {demoToolsEnabled() ? <p className="demo-notice">{nav('demoNotice')}</p> : null}
    </AppShell>
  );
}
