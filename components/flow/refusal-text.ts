import { formatFullDate } from '@/lib/i18n/translator';
import type { LooseT } from '@/lib/i18n/dynamic';
import type { Locale } from '@/lib/i18n/routing';
import { isIsoDate } from '@/lib/time/dates';
import type { Refusal } from '@/lib/services/flow';

/** A refusal in plain words; dates in its parameters are written the way people say them. */
export function refusalText(t: LooseT, refusal: Refusal, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(refusal.params ?? {})) params[k] = isIsoDate(v) ? formatFullDate(v, locale) : v;
  const key = `errors.${refusal.code}`;
  return t.has(key) ? t(key, params) : t('errors.invalid-input');
}
