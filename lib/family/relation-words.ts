import { translatorFor } from '../i18n/translator';
import type { Locale } from '../i18n/routing';
import type { Relation } from './config';

type Gender = 'male' | 'female' | null;

const asRelation = (relation: string): Relation => (['child', 'spouse', 'parent', 'sibling', 'other'] as const).find((r) => r === relation) ?? 'other';

/**
 * A link records what the relative is to the elder (子女: the relative is the elder's child).
 * Read from the relative's side it turns round: the elder is their parent, and so on.
 */
const inverse: Record<Relation, Relation> = { child: 'parent', parent: 'child', spouse: 'spouse', sibling: 'sibling', other: 'other' };

/** 子女 said as 儿子 or 女儿 when the named person's gender is known; else the plain word. */
export function relationWord(relation: string, gender: Gender, locale: Locale): string {
  const t = translatorFor(locale);
  const known = asRelation(relation);
  const key = gender ? (`family.relationOf.${known}.${gender}` as const) : (`family.relation.${known satisfies Relation}` as const);
  return t(key);
}

/**
 * The relation as the reader says it. The elder names the relative (儿子 张伟, by the relative's gender
 * when they are insured); the relative names the elder (母亲 张桂兰, by the elder's gender from the 身份证号).
 */
export function relationFromSide(relation: string, reader: 'elder' | 'relative', namedGender: Gender, locale: Locale): string {
  const word = reader === 'elder' ? asRelation(relation) : inverse[asRelation(relation)];
  return relationWord(word, namedGender, locale);
}
