import { getTranslations } from 'next-intl/server';
import { PostButton } from '@/components/ui/post-button';
import type { LinkView } from '@/lib/family/views';

/** The answer a waiting link needs from this side: 同意/拒绝 for the elder's request, 接受/拒绝 for the relative's invitation. */
export async function LinkAnswerButtons({ view, locale }: { view: LinkView; locale: string }) {
  const yes = view.side === 'elder' && view.state === 'requested' ? 'confirm' : view.side === 'relative' && view.state === 'invited' ? 'accept' : null;
  if (!yes) return null;
  const t = await getTranslations('family');
  const base = `/api/family/links/${view.id}`;
  return (
    <>
      <PostButton action={`${base}/${yes}`} locale={locale}>
        {t(yes)}
      </PostButton>
      <PostButton action={`${base}/decline`} locale={locale} secondary>
        {t('decline')}
      </PostButton>
    </>
  );
}
