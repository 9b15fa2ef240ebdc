import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { isOutboxMode } from '@/lib/sms/provider';
import { BottomTabs, type TabKey } from './bottom-tabs';
import { TopBar } from './top-bar';

type Props = {
  title: string;
  /** Where 返回 goes; omitted only on the home page. */
  back?: string;
  tab?: TabKey;
  children: ReactNode;
};

/** Every page: skip link, top bar (返回 · title · 12393), content, bottom tabs. */
export async function AppShell({ title, back, tab, children }: Props) {
  const t = await getTranslations('nav');
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header>
        <TopBar title={title} back={back} />
        {isOutboxMode() ? <p className="demo-notice">{t('demoNotice')}</p> : null}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <BottomTabs active={tab} />
    </div>
  );
}
