import { getLocale, getTranslations } from 'next-intl/server';
import { StaffShell } from '@/components/staff/staff-shell';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { TextField } from '@/components/ui/text-field';
import { redirect } from '@/lib/i18n/navigation';
import { currentStaff } from '@/lib/staff/session';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The agent types the code the resident reads out. */
export default async function AssistCodePage({ searchParams }: Props) {
  const member = await currentStaff();
  if (!member || member.role === 'caseworker') return redirect({ href: '/staff', locale: await getLocale() });
  const t = await getTranslations('staff');
  const tf = await getTranslations('flow');
  const { locale, message, field, errorFor } = await plainFormRefusal(searchParams, ['code']);
  return (
    <StaffShell title={t('assistTitle')} member={member}>
      <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
      <p>{t('assistIntro')}</p>
      <form action="/api/staff/assist/claim" method="post" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <TextField id="code" label={t('assistCode')} inputMode="numeric" autoComplete="off" maxLength={6} error={errorFor('code')} />
        <button type="submit" className="button">
          {t('assistOpen')}
        </button>
      </form>
    </StaffShell>
  );
}
