import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/db/client';
import { listPeople } from '@/lib/jingban/people';
import { hospitalInitiatedDiseases } from '@/lib/data/diseases';
import { regionByCode, type RegionCode } from '@/lib/data/regions';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { now } from '@/lib/jingban/clock';
import { chronicCareHospitals } from '@/lib/services/chronic/policy';
import { shanghaiDate } from '@/lib/time/dates';
import { DevStartNotice } from './dev-start-notice';
import { PersonChoiceForm, type PersonChoices } from './person-choice-form';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 模拟经办 "医院发起免申即享" (002 第12条): a hospital files for a patient after discharge; only 免申即享 diseases. */
export async function HospitalInitiatedForm({ searchParams }: Props) {
  const t = await getTranslations('devJingban');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const db = await getDb();
  const [people, at] = await Promise.all([listPeople(db, { limit: 50 }), now(db)]);
  const today = shanghaiDate(at);
  const choices: PersonChoices[] = people.map((p) => ({
    id: p.id,
    label: t('hospital.personOption', { name: p.name, type: t(`insuranceTypes.${p.insuranceType}`), region: regionByCode(p.regionCode)?.name ?? p.regionCode }),
    choices: {
      diseaseCode: hospitalInitiatedDiseases(p.insuranceType).map((d) => ({ value: d.code, label: d.name })),
      hospitalCode: chronicCareHospitals(p.regionCode as RegionCode).map((h) => ({ value: h.code, label: h.name })),
    },
  }));
  return (
    <section className="card" aria-labelledby="hospital-filing-title">
      <h2 id="hospital-filing-title">{t('hospital.title')}</h2>
      <p>{t('hospital.intro')}</p>
      <DevStartNotice searchParams={searchParams} name="hospitalFiled" done={(number) => t('hospital.done', { number })} />
      <PersonChoiceForm
        id="hospital-filing"
        action="/api/dev/hospital-application"
        returnTo={localePath(locale, '/dev/jingban')}
        personLabel={t('hospital.person')}
        people={choices}
        fields={[
          { name: 'diseaseCode', label: t('hospital.disease'), kind: 'select' },
          { name: 'hospitalCode', label: t('hospital.hospital'), kind: 'select' },
          { name: 'dischargeDate', label: t('hospital.discharge'), kind: 'date', max: today, defaultValue: today },
        ]}
        submit={t('hospital.submit')}
      />
    </section>
  );
}
