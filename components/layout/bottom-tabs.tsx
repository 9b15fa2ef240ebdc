import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { FamilyIcon, HomeIcon, ListIcon, UserIcon } from '../ui/icons';

export type TabKey = 'home' | 'applications' | 'family' | 'me';

const tabs = [
  { key: 'home', href: '/', Icon: HomeIcon },
  { key: 'applications', href: '/applications', Icon: ListIcon },
  { key: 'family', href: '/family', Icon: FamilyIcon },
  { key: 'me', href: '/settings', Icon: UserIcon },
] as const;

export async function BottomTabs({ active }: { active?: TabKey }) {
  const t = await getTranslations('nav');
  return (
    <nav className="bottom-tabs" aria-label={t('mainNav')}>
      {tabs.map(({ key, href, Icon }) => (
        <Link key={key} href={href} aria-current={active === key ? 'page' : undefined}>
          <Icon />
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
