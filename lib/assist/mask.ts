import type { AssistPage } from '../db/schema';

/** Digits as people type them: ASCII or full-width (０-９, Ｘ). */
const DIGIT = '[0-9０-９]';
const CHECK = '[0-9Xx０-９Ｘｘ]';
/** Separators typed inside numbers: spaces (also full-width), hyphens and dashes, dots. */
const SEP = '[\\s\\u3000\\-‐-―－.．]*';
/** A run that may be a number: an optional +86 / 0086, then digits with separators between them. */
const NUMBER_RUN = new RegExp(`(?:(?:\\+|＋|00)?(?:86|８６)${SEP})?${DIGIT}(?:${SEP}${CHECK}){6,}`, 'g');

function plainDigits(run: string): string {
  return run.replace(/[０-９Ｘｘ]/g, (c) => (c === 'Ｘ' || c === 'ｘ' ? 'X' : String.fromCharCode(c.charCodeAt(0) - 0xfee0))).replace(/[^0-9Xx]/g, '');
}

/** An 18-character 身份证号 or a mobile number (with or without 86 / 0086), masked; null if neither. */
function maskNumber(digits: string): string | null {
  if (/^\d{17}[\dXx]$/.test(digits)) return `${digits.slice(0, 4)}**********${digits.slice(14)}`;
  const phone = digits.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
  if (/^1[3-9]\d{9}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  return null;
}

/**
 * Staff see words, not identities: 身份证号 → 3701**********002X, phones → 138****0001, in any
 * notation (issue 14.10): with spaces, hyphens or dots between digits, +86 / 0086, full-width digits.
 * A run of digits split by spaces is read as the longest numbers it can hold, left to right, so
 * "138 0000 0001" is one phone and "37010219480315002X 13800000001" an ID and a phone.
 */
export function maskPersonalNumbers(text: string): string {
  return text.replace(NUMBER_RUN, (run) => {
    const parts = run.split(/([\s\u3000]+)/);
    const chunks = parts.filter((_, i) => i % 2 === 0);
    const gaps = parts.filter((_, i) => i % 2 === 1);
    let out = '';
    let i = 0;
    while (i < chunks.length) {
      let end = i;
      let masked: string | null = null;
      for (let j = chunks.length - 1; j >= i && masked === null; j -= 1) {
        masked = maskNumber(plainDigits(chunks.slice(i, j + 1).join('')));
        if (masked !== null) end = j;
      }
      out += masked ?? maskInside(chunks[i]!);
      i = end + 1;
      if (i < chunks.length) out += gaps[i - 1] ?? '';
    }
    return out;
  });
}

/** A chunk that is not one number may still hold a mobile number among other digits. */
function maskInside(chunk: string): string {
  const digits = plainDigits(chunk);
  return /1[3-9]\d{9}/.test(digits) ? digits.replace(/1[3-9]\d{9}/g, (m) => `${m.slice(0, 3)}****${m.slice(7)}`) : chunk;
}

const clip = (s: string | null, max = 300) => (s === null ? null : maskPersonalNumbers(s).slice(0, max));

/** A page snapshot as stored: masked, bounded in size. */
export function cleanPage(page: AssistPage): AssistPage {
  return {
    title: clip(page.title, 80) ?? '',
    progress: clip(page.progress, 40),
    question: clip(page.question),
    hint: clip(page.hint, 500),
    options: page.options.slice(0, 40).map((o) => ({ label: clip(o.label, 120) ?? '', checked: o.checked })),
    answers: page.answers.slice(0, 20).map((a) => ({ label: clip(a.label, 60) ?? '', value: clip(a.value, 200) ?? '' })),
    path: page.path.slice(0, 200),
  };
}
