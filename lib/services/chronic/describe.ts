import { diseases } from '../../data/diseases';
import { facilityByCode } from '../../data/facilities';
import type { Locale } from '../../i18n/routing';
import { translatorFor } from '../../i18n/translator';
import type { Answers } from '../flow';
import type { ChronicBenefit } from './review-plan';

/** The benefit on approval, from the figures stored with it. */
export function chronicOutcome(result: Record<string, unknown>, locale: Locale): string {
  const t = translatorFor(locale);
  const benefit = result.benefit as Pick<ChronicBenefit, 'insuranceType' | 'ratePercent' | 'annualLimitYuan' | 'maxPrescriptionMonths'> | undefined;
  if (!benefit) return '';
  const params = { rate: benefit.ratePercent, months: benefit.maxPrescriptionMonths };
  // 职工 share one annual limit with inpatient care, of no amount the sources give: said, never numbered.
  if (benefit.insuranceType === 'employee') return t('outcomes.chronicEmployee', params);
  return t('outcomes.chronicResident', { ...params, limit: benefit.annualLimitYuan ?? 0 });
}

/** The disease and hospital, for the card in 我的办件. */
export function chronicSubject(row: { answers: Answers }, locale: Locale): string | null {
  const a = row.answers;
  const disease = diseases.find((d) => d.code === a.diseaseCode)?.name;
  const hospital = typeof a.hospitalCode === 'string' ? facilityByCode(a.hospitalCode)?.name : undefined;
  if (!disease) return null;
  return hospital ? translatorFor(locale)('applications.subject.chronic', { disease, hospital }) : disease;
}
