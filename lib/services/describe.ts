import { formatFullDate, translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import type { ServiceKey } from './review';

/** The result of an approved application, in plain words, from the figures stored with it. */
export function describeOutcome(service: ServiceKey, result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  const date = (value: unknown) => (typeof value === 'string' ? formatFullDate(value, locale) : '');
  switch (service) {
    case 'chronic': {
      const benefit = result.benefit as
        | { insuranceType: string; ratePercent: number; annualLimitYuan: number; maxPrescriptionMonths: number }
        | undefined;
      if (!benefit) return '';
      const params = { rate: benefit.ratePercent, limit: benefit.annualLimitYuan, months: benefit.maxPrescriptionMonths };
      return benefit.insuranceType === 'employee' ? t('outcomes.chronicEmployee', params) : t('outcomes.chronicResident', params);
    }
    case 'remote-care':
      return result.validUntil
        ? t('outcomes.remoteCareTemporary', { from: date(result.validFrom), until: date(result.validUntil) })
        : t('outcomes.remoteCareLongTerm', { from: date(result.validFrom) });
    case 'designation':
      return t('outcomes.designation', { from: date(result.effectiveFrom) });
    case 'transfer':
      return t('outcomes.transfer');
  }
}
