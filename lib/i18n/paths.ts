import type { Locale } from './routing';

/** A path as the browser sees it: zh-CN has no prefix, other locales do. */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'zh-CN') return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
