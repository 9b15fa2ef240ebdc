import { getTranslations } from 'next-intl/server';
import { TextField } from '@/components/ui/text-field';
import { FAMILY_RULES } from '@/lib/family/config';

/** On an in-person check, a link longer than 3 months needs another staff member of the station, typing their own 工号 and password. */
export async function SecondStaffField({ error }: { error?: string | undefined }) {
  const t = await getTranslations('staff');
  const months = FAMILY_RULES.inPersonSoloMaxMonths;
  return (
    <fieldset id="second-staff" className="field" aria-describedby="second-staff-hint">
      <legend className="question-legend">{t('secondStaffLegend')}</legend>
      <p className="hint" id="second-staff-hint">
        {t('secondStaffHint', { months })}
      </p>
      <TextField id="secondStaffNo" label={t('secondStaffNo')} autoComplete="off" spellCheck={false} maxLength={6} error={error} />
      <TextField id="secondPassword" label={t('secondPassword')} type="password" autoComplete="off" maxLength={200} />
    </fieldset>
  );
}
