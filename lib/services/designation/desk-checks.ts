import { formatFullDate } from '../../i18n/translator';
import type { DeskCheck, DeskCheckInput } from '../module';
import { designationEffectiveFrom } from './review-plan';

/** When the change takes effect under the 统筹区's rule (at once, or the first of next month). */
export function designationDeskChecks({ applicant, submittedAt, locale }: DeskCheckInput): DeskCheck[] {
  const from = formatFullDate(designationEffectiveFrom({ applicant, submittedAt }), locale);
  return [{ text: { key: 'flows.designation.desk.effective', params: { from } }, holds: null }];
}
