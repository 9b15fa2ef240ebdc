import { careHospitalByCode } from '../../data/care-hospitals';
import { placeName } from '../../data/divisions';
import type { Locale } from '../../i18n/routing';
import { translatorFor } from '../../i18n/translator';
import { NOT_LISTED } from './policy';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The hospital as filed: its name from the list, or the person's own words when it was not on it. */
export function hospitalNameOf(answers: Record<string, unknown>): string {
  if (answers.hospitalCode === NOT_LISTED) return text(answers.hospitalDescription);
  return careHospitalByCode(text(answers.hospitalCode))?.name ?? '';
}

/** Where the care was (海南省三亚市), for the card in 我的办件. */
export function reimbursementPlace(answers: Record<string, unknown>): string | null {
  return placeName(answers.careProvinceCode, answers.careCityCode) || null;
}

/** 三亚市人民医院 · 住院, for the card in 我的办件. */
export function reimbursementSubject(answers: Record<string, unknown>, locale: Locale): string | null {
  const hospital = hospitalNameOf(answers);
  if (!hospital) return null;
  const kind = answers.careType === 'inpatient' ? 'inpatient' : 'outpatient';
  return translatorFor(locale)('applications.subject.reimbursement', { hospital, kind });
}
