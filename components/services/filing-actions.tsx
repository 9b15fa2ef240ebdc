import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { formatFullDate } from '@/lib/i18n/translator';
import type { FilingManage } from '@/lib/server/application-view';
import { PostButton } from '../ui/post-button';

/** 变更备案 (a draft prefilled from this filing) and 取消备案 (which asks first on its own page), or the date they become possible. */
export async function FilingActions({ manage, locale }: { manage: FilingManage; locale: Locale }) {
  const t = await getTranslations('flows.remote-care.manage');
  if (manage.lockedUntil) {
    return (
      <p className="notice" data-testid="change-locked">
        {t('locked', { date: formatFullDate(manage.lockedUntil, locale) })}
      </p>
    );
  }
  return (
    <div className="button-row">
      <PostButton action="/api/flows/remote-care/start" locale={locale} fields={{ replaces: manage.filingId }} secondary>
        {t('change')}
      </PostButton>
      <Link className="button secondary" href={`/services/remote-care/cancel/${manage.filingId}`}>
        {t('cancel')}
      </Link>
    </div>
  );
}
