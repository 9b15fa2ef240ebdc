import { translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import type { Relation } from './config';

/** 子女 said as 儿子 or 女儿 when the relative's gender is known (an insured relative); else the plain word. */
export function relationWord(relation: string, gender: 'male' | 'female' | null, locale: Locale): string {
  const t = translatorFor(locale);
  const known = (['child', 'spouse', 'parent', 'sibling', 'other'] as const).find((r) => r === relation) ?? 'other';
  const key = gender ? (`family.relationOf.${known}.${gender}` as const) : (`family.relation.${known satisfies Relation}` as const);
  return t(key);
}
