import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ActingBanner } from '@/components/family/acting-banner';
import { AssistSlot } from '@/components/assist/assist-slot';
import { ReadPage } from '@/components/voice/read-page';
import { devicePreferences } from '@/lib/preferences-server';
import { BottomTabs, type TabKey } from './bottom-tabs';
import { TopBar } from './top-bar';

type Props = {
  title: string;
  /** Where 返回 goes; omitted only on the home page. */
  back?: string;
  /** The bottom tab bar, on the four top-level pages only: inside a service the screen belongs to the task. */
  tab?: TabKey;
  /** 听一听 for the whole page; step pages bring their own voice with answers. */
  readAloud?: boolean;
  children: ReactNode;
};

/** Every page: skip link, top bar (返回 · title · 请客服帮我 · 12393), content, and on top-level pages the tabs. */
export async function AppShell({ title, back, tab, readAloud = true, children }: Props) {
  const t = await getTranslations('nav');
  const tv = await getTranslations('voice');
  const prefs = await devicePreferences();
  return (
    <div className={tab ? 'shell with-tabs' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header>
        <TopBar title={title} back={back} assist={<AssistSlot />} />
        <ActingBanner />
      </header>
      <main id="main" tabIndex={-1}>
        {readAloud ? <ReadPage enabled={prefs.voice} rate={prefs.rate} provider={prefs.provider} label={tv('listen')} cannotSpeak={tv('cannotSpeak')} /> : null}
        {children}
      </main>
      {tab ? <BottomTabs active={tab} /> : null}
    </div>
  );
}
