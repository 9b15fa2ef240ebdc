import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { BackIcon, PhoneIcon } from '../ui/icons';

/**
 * 返回 · title · 请客服帮我 · 12393, one row of fixed height at every text size (mini-program 关怀模式
 * inner pages): the first screen belongs to the question, not the frame. The hotline and the assist
 * button sit in the same place on every page (WCAG 3.2.6).
 */
export async function TopBar({ title, back, assist }: { title: string; back?: string; assist?: ReactNode }) {
  const t = await getTranslations('nav');
  return (
    <div className="top-bar">
      {back ? (
        <Link href={back} className="back-link">
          <BackIcon />
          {t('back')}
        </Link>
      ) : (
        <span className="spacer" />
      )}
      <h1>{title}</h1>
      {assist}
      <a href="tel:12393" className="hotline-link" aria-label={t('hotlineLabel')}>
        <PhoneIcon />
        {t('hotline')}
      </a>
    </div>
  );
}
