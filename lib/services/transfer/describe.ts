import { placeName } from '../../data/divisions';
import type { Locale } from '../../i18n/routing';
import { translatorFor } from '../../i18n/translator';
import type { Answers } from '../flow';
import { mergesContributionYears } from './policy';

const code = (value: unknown) => (typeof value === 'string' ? value : null);

/** The destination, as written on the application. */
export function transferPlace(answers: Answers): string | null {
  return placeName(code(answers.toProvinceCode), code(answers.toCityCode)) || null;
}

export function transferOutcome(result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  const place = placeName(code(result.toProvinceCode), code(result.toCityCode));
  const done = place ? t('outcomes.transferTo', { place }) : t('outcomes.transfer');
  return mergesContributionYears(result.insuranceType) ? `${done}${t('outcomes.transferYears')}` : done;
}

export function transferSubject(row: { answers: Answers }, locale: Locale): string | null {
  const place = transferPlace(row.answers);
  return place ? translatorFor(locale)('applications.subject.transfer', { place }) : null;
}
