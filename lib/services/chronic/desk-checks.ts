import { centralisedReviewWorkingDays } from '../../data/benefits';
import { diseaseByCode } from '../../data/diseases';
import { facilityByCode } from '../../data/facilities';
import type { RegionCode } from '../../data/regions';
import type { DeskCheck, DeskCheckInput } from '../module';
import { chronicCareHospitals } from './policy';

const k = (name: string) => `flows.chronic.desk.${name}`;

/**
 * What the case worker needs before approving a 慢特病 application: the disease is in the applicant's
 * own catalogue (职工 or 居民), how it is reviewed (Jinan 001 第(四)条), the hospital is one of the
 * 统筹区's chronic-care hospitals, and the diagnosis photos (or 免申即享: the hospital holds the records).
 */
export function chronicDeskChecks({ answers, applicant }: DeskCheckInput): DeskCheck[] {
  const type = applicant.insuranceType;
  const disease = diseaseByCode(type, String(answers.diseaseCode ?? ''));
  const hospital = typeof answers.hospitalCode === 'string' ? facilityByCode(answers.hospitalCode) : undefined;
  const chronicCare = hospital !== undefined && chronicCareHospitals(applicant.regionCode as RegionCode).some((h) => h.code === hospital.code);
  const photos = Array.isArray(answers.evidence) ? answers.evidence.length : 0;
  return [
    disease
      ? { text: { key: k('catalogue'), params: { type, disease: disease.name } }, holds: true }
      : { text: { key: k('notInCatalogue'), params: { type } }, holds: false },
    ...(disease ? [{ text: { key: k(`mode.${disease.reviewMode}`), params: { days: centralisedReviewWorkingDays } }, holds: null }] : []),
    {
      text: { key: k(chronicCare ? 'hospital' : 'hospitalNot'), params: { hospital: hospital?.name ?? String(answers.hospitalCode ?? '') } },
      holds: chronicCare,
    },
    answers._hospitalInitiated === true
      ? { text: { key: k('byHospital') }, holds: null }
      : { text: { key: k('evidence'), params: { count: photos } }, holds: photos > 0 },
  ];
}
