import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { BackIcon, PhoneIcon } from '../ui/icons';

export async function TopBar({ title, back }: { title: string; back?: string }) {
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
      {/* The hotline sits in the same place on every page (WCAG 3.2.6). */}
      <a href="tel:12393" aria-label={t('hotlineLabel')}>
        <PhoneIcon />
        {t('hotline')}
      </a>
    </div>
  );
}
