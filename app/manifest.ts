import type { MetadataRoute } from 'next';
import messages from '@/lib/i18n/messages/zh-CN.json';
import { ICON_BACKGROUND, ICONS } from '@/lib/pwa/icon-spec';

/** /manifest.webmanifest: what a phone needs to put the app on its home screen (issue 18). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: messages.meta.appName,
    short_name: messages.meta.appName,
    description: messages.meta.description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    // White text on this blue is ≥ 7:1 (tests/unit/manifest.test.ts computes it).
    theme_color: ICON_BACKGROUND,
    background_color: ICON_BACKGROUND,
    icons: ICONS.map((icon) => ({ ...icon })),
  };
}
