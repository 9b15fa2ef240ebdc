import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { FamilyProfileCard, ProfileCard } from '@/components/settings/profile-card';
import { TextSizeForm } from '@/components/settings/text-size-form';
import { VoiceRateForm } from '@/components/settings/voice-rate-form';
import { ChevronIcon, MessageIcon, ClockIcon, PhoneIcon } from '@/components/ui/icons';
import { VoiceSwitch } from '@/components/ui/voice-switch';
import { StationLink } from '@/components/stations/station-link';
import { currentSession } from '@/lib/auth/current';
import { Link } from '@/lib/i18n/navigation';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { devicePreferences } from '@/lib/preferences-server';
import { demoToolsEnabled } from '@/lib/server/demo-mode';

export default async function SettingsPage() {
  const t = await getTranslations('settings');
  const tHome = await getTranslations('home');
  const tOut = await getTranslations('signOut');
  const tNav = await getTranslations('nav');
  const localeRaw = await getLocale();
  const locale = isLocale(localeRaw) ? localeRaw : 'zh-CN';
  const session = await currentSession();
  const prefs = await devicePreferences();
  const here = localePath(locale, '/settings');
  return (
    <AppShell title={t('title')} back="/" tab="me">
      {session?.person ? (
        <ProfileCard person={session.person} />
      ) : session ? (
        <FamilyProfileCard user={session.user} />
      ) : (
        <div className="card">
          <p>{t('signedOutHint')}</p>
          <Link className="button" href={`/sign-in?next=${encodeURIComponent(here)}`}>
            {tHome('signIn')}
          </Link>
        </div>
      )}
      <TextSizeForm current={prefs.textSize} returnTo={here} />
      <VoiceSwitch
        initialOn={prefs.voice}
        label={t('voiceHeading')}
        hint={t('voiceHint')}
        onText={tHome('voiceOn')}
        offText={tHome('voiceOff')}
        returnTo={here}
      />
      <VoiceRateForm current={prefs.rate} returnTo={here} provider={prefs.provider} />
      <section className="card" aria-labelledby="voice-provider-title">
        <h2 id="voice-provider-title">{t('providerHeading')}</h2>
        <p data-voice-provider={prefs.provider}>{t(`provider.${prefs.provider}`)}</p>
      </section>
      <section className="card" aria-labelledby="help-title">
        <h2 id="help-title">{t('helpHeading')}</h2>
        <p>{t('helpBody')}</p>
        <a className="button secondary" href="tel:12393">
          <PhoneIcon />
          {tNav('hotline')}
        </a>
        <div className="button-row">
          <StationLink />
        </div>
      </section>
      {demoToolsEnabled() ? (
        <section aria-labelledby="demo-title">
          <h2 id="demo-title">{t('demoTools')}</h2>
          <ul className="link-list">
            <li>
              <Link className="link-row" href="/dev/sms">
                <MessageIcon />
                <span className="grow">{t('smsInbox')}</span>
                <ChevronIcon />
              </Link>
            </li>
            <li>
              <Link className="link-row" href="/dev/jingban">
                <ClockIcon />
                <span className="grow">{t('jingban')}</span>
                <ChevronIcon />
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
      {session ? (
        <form action="/api/auth/sign-out" method="post" style={{ marginTop: '1.5rem' }}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button secondary">
            {tOut('button')}
          </button>
        </form>
      ) : null}
    </AppShell>
  );
}
