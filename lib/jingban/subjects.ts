import { diseases } from '../data/diseases';
import { placeName } from '../data/divisions';
import { facilityByCode } from '../data/facilities';
import type { ApplicationRow } from '../db/types';
import type { Locale } from '../i18n/routing';
import { formatFullDate, translatorFor } from '../i18n/translator';
import type { ServiceKey } from '../services/review';
import { ADD_FACILITY } from '../services/designation/policy';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What an application is about, in a few words for its card in 我的办件: the disease and hospital,
 * the place and kind of a filing, the new facility, the destination of a transfer.
 */
export function applicationSubject(row: Pick<ApplicationRow, 'service' | 'answers' | 'outcome'>, locale: Locale): string | null {
  const t = translatorFor(locale);
  const a = row.answers;
  switch (row.service as ServiceKey) {
    case 'chronic': {
      const disease = diseases.find((d) => d.code === a.diseaseCode)?.name;
      const hospital = facilityByCode(text(a.hospitalCode))?.name;
      if (!disease) return null;
      return hospital ? t('applications.subject.chronic', { disease, hospital }) : disease;
    }
    case 'remote-care': {
      const place = placeName(a.destProvinceCode, a.destCityCode);
      if (!place) return null;
      const until = text(row.outcome?.validUntil);
      if (a.category === 'temporary') {
        return until
          ? t('applications.subject.remoteTemporaryUntil', { place, until: formatFullDate(until, locale) })
          : t('applications.subject.remoteTemporary', { place });
      }
      return t('applications.subject.remoteLongTerm', { place });
    }
    case 'designation': {
      const facility = facilityByCode(text(a.newFacilityCode))?.name;
      if (!facility) return null;
      const replaced = a.replaceFacilityCode === ADD_FACILITY ? undefined : facilityByCode(text(a.replaceFacilityCode))?.name;
      return replaced ? t('applications.subject.designationReplace', { facility, replaced }) : t('applications.subject.designationAdd', { facility });
    }
    case 'transfer': {
      const place = placeName(a.toProvinceCode, a.toCityCode);
      return place ? t('applications.subject.transfer', { place }) : null;
    }
    default:
      return null;
  }
}
