import { getTranslations } from 'next-intl/server';
import { TextField } from '@/components/ui/text-field';
import { BUDGETS } from '@/lib/security/budgets';

/** Station staff: the 身份证号 typed from the card of the resident at the desk (checked on the server). */
export async function InPersonForm({ personId, locale, error }: { personId: string; locale: string; error?: string | undefined }) {
  const t = await getTranslations('staff');
  return (
    <section className="card" aria-labelledby="in-person-title" style={{ marginTop: '1rem' }}>
      <h2 id="in-person-title">{t('inPersonTitle')}</h2>
      <p>{t('inPersonIntro')}</p>
      <form action="/api/staff/consent/verify" method="post" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="personId" value={personId} />
        <TextField
          id="idNumber"
          label={t('inPersonIdNumber')}
          hint={t('inPersonIdHint', { tries: BUDGETS.inPersonIdFailuresPerPair.points })}
          autoComplete="off"
          spellCheck={false}
          maxLength={22}
          error={error}
        />
        <button type="submit" className="button">
          {t('inPersonCheck')}
        </button>
      </form>
    </section>
  );
}
