import { getTranslations } from 'next-intl/server';
import { placeName } from '@/lib/data/divisions';
import type { Locale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import type { FlowPerson } from '@/lib/services/flow';
import { changePossibleFrom, type ActiveFiling } from '@/lib/services/remote-care/policy';
import type { IsoDate } from '@/lib/time/dates';
import { FilingActions } from './filing-actions';

type Props = { filings: ActiveFiling[]; today: IsoDate; person: FlowPerson; locale: Locale };

/** The filings in force, with 变更 / 取消, or the exact date from which they become possible. */
export async function RemoteFilings({ filings, today, person, locale }: Props) {
  const t = await getTranslations('flows.remote-care.manage');
  if (filings.length === 0) return null;
  return (
    <section aria-labelledby="filings-title">
      <h2 id="filings-title">{t('title')}</h2>
      {filings.map((f) => {
        const place = placeName(f.destProvinceCode, f.destCityCode);
        const lockedUntil = changePossibleFrom(f, today, person.regionCode);
        return (
          <article key={f.id} className="card stack" data-testid="active-filing">
            <h3>{place}</h3>
            <p>{t(f.category === 'long-term' ? 'longTerm' : 'temporary')}</p>
            <p>
              {f.endDate
                ? t('validBetween', { from: formatFullDate(f.startDate, locale), until: formatFullDate(f.endDate, locale) })
                : t('validFrom', { from: formatFullDate(f.startDate, locale) })}
            </p>
            <FilingActions manage={{ filingId: f.id, lockedUntil }} locale={locale} />
          </article>
        );
      })}
    </section>
  );
}
