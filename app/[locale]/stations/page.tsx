import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/layout/app-shell';
import { LocateButton } from '@/components/flow/locate-button';
import { voiceLabels } from '@/components/flow/step-voice-props';
import { StationVoice } from '@/components/voice/station-voice';
import { devicePreferences } from '@/lib/preferences-server';
import { StationCard } from '@/components/stations/station-card';
import { currentSession } from '@/lib/auth/current';
import { regionByCode, regions } from '@/lib/data/regions';
import { Link } from '@/lib/i18n/navigation';
import { parseNear, rankStations, roundedDistance, type Origin } from '@/lib/stations/nearest';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIRST = 5;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * 附近的医保服务站 (the 15分钟医保服务圈): nearest first from the phone's position when the person presses
 * 用我的位置 (never asked on load), else from their registered 区县, else from a 区县 they pick.
 */
export default async function StationsPage({ searchParams }: Props) {
  const query = await searchParams;
  const t = await getTranslations('stations');
  const en = (await getLocale()) === 'en';
  const named = (place: { name: string; nameEn: string }) => (en ? place.nameEn : place.name);
  const session = await currentSession();
  const ios = /iPhone|iPad|iPod/.test((await headers()).get('user-agent') ?? '');
  const near = parseNear(one(query.near));
  const picked = one(query.district);
  const person = session?.person ?? null;
  const origin: Origin = near
    ? { kind: 'position', point: near }
    : picked
      ? { kind: 'district', code: picked }
      : { kind: 'district', code: person?.districtCode ?? null, regionCode: person?.regionCode ?? null };
  const { basis, stations } = rankStations(origin);
  const showAll = one(query.all) === '1';
  const top = stations[0];
  const topDistance = top?.distanceMetres != null ? roundedDistance(top.distanceMetres) : null;
  // Read on arrival in 语音版 (a paragraph of main) and said again for "最近的".
  const nearestSentence =
    top && topDistance
      ? t('say', {
          name: top.name,
          distance: topDistance.unit === 'm' ? t('distanceM', { m: topDistance.m }) : t('distanceKm', { km: topDistance.km }),
          phone: top.phone,
        })
      : null;
  const prefs = await devicePreferences();
  const shown = showAll ? stations : stations.slice(0, FIRST);
  const cityCode = one(query.city) ?? (basis.kind === 'district' ? basis.district.regionCode : basis.kind === 'region' ? basis.regionCode : undefined);
  const city = cityCode ? regionByCode(cityCode) : undefined;
  const keep = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const key of ['near', 'district'] as const) {
      const v = one(query[key]);
      if (v) params.set(key, v);
    }
    for (const [k, v] of Object.entries(extra)) params.set(k, v);
    return `/stations?${params.toString()}`;
  };
  // Nothing known: the 区县 picker comes before the list, so the person need not scroll past every hall to reach it.
  const picker = (
    <section className="card station-picker" aria-labelledby="pick-title">
      <h2 id="pick-title">{basis.kind === 'district' ? t('changeDistrict') : t('pickHeading')}</h2>
      <p>{t('pickCity')}</p>
      <div className="choice-grid">
        {regions.map((r) => (
          <Link key={r.code} className="choice" href={`/stations?city=${r.code}#pick-title`} aria-current={r.code === city?.code ? 'true' : undefined}>
            {named(r)}
          </Link>
        ))}
      </div>
      {city ? (
        <div className="choice-grid station-districts">
          {city.districts.map((d) => (
            <Link
              key={d.code}
              className="choice"
              href={`/stations?district=${d.code}`}
              aria-current={basis.kind === 'district' && basis.district.code === d.code ? 'true' : undefined}
            >
              {named(d)}
            </Link>
          ))}
        </div>
      ) : null}
    </section>
  );
  // The nearest station, with 拨打 and 导航, comes first on the screen: an older person came here to go there.
  return (
    <AppShell title={t('title')} back="/">
      <h2>{t('listHeading')}</h2>
      <p data-testid="stations-basis">
        {basis.kind === 'position'
          ? t('basisPosition')
          : basis.kind === 'district'
            ? t('basisDistrict', { district: named(basis.district) })
            : basis.kind === 'region'
              ? t('basisRegion', { city: named(regionByCode(basis.regionCode) ?? { name: '', nameEn: '' }) })
              : t('basisUnknown')}
      </p>
      {basis.kind === 'unknown' ? picker : null}
      <ol className="station-list">
        {await Promise.all(
          shown.map((station, index) => (
            <StationCard key={station.code} station={station} nearest={index === 0 && station.distanceMetres !== null} ios={ios} />
          )),
        )}
      </ol>
      {stations.length > FIRST ? (
        <Link className="button secondary" href={showAll ? keep({}) : keep({ all: '1' })}>
          {showAll ? t('showFewer', { count: FIRST }) : t('showAll', { count: stations.length })}
        </Link>
      ) : null}
      <div className="stack">
        <LocateButton label={t('useLocation')} busyLabel={t('locating')} deniedLabel={t('locationDenied')} />
        <p className="muted">{t('locationHint')}</p>
      </div>
      {nearestSentence ? <p data-testid="stations-nearest">{nearestSentence}</p> : null}
      <StationVoice
        rate={prefs.rate}
        provider={prefs.provider}
        labels={{ ...(await voiceLabels()), stationsNotUnderstood: t.raw('voiceNotUnderstood') as string }}
        nearest={nearestSentence ?? t('basisUnknown')}
      />
      <p className="notice" data-testid="demo-data">
        {t('demoData')}
      </p>
      <p className="station-about">{t('intro')}</p>
      <p className="muted">{t('demoDataMore')}</p>
      {basis.kind === 'unknown' ? null : picker}
    </AppShell>
  );
}
