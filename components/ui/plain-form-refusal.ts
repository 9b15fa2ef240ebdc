import { getLocale, getTranslations } from 'next-intl/server';
import { refusalText } from '@/components/flow/refusal-text';
import { loose } from '@/lib/i18n/dynamic';
import { isLocale } from '@/lib/i18n/routing';
import { refusalFromQuery } from '@/lib/services/refusal-query';

/** A plain form's refusal carried back in the address: the page's locale, the message, and the field it is about (one of `fields`, else the first). */
export async function plainFormRefusal(searchParams: Promise<Record<string, string | string[] | undefined>>, fields: readonly [string, ...string[]]) {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'zh-CN';
  const search = await searchParams;
  const refusal = refusalFromQuery(search);
  const message = refusal ? refusalText(loose(await getTranslations()), refusal, locale) : null;
  const field = typeof search.field === 'string' && fields.includes(search.field) ? search.field : fields[0];
  return { locale, message, field, errorFor: (name: string) => (message && field === name ? message : undefined) };
}
