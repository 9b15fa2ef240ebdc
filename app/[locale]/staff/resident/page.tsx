import { getLocale, getTranslations } from 'next-intl/server';
import { DurationField, RelationField, ScopeField } from '@/components/family/form-parts';
import { InPersonForm } from '@/components/staff/in-person-form';
import { SecondStaffField } from '@/components/staff/second-staff-field';
import { StaffShell } from '@/components/staff/staff-shell';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { TextField } from '@/components/ui/text-field';
import { getDb } from '@/lib/db/client';
import { findPerson } from '@/lib/jingban/people';
import { maskPhone } from '@/lib/identity/id-card';
import { Link, redirect } from '@/lib/i18n/navigation';
import { serviceKeys } from '@/lib/services/modules';
import { staffGrant } from '@/lib/auth/access';
import { FAMILY_RULES } from '@/lib/family/config';
import { now } from '@/lib/jingban/clock';
import { consentMethod } from '@/lib/staff/consent-grants';
import { currentStaffSession } from '@/lib/staff/session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 坐席代办 and lookup: find the resident, their consent code, then the resident's own pages in their words. */
export default async function StaffResidentPage({ searchParams }: Props) {
  const session = await currentStaffSession();
  if (!session || session.member.role === 'caseworker') return redirect({ href: '/staff', locale: await getLocale() });
  const t = await getTranslations('staff');
  const ts = await getTranslations('services');
  const tf = await getTranslations('flow');
  const tfam = await getTranslations('family');
  const db = await getDb();
  const search = await searchParams;
  const acting = (await staffGrant(db))?.person;
  // The acting page's only form is the link form; otherwise the lookup and consent-code forms.
  const fields = acting ? (['phone', 'name', 'relation', 'act', 'months', 'secondStaffNo'] as const) : (['key', 'code', 'idNumber'] as const);
  const { locale, message, field, errorFor } = await plainFormRefusal(searchParams, fields);
  if (acting) {
    const inPerson = (await consentMethod(db, session.member.id, acting.id, await now(db))) === 'in-person';
    return (
      <StaffShell title={t('actingTitle', { name: acting.name })} member={session.member}>
        <ul className="link-list">
          <li>
            <Link className="link-row" href="/applications">
              {t('openApplications')}
            </Link>
          </li>
          {serviceKeys.map((service) => (
            <li key={service}>
              <Link className="link-row" href={`/services/${service}`}>
                {t('openService', { service: ts(`${service}.name`) })}
              </Link>
            </li>
          ))}
          {/* When a refusal says 到医保服务站, the agent can read out the nearest one to the caller. */}
          <li>
            <Link className="link-row" href={`/stations?district=${encodeURIComponent(acting.districtCode ?? '')}`}>
              {t('openStations', { name: acting.name })}
            </Link>
          </li>
        </ul>
        <section className="card" aria-labelledby="link-title" style={{ marginTop: '1rem' }}>
          <h2 id="link-title">{t('linkTitle')}</h2>
          {search.linked === '1' ? (
            <p className="notice success" role="status">
              {t('linkDone')}
            </p>
          ) : null}
          <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
          <p>{t('linkIntro')}</p>
          {inPerson ? <p className="notice">{t('inPersonActing', { months: FAMILY_RULES.inPersonSoloMaxMonths })}</p> : null}
          <form action="/api/staff/family-links" method="post" noValidate>
            <input type="hidden" name="locale" value={locale} />
            <TextField id="phone" label={tfam('add.phoneLabel')} type="tel" inputMode="numeric" autoComplete="off" maxLength={13} error={errorFor('phone')} />
            <TextField id="name" label={tfam('add.nameLabel')} type="text" autoComplete="off" maxLength={20} error={errorFor('name')} />
            <RelationField legend={tfam('add.relationLabel')} error={errorFor('relation')} />
            <ScopeField legend={tfam('add.scopeLabel')} hint={tfam('add.scopeHint')} />
            <DurationField legend={tfam('add.durationLabel')} />
            {inPerson ? <SecondStaffField error={errorFor('secondStaffNo')} /> : null}
            <button type="submit" className="button">
              {t('linkCreate')}
            </button>
          </form>
        </section>
        <form action="/api/staff/acting-for" method="post" style={{ marginTop: '1rem' }}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button secondary">
            {t('stopActing')}
          </button>
        </form>
      </StaffShell>
    );
  }

  const personId = typeof search.person === 'string' ? search.person : null;
  const person = personId ? await findPerson(db, personId) : undefined;
  return (
    <StaffShell title={t('residentTitle')} member={session.member}>
      <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
      <p>{t('residentIntro')}</p>
      {person ? (
        <form action="/api/staff/consent/verify" method="post" noValidate>
          <p className="notice" role="status">
            {t('consentSent', { phone: maskPhone(person.phone) })}
          </p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="personId" value={person.id} />
          <TextField id="code" label={t('consentCode')} inputMode="numeric" autoComplete="off" maxLength={6} error={errorFor('code')} />
          <button type="submit" className="button">
            {t('verifyConsent')}
          </button>
        </form>
      ) : null}
      {person && session.member.role === 'station' ? <InPersonForm personId={person.id} locale={locale} error={errorFor('idNumber')} /> : null}
      {person ? null : (
        <form action="/api/staff/consent" method="post" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <TextField id="key" label={t('residentKey')} autoComplete="off" maxLength={20} error={errorFor('key')} />
          <button type="submit" className="button">
            {t('sendConsent')}
          </button>
        </form>
      )}
    </StaffShell>
  );
}
