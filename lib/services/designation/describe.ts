import { facilityByCode } from '../../data/facilities';
import type { Locale } from '../../i18n/routing';
import { formatFullDate, translatorFor } from '../../i18n/translator';
import type { Answers } from '../flow';
import { ADD_FACILITY } from './policy';

export function designationOutcome(result: Record<string, unknown>, locale: Locale): string {
  const from = typeof result.effectiveFrom === 'string' ? formatFullDate(result.effectiveFrom, locale) : '';
  return translatorFor(locale)('outcomes.designation', { from });
}

/** The new facility (and the one it replaces), for the card in 我的办件. */
export function designationSubject(row: { answers: Answers }, locale: Locale): string | null {
  const t = translatorFor(locale);
  const a = row.answers;
  const name = (code: unknown) => (typeof code === 'string' ? facilityByCode(code)?.name : undefined);
  const facility = name(a.newFacilityCode);
  if (!facility) return null;
  const replaced = a.replaceFacilityCode === ADD_FACILITY ? undefined : name(a.replaceFacilityCode);
  return replaced ? t('applications.subject.designationReplace', { facility, replaced }) : t('applications.subject.designationAdd', { facility });
}
