import { placeName } from '../../data/divisions';
import type { Locale } from '../../i18n/routing';
import { formatFullDate, translatorFor } from '../../i18n/translator';
import type { Answers } from '../flow';

const code = (value: unknown) => (typeof value === 'string' ? value : null);

/** The filing's place, as written on it (海南省琼海市). */
export function remoteCarePlace(answers: Answers): string | null {
  return placeName(code(answers.destProvinceCode), code(answers.destCityCode)) || null;
}

/** From when, until when, where, and (long-term) what the basis means back home. */
export function remoteCareOutcome(result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  const date = (value: unknown) => (typeof value === 'string' ? formatFullDate(value, locale) : '');
  const validity = result.validUntil
    ? t('outcomes.remoteCareTemporary', { from: date(result.validFrom), until: date(result.validUntil) })
    : t('outcomes.remoteCareLongTerm', { from: date(result.validFrom) });
  const place = placeName(code(result.destProvinceCode), code(result.destCityCode));
  const withPlace = place ? `${validity}${t('outcomes.remoteCarePlace', { place })}` : validity;
  return `${withPlace}${filingBasisText(result, locale)}`;
}

/** 002 第8条, for long-term filings only: what the basis means for care back at the 参保地. */
export function filingBasisText(result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  if (result.basis === 'proof') return t('outcomes.remoteCareBasisProof');
  if (result.basis === 'promise' && typeof result.promiseOnlyUntil === 'string') {
    return t('outcomes.remoteCareBasisPromise', { date: formatFullDate(result.promiseOnlyUntil, locale) });
  }
  return '';
}

/** The place and kind of a filing, for its card in 我的办件. */
export function remoteCareSubject(row: { answers: Answers; outcome: Record<string, unknown> | null }, locale: Locale): string | null {
  const t = translatorFor(locale);
  const place = remoteCarePlace(row.answers);
  if (!place) return null;
  const until = code(row.outcome?.validUntil);
  if (row.answers.category === 'temporary') {
    return until
      ? t('applications.subject.remoteTemporaryUntil', { place, until: formatFullDate(until, locale) })
      : t('applications.subject.remoteTemporary', { place });
  }
  return t('applications.subject.remoteLongTerm', { place });
}
