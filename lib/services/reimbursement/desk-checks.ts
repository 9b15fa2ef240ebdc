import type { DeskCheck, DeskCheckInput } from '../module';
import { isInpatient, NOT_LISTED } from './policy';
import { hospitalNameOf, reimbursementPlace } from './subject';

const k = (name: string) => `flows.reimbursement.desk.${name}`;
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * What the case worker needs before entering an amount: the care was away from the 参保地 (002 第6条),
 * whether the hospital was picked from the list or described by the person, and the photos each kind
 * of care needs (发票 always; 费用清单 and 出院小结 for 住院, 病历 for 门诊). The amount is theirs to set.
 */
export function reimbursementDeskChecks({ answers }: DeskCheckInput): DeskCheck[] {
  const inpatient = isInpatient(answers);
  const photos = inpatient
    ? [
        ['invoice', answers.invoicePhotos],
        ['feeList', answers.feeListPhotos],
        ['dischargeSummary', answers.dischargeSummaryPhotos],
      ]
    : [
        ['invoice', answers.invoicePhotos],
        ['record', answers.recordPhotos],
      ];
  return [
    { text: { key: k('away'), params: { place: reimbursementPlace(answers) ?? '' } }, holds: true },
    {
      text: { key: k(answers.hospitalCode === NOT_LISTED ? 'hospitalDescribed' : 'hospitalListed'), params: { hospital: hospitalNameOf(answers) } },
      holds: null,
    },
    ...photos.map(([name, ids]) => ({ text: { key: k(`photos.${String(name)}`), params: { count: count(ids) } }, holds: count(ids) > 0 })),
  ];
}
