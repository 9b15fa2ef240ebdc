import { getTranslations } from 'next-intl/server';
import { RelationField, ScopeField } from '@/components/family/form-parts';
import { AppShell } from '@/components/layout/app-shell';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { TextField } from '@/components/ui/text-field';
import { requireSessionPage } from '@/lib/auth/page-guard';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A relative asks to act for an elder: 姓名 + 身份证号 (checked digit by digit on the server), relation, what for. */
export default async function RequestLinkPage({ searchParams }: Props) {
  await requireSessionPage('/family/request');
  const t = await getTranslations('family');
  const tf = await getTranslations('flow');
  const { locale, message, field, errorFor } = await plainFormRefusal(searchParams, ['idNumber', 'elderName', 'relation', 'act']);
  return (
    <AppShell title={t('request.title')} back="/family" tab="family">
      <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
      <p>{t('request.intro')}</p>
      <form action="/api/family/requests" method="post" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <TextField id="elderName" label={t('request.elderNameLabel')} type="text" autoComplete="off" maxLength={20} error={errorFor('elderName')} />
        <TextField id="idNumber" label={t('request.idNumberLabel')} type="text" autoComplete="off" maxLength={18} error={errorFor('idNumber')} />
        <RelationField legend={t('request.relationLabel')} error={errorFor('relation')} />
        <ScopeField legend={t('request.scopeLabel')} hint={t('request.scopeHint')} />
        <button type="submit" className="button">
          {t('request.submit')}
        </button>
      </form>
    </AppShell>
  );
}
