import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/db/client';
import { listPeople } from '@/lib/jingban/people';
import { regionByCode, regions } from '@/lib/data/regions';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { DevStartNotice } from './dev-start-notice';
import { PersonChoiceForm, type PersonChoices } from './person-choice-form';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 模拟经办 "在新城市参保" (002 第9条): a 职工 is insured in another Shandong 统筹区 and the transfer starts by itself. */
export async function NewCityForm({ searchParams }: Props) {
  const t = await getTranslations('devJingban');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const db = await getDb();
  const employees = await listPeople(db, { insuranceType: 'employee', limit: 50 });
  const name = (code: string) => (locale === 'zh-CN' ? regionByCode(code)?.name : regionByCode(code)?.nameEn) ?? code;
  const choices: PersonChoices[] = employees.map((p) => ({
    id: p.id,
    label: t('hospital.personOption', { name: p.name, type: t('insuranceTypes.employee'), region: name(p.regionCode) }),
    choices: { regionCode: regions.filter((r) => r.code !== p.regionCode).map((r) => ({ value: r.code, label: name(r.code) })) },
  }));
  return (
    <section className="card" aria-labelledby="new-city-title">
      <h2 id="new-city-title">{t('newCity.title')}</h2>
      <p>{t('newCity.intro')}</p>
      <DevStartNotice searchParams={searchParams} name="newCity" done={(number) => t('newCity.done', { number })} />
      <PersonChoiceForm
        id="new-city"
        action="/api/dev/new-city"
        returnTo={localePath(locale, '/dev/jingban')}
        personLabel={t('newCity.person')}
        people={choices}
        fields={[{ name: 'regionCode', label: t('newCity.city'), kind: 'select' }]}
        submit={t('newCity.submit')}
      />
    </section>
  );
}
