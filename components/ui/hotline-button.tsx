import { getTranslations } from 'next-intl/server';
import { PhoneIcon } from './icons';

export async function HotlineButton({ secondary = false }: { secondary?: boolean }) {
  const nav = await getTranslations('nav');
  return (
    <a className={`button${secondary ? ' secondary' : ''}`} href="tel:12393">
      <PhoneIcon />
      {nav('hotlineLabel')}
    </a>
  );
}
