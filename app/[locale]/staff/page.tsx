import { getTranslations } from 'next-intl/server';
import { StaffShell } from '@/components/staff/staff-shell';
import { StationCard } from '@/components/stations/station-card';
import { stationNamed } from '@/lib/data/stations';
import { TextField } from '@/components/ui/text-field';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { Link } from '@/lib/i18n/navigation';
import { serviceKeys } from '@/lib/services/modules';
import { currentStaff } from '@/lib/staff/session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Staff sign-in (工号 + password), then the console's doors by role. */
export default async function StaffHome({ searchParams }: Props) {
  const t = await getTranslations('staff');
  const ts = await getTranslations('services');
  const tf = await getTranslations('flow');
  const member = await currentStaff();
  if (!member) {
    const { locale, message, field, errorFor } = await plainFormRefusal(searchParams, ['staffNo', 'password']);
    return (
      <StaffShell title={t('signInTitle')} member={null}>
        <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
        <p>{t('signInIntro')}</p>
        <form action="/api/staff/session" method="post" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <TextField id="staffNo" label={t('staffNo')} autoComplete="username" maxLength={6} error={errorFor('staffNo')} />
          <TextField id="password" label={t('password')} type="password" autoComplete="current-password" maxLength={200} error={errorFor('password')} />
          <button type="submit" className="button">
            {t('signIn')}
          </button>
        </form>
      </StaffShell>
    );
  }
  const station = member.role === 'station' ? stationNamed(member.station) : undefined;
  return (
    <StaffShell title={t('console')} member={member}>
      <ul className="link-list">
        {member.role !== 'caseworker' ? (
          <>
            <li>
              <Link className="link-row" href="/staff/assist">
                {t('assistTitle')}
              </Link>
            </li>
            <li>
              <Link className="link-row" href="/staff/resident">
                {t('residentTitle')}
              </Link>
            </li>
          </>
        ) : null}
        {member.role === 'caseworker' ? (
          <li>
            <Link className="link-row" href="/staff/reviews">
              {t('reviewsTitle')}
            </Link>
          </li>
        ) : null}
        {serviceKeys.map((service) => (
          <li key={service}>
            <Link className="link-row" href={`/staff/script/${service}`}>
              {t('scriptFor', { service: ts(`${service}.name`) })}
            </Link>
          </li>
        ))}
      </ul>
      {/* Its own station, as residents see it on 附近的医保服务站: after the work, which comes first. */}
      {member.role === 'station' ? (
        <section aria-labelledby="own-station" data-testid="own-station">
          <h2 id="own-station">{t('ownStation')}</h2>
          {station ? (
            <>
              <ul className="station-list">
                <StationCard station={{ ...station, distanceMetres: null }} nearest={false} ios={false} />
              </ul>
              <p>{t('ownStationHint')}</p>
            </>
          ) : (
            <p className="notice">{t('ownStationMissing', { name: member.station ?? '' })}</p>
          )}
        </section>
      ) : null}
    </StaffShell>
  );
}
