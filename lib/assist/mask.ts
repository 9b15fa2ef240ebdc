import type { AssistPage } from '../db/schema';

/** Staff see words, not identities: 身份证号 → 3701**********002X, phones → 138****0001. */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(/(?<![0-9])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9Xx])/g, '$1**********$2')
    .replace(/(?<![0-9])(1[3-9]\d)\d{4}(\d{4})(?![0-9])/g, '$1****$2');
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
