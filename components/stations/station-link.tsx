import { getTranslations } from 'next-intl/server';
import { PinIcon } from '@/components/ui/icons';
import { Link } from '@/lib/i18n/navigation';

/** 找附近的医保服务站: under any text that tells the person to go to one. */
export async function StationLink({ secondary = true }: { secondary?: boolean }) {
  const t = await getTranslations('stations');
  return (
    <Link className={`button${secondary ? ' secondary' : ''}`} href="/stations" data-testid="station-link">
      <PinIcon />
      {t('entry')}
    </Link>
  );
}
