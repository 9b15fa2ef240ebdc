import type { DeskCheck, DeskCheckInput } from '../module';
import { mergesContributionYears } from './policy';
import { isIntraProvince, transferWorkingDays } from './review-plan';

const k = (name: string) => `flows.transfer.desk.${name}`;

/** 省内 9 / 跨省 15 working days; whether it started by itself (002 第9条); whether contribution years merge (职工 only). */
export function transferDeskChecks({ answers, applicant, channel }: DeskCheckInput): DeskCheck[] {
  const scope = isIntraProvince(String(answers.toProvinceCode ?? '')) ? 'intra' : 'inter';
  return [
    { text: { key: k('limit'), params: { scope, days: transferWorkingDays({ answers, applicant }) } }, holds: null },
    ...(answers._autoStarted === true || channel === 'system' ? [{ text: { key: k('autoStarted') }, holds: null }] : []),
    { text: { key: k(mergesContributionYears(applicant.insuranceType) ? 'mergesYears' : 'noYears') }, holds: null },
  ];
}
