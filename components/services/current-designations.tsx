import { getTranslations } from 'next-intl/server';
import { facilityByCode } from '@/lib/data/facilities';
import type { Locale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import type { IsoDate } from '@/lib/time/dates';

/** 定点变更 starts from what the person has: each facility, and when a pending change takes effect. */
export async function CurrentDesignations({ facts, today, locale }: { facts: DesignationFacts; today: IsoDate; locale: Locale }) {
  const t = await getTranslations('flows.designation.current');
  const tl = await getTranslations('facility.levels');
  if (facts.designations.length === 0) return null;
  return (
    <section className="card" aria-labelledby="current-title">
      <h2 id="current-title">{t('title')}</h2>
      <ul className="link-list">
        {facts.designations.map((row) => {
          const f = facilityByCode(row.facilityCode);
          if (!f) return null;
          return (
            <li key={`${row.facilityCode}-${row.validFrom}`} data-testid="designation">
              <strong>{f.name}</strong>
              <span className="muted" style={{ display: 'block' }}>
                {tl(f.level)} · {f.address}
              </span>
              {row.validFrom > today ? <span style={{ display: 'block' }}>{t('from', { date: formatFullDate(row.validFrom, locale) })}</span> : null}
              {row.validUntil ? <span style={{ display: 'block' }}>{t('until', { date: formatFullDate(row.validUntil, locale) })}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
