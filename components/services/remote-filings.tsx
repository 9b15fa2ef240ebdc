import { getTranslations } from 'next-intl/server';
import { regionBenefits } from '@/lib/data/benefits';
import { placeName } from '@/lib/data/divisions';
import type { Locale } from '@/lib/i18n/routing';
import { Link } from '@/lib/i18n/navigation';
import { formatFullDate } from '@/lib/i18n/translator';
import type { ExpiredFiling } from '@/lib/jingban/remote-filings';
import type { FlowPerson } from '@/lib/services/flow';
import { changePossibleFrom, promiseOnlyUntil, type ActiveFiling } from '@/lib/services/remote-care/policy';
import { compareDates, type IsoDate } from '@/lib/time/dates';
import { FilingActions } from './filing-actions';

type Props = { filings: ActiveFiling[]; expired?: ExpiredFiling[]; today: IsoDate; person: FlowPerson; locale: Locale };

/**
 * The filings in force (from when, until when, on what basis), with 变更 / 取消 or the exact date from
 * which they become possible; then temporary filings that ran out, as 已过期.
 */
export async function RemoteFilings({ filings, expired = [], today, person, locale }: Props) {
  const t = await getTranslations('flows.remote-care.manage');
  if (filings.length === 0 && expired.length === 0) return null;
  const date = (d: IsoDate) => formatFullDate(d, locale);
  return (
    <>
      {filings.length > 0 ? (
        <section aria-labelledby="filings-title">
          <h2 id="filings-title">{t('title')}</h2>
          {filings.map((f) => {
            const place = placeName(f.destProvinceCode, f.destCityCode);
            const lockedUntil = changePossibleFrom(f, today, person.regionCode);
            const future = compareDates(f.startDate, today) > 0;
            return (
              <article key={f.id} className="card stack" data-testid="active-filing">
                <h3>{place}</h3>
                <p>{t(f.category === 'long-term' ? 'longTerm' : 'temporary')}</p>
                <p>
                  {future
                    ? t('startsOn', { date: date(f.startDate) })
                    : f.endDate
                      ? t('validBetween', { from: date(f.startDate), until: date(f.endDate) })
                      : t('validFrom', { from: date(f.startDate) })}
                </p>
                {f.endDate ? <p>{t('expires', { date: date(f.endDate) })}</p> : null}
                {f.category === 'long-term' ? <FilingBasis filing={f} today={today} person={person} locale={locale} /> : null}
                <FilingActions manage={{ filingId: f.id, lockedUntil }} locale={locale} />
              </article>
            );
          })}
        </section>
      ) : null}
      {expired.length > 0 ? (
        <section aria-labelledby="expired-title">
          <h2 id="expired-title">{t('expiredTitle')}</h2>
          {expired.map((f) => (
            <p key={f.id} className="card" data-testid="expired-filing">
              <strong className="badge stopped">{t('expiredBadge')}</strong>{' '}
              {t('expired', { place: placeName(f.destProvinceCode, f.destCityCode), date: date(f.endDate) })}
            </p>
          ))}
        </section>
      ) : null}
    </>
  );
}

/** 002 第8条, long-term filings only: 个人承诺 or proof, what it means back home, and 补交证明 while it matters. */
export async function FilingBasis({ filing, today, person, locale }: { filing: ActiveFiling; today: IsoDate; person: FlowPerson; locale: Locale }) {
  const t = await getTranslations('flows.remote-care.manage');
  if (filing.basis === null) return null;
  const date = (d: IsoDate) => formatFullDate(d, locale);
  if (filing.basis === 'proof') {
    const later = filing.proofSince !== null && compareDates(filing.proofSince, filing.startDate) > 0;
    return <p data-testid="filing-basis">{later && filing.proofSince ? t('basisProofSince', { date: date(filing.proofSince) }) : t('basisProof')}</p>;
  }
  const until = promiseOnlyUntil(filing, person.regionCode);
  if (compareDates(today, until) >= 0) {
    return <p data-testid="filing-basis">{t('basisPromiseOver', { months: regionBenefits(person.regionCode).remoteFiling.promiseOnlyHomeMonths })}</p>;
  }
  return (
    <>
      <p className="notice" data-testid="filing-basis">
        {t('basisPromise', { date: date(until) })}
      </p>
      <Link className="button secondary" href={`/services/remote-care/proof/${filing.id}`}>
        {t('addProof')}
      </Link>
    </>
  );
}
