import { isShandong } from '../../data/divisions';
import { regionBenefits } from '../../data/benefits';
import type { RegionCode } from '../../data/regions';
import { formatFullDate } from '../../i18n/translator';
import { shanghaiDate } from '../../time/dates';
import type { DeskCheck, DeskCheckInput } from '../module';
import { earliestStartDate, promiseOnlyUntil } from './policy';

const k = (name: string) => `flows.remote-care.desk.${name}`;

/** 省内 or 跨省, the start date against the long-term backdating limit, and (long-term) 承诺制 or proof (002 第8条). */
export function remoteCareDeskChecks({ answers, applicant, submittedAt, locale }: DeskCheckInput): DeskCheck[] {
  const region = applicant.regionCode as RegionCode;
  const start = String(answers.startDate ?? '');
  const earliest = earliestStartDate(String(answers.category), shanghaiDate(submittedAt), region);
  const checks: DeskCheck[] = [{ text: { key: k('scope'), params: { scope: isShandong(String(answers.destProvinceCode)) ? 'intra' : 'inter' } }, holds: null }];
  if (earliest)
    checks.push({
      text: { key: k('startDate'), params: { earliest: formatFullDate(earliest, locale), days: regionBenefits(region).remoteFiling.longTermMaxBackdateDays } },
      holds: start >= earliest,
    });
  if (answers.category === 'long-term') {
    const photos = Array.isArray(answers.proofPhotos) ? answers.proofPhotos.length : 0;
    checks.push(
      answers.commitment === 'proof'
        ? { text: { key: k('proof'), params: { count: photos } }, holds: photos > 0 }
        : { text: { key: k('promise'), params: { until: formatFullDate(promiseOnlyUntil({ startDate: start }, region), locale) } }, holds: null },
    );
  }
  return checks;
}
