import { getLocale, getTranslations } from 'next-intl/server';
import { regionByCode, districtByCode } from '@/lib/data/regions';
import type { FamilyUserRow, PersonRow } from '@/lib/db/types';
import { maskIdNumber, maskPhone } from '@/lib/identity/id-card';

export async function ProfileCard({ person }: { person: PersonRow }) {
  const t = await getTranslations('settings');
  const en = (await getLocale()) === 'en';
  const region = regionByCode(person.regionCode);
  const district = person.districtCode ? districtByCode(person.districtCode) : undefined;
  const place = [region, district]
    .filter(Boolean)
    .map((p) => (en ? p?.nameEn : p?.name))
    .join(en ? ', ' : '');
  const insurance = t(`insurance.${person.insuranceType}`) + (person.employmentStatus ? ` (${t(`employment.${person.employmentStatus}`)})` : '');
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profileHeading')}</h2>
      <dl className="key-values">
        <dt>{t('name')}</dt>
        <dd>{person.name}</dd>
        <dt>{t('idNumber')}</dt>
        <dd>{maskIdNumber(person.idNumber)}</dd>
        <dt>{t('phone')}</dt>
        <dd>{maskPhone(person.phone)}</dd>
        <dt>{t('region')}</dt>
        <dd>{place}</dd>
        <dt>{t('insuranceType')}</dt>
        <dd>{insurance}</dd>
      </dl>
    </section>
  );
}

/** A relative's family account: a name and a phone, nothing insured. */
export async function FamilyProfileCard({ user }: { user: FamilyUserRow }) {
  const t = await getTranslations('settings');
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profileHeading')}</h2>
      <dl className="key-values">
        <dt>{t('name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t('phone')}</dt>
        <dd>{maskPhone(user.phone)}</dd>
        <dt>{t('insuranceType')}</dt>
        <dd>{t('familyAccount')}</dd>
      </dl>
    </section>
  );
}
