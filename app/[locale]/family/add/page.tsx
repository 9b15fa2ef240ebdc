import { getTranslations } from 'next-intl/server';
import { DurationField, RelationField, ScopeField } from '@/components/family/form-parts';
import { AppShell } from '@/components/layout/app-shell';
import { FormErrorSummary } from '@/components/ui/form-error-summary';
import { plainFormRefusal } from '@/components/ui/plain-form-refusal';
import { TextField } from '@/components/ui/text-field';
import { requireSessionPage } from '@/lib/auth/page-guard';
import { Link } from '@/lib/i18n/navigation';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The elder adds a relative: phone, relation, what they may do, for how long. A plain form. */
export default async function AddRelativePage({ searchParams }: Props) {
  const session = await requireSessionPage('/family/add');
  const t = await getTranslations('family');
  const tf = await getTranslations('flow');
  const { locale, message, field, errorFor } = await plainFormRefusal(searchParams, ['phone', 'name', 'relation', 'act', 'months']);
  if (!session.person) {
    return (
      <AppShell title={t('add.title')} back="/family" tab="family">
        <p className="notice">{t('signInFirst')}</p>
        <Link className="button" href="/family">
          {t('title')}
        </Link>
      </AppShell>
    );
  }
  return (
    <AppShell title={t('add.title')} back="/family" tab="family">
      <FormErrorSummary title={tf('errorTitle')} message={message} field={field} />
      <p>{t('add.intro')}</p>
      <form action="/api/family/links" method="post" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <TextField id="phone" label={t('add.phoneLabel')} type="tel" inputMode="numeric" autoComplete="off" maxLength={13} error={errorFor('phone')} />
        <TextField id="name" label={t('add.nameLabel')} type="text" autoComplete="off" maxLength={20} error={errorFor('name')} />
        <RelationField legend={t('add.relationLabel')} error={errorFor('relation')} />
        <ScopeField legend={t('add.scopeLabel')} hint={t('add.scopeHint')} />
        <DurationField legend={t('add.durationLabel')} />
        <button type="submit" className="button">
          {t('add.submit')}
        </button>
      </form>
    </AppShell>
  );
}
