import { placeName } from '../data/divisions';
import { formatFullDate, translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import type { ServiceKey } from './review';
import { mergesContributionYears } from './transfer/policy';

/** The result of an approved application, in plain words, from the figures stored with it. */
export function describeOutcome(service: ServiceKey, result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  const date = (value: unknown) => (typeof value === 'string' ? formatFullDate(value, locale) : '');
  switch (service) {
    case 'chronic': {
      const benefit = result.benefit as
        | { insuranceType: string; ratePercent: number; annualLimitYuan: number | null; maxPrescriptionMonths: number }
        | undefined;
      if (!benefit) return '';
      const params = { rate: benefit.ratePercent, months: benefit.maxPrescriptionMonths };
      // 职工 share one annual limit with inpatient care, of no amount the sources give: said, never numbered.
      if (benefit.insuranceType === 'employee') return t('outcomes.chronicEmployee', params);
      return t('outcomes.chronicResident', { ...params, limit: benefit.annualLimitYuan ?? 0 });
    }
    case 'remote-care': {
      const validity = result.validUntil
        ? t('outcomes.remoteCareTemporary', { from: date(result.validFrom), until: date(result.validUntil) })
        : t('outcomes.remoteCareLongTerm', { from: date(result.validFrom) });
      const place = placeName(code(result.destProvinceCode), code(result.destCityCode));
      const withPlace = place ? `${validity}${t('outcomes.remoteCarePlace', { place })}` : validity;
      return `${withPlace}${filingBasisText(result, locale)}`;
    }
    case 'designation':
      return t('outcomes.designation', { from: date(result.effectiveFrom) });
    case 'transfer': {
      const place = placeName(code(result.toProvinceCode), code(result.toCityCode));
      const done = place ? t('outcomes.transferTo', { place }) : t('outcomes.transfer');
      return mergesContributionYears(result.insuranceType) ? `${done}${t('outcomes.transferYears')}` : done;
    }
  }
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

const code = (value: unknown) => (typeof value === 'string' ? value : null);

/** Where an application is about, as written on it (海南省琼海市): the filing's place, the transfer's destination. */
export function applicationPlace(service: ServiceKey, answers: Record<string, unknown>): string | null {
  const place =
    service === 'remote-care'
      ? placeName(code(answers.destProvinceCode), code(answers.destCityCode))
      : service === 'transfer'
        ? placeName(code(answers.toProvinceCode), code(answers.toCityCode))
        : '';
  return place || null;
}
