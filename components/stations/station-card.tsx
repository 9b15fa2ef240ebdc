import { getTranslations } from 'next-intl/server';
import { NavigateIcon, PhoneIcon } from '@/components/ui/icons';
import { mapLinks, roundedDistance, telHref, type RankedStation } from '@/lib/stations/nearest';

type Props = { station: RankedStation; nearest: boolean; ios: boolean };

/** One 医保服务站: what it is, how far, when open, what it can 帮办代办, and 拨打 / 导航 as big buttons. */
export async function StationCard({ station, nearest, ios }: Props) {
  const t = await getTranslations('stations');
  const ts = await getTranslations('services');
  const links = mapLinks(station);
  const distance = station.distanceMetres === null ? null : roundedDistance(station.distanceMetres);
  return (
    <li className="card station" data-code={station.code} data-testid="station">
      <h3>
        {nearest ? <span className="badge progress station-nearest">{t('nearest')}</span> : null}
        {station.name}
      </h3>
      <p className="station-meta">
        <span>{t(`kind.${station.kind}`)}</span>
        {distance ? (
          <strong data-testid="station-distance">{distance.unit === 'm' ? t('distanceM', { m: distance.m }) : t('distanceKm', { km: distance.km })}</strong>
        ) : null}
      </p>
      {/* 拨打 and 导航 right under the name and distance: what the person came for, on the first screen. */}
      <div className="button-row">
        <a className="button" href={telHref(station.phone)} data-testid="station-call">
          <PhoneIcon />
          {t('call', { phone: station.phone })}
        </a>
        <a className="button secondary" href={links.amapWeb} rel="noopener noreferrer" data-testid="station-navigate">
          <NavigateIcon />
          {t('navigate')}
        </a>
      </div>
      <dl className="key-values">
        <dt>{t('address')}</dt>
        <dd>{station.address}</dd>
        <dt>{t('hours')}</dt>
        <dd>{station.hours}</dd>
        <dt>{t('phone')}</dt>
        <dd>{station.phone}</dd>
        <dt>{t('canDo')}</dt>
        <dd>{station.services.map((s) => ts(`${s}.name`)).join('、')}</dd>
      </dl>
      <details className="station-maps">
        <summary>{t('otherMaps')}</summary>
        <ul className="link-list">
          <li>
            <a className="link-row" href={ios ? links.amapIos : links.amapAndroid}>
              {t('amapApp')}
            </a>
          </li>
          <li>
            <a className="link-row" href={links.baidu}>
              {t('baiduApp')}
            </a>
          </li>
          <li>
            <a className="link-row" href={links.tencent}>
              {t('tencentApp')}
            </a>
          </li>
        </ul>
      </details>
    </li>
  );
}
