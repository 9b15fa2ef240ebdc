import { z } from 'zod';

/**
 * A person's name as it may appear in an official 【中国医疗保障】 SMS (issue 14.9): a Chinese name,
 * with the middle dot of minority and transliterated names (阿依古丽·买买提), or a name in Latin
 * letters with single spaces, hyphens or apostrophes. No digits, URLs, punctuation that could make
 * it read as an instruction (请访问evil.com领补贴), and no invisible or direction-changing characters.
 */
const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/;
/** Middle dots people type (and 全角/日文 forms) all become U+00B7. */
const MIDDLE_DOTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387]/gu;
/** Zero-width, bidirectional and other format controls (Unicode category Cf) never belong in a name. */
const FORMAT_CONTROLS = /\p{Cf}/u;

export const NAME_LIMITS = { han: { min: 2, max: 20 }, latin: { min: 2, max: 40 } } as const;

export function normalizeName(raw: string): string {
  // A space typed between surname and given name (欧阳 娜娜) is not part of a Chinese name.
  return raw
    .normalize('NFKC')
    .replace(MIDDLE_DOTS, '·')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

export function isValidPersonName(raw: string): boolean {
  if (FORMAT_CONTROLS.test(raw)) return false;
  const name = normalizeName(raw);
  const [min, max, pattern] = HAN_NAME.test(name)
    ? [NAME_LIMITS.han.min, NAME_LIMITS.han.max, HAN_NAME]
    : [NAME_LIMITS.latin.min, NAME_LIMITS.latin.max, LATIN_NAME];
  return name.length >= min && name.length <= max && pattern.test(name);
}

export const personNameSchema = z
  .string({ message: 'name-required' })
  .refine((s) => !FORMAT_CONTROLS.test(s), { message: 'name-format' })
  .transform(normalizeName)
  .pipe(z.string().min(1, { message: 'name-required' }).refine(isValidPersonName, { message: 'name-format' }));
