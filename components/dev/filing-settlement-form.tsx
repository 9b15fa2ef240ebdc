import { getLocale, getTranslations } from 'next-intl/server';
import { placeName } from '@/lib/data/divisions';
import { getDb } from '@/lib/db/client';
import { localePath } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import { now } from '@/lib/jingban/clock';
import { filingsInForce, recentSettlements } from '@/lib/jingban/remote-filings';
import { shanghaiDate } from '@/lib/time/dates';

/**
 * 模拟经办: "在备案地结算一笔费用" (place filed-place: the first one sets the filing's first-cost date, 002 第5条)
 * or "回参保地就医结算" (place home: rates by the filing's basis, 002 第8条). Lists the latest ones recorded.
 */
export async function FilingSettlementForm({ place }: { place: 'filed-place' | 'home' }) {
  const t = await getTranslations('devJingban.settle');
  const tm = await getTranslations('flows.remote-care.manage');
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const db = await getDb();
  const today = shanghaiDate(await now(db));
  const [filings, recent] = await Promise.all([filingsInForce(db, today), recentSettlements(db, place)]);
  const id = `settle-${place}`;
  return (
    <section className="card stack" aria-labelledby={`${id}-title`} id={id} data-testid={id}>
      <h2 id={`${id}-title`}>{t(place === 'home' ? 'homeTitle' : 'title')}</h2>
      <p className="muted">{t('intro')}</p>
      {filings.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <form action="/api/dev/settlements" method="post" className="stack">
          <input type="hidden" name="returnTo" value={localePath(locale, '/dev/jingban')} />
          <input type="hidden" name="place" value={place} />
          <label htmlFor={`${id}-filing`}>{t('filing')}</label>
          <select className="input" id={`${id}-filing`} name="filingId" required>
            {filings.map(({ filing, personName }) => (
              <option key={filing.id} value={filing.id}>
                {personName} · {placeName(filing.destProvinceCode, filing.destCityCode)} · {tm(filing.category === 'long-term' ? 'longTerm' : 'temporary')}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-date`}>{t('date')}</label>
          <input className="input" type="date" id={`${id}-date`} name="date" defaultValue={today} max={today} required />
          <label htmlFor={`${id}-amount`}>{t('amount')}</label>
          <input className="input" type="number" inputMode="decimal" id={`${id}-amount`} name="amount" min="0.01" step="0.01" defaultValue="1200" required />
          <button type="submit" className="button">
            {t('submit')}
          </button>
        </form>
      )}
      {recent.length > 0 ? (
        <ul data-testid={`${id}-recent`}>
          {recent.map(({ settlement: s, personName, destProvinceCode, destCityCode }) => (
            <li key={s.id}>
              {personName} · {placeName(destProvinceCode, destCityCode)} · {formatFullDate(s.date, locale)} · {(s.amountFen / 100).toFixed(2)} ·{' '}
              {t(`rates.${s.rateCategory}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
