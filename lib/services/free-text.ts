import { z } from 'zod';

/** Zero-width, bidirectional and other format controls, and control characters: never part of what a person said. */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;

/** What a free-text answer keeps: the words as typed or dictated, full-width forms folded, runs of spaces and line breaks made one space. */
export function normaliseFreeText(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The answer of a 'text' step (a place the list does not have, said or typed): trimmed, 1 to `max`
 * characters, nothing invisible. The same schema checks the page's form, the JSON API and submit.
 */
export function freeTextValue(max: number) {
  return z
    .string({ message: 'text-required' })
    .refine((s) => !INVISIBLE.test(s.replace(/[\r\n\t]/g, ' ')), { message: 'text-format' })
    .transform(normaliseFreeText)
    .pipe(z.string().min(1, { message: 'text-required' }).max(max, { message: 'text-too-long' }));
}
