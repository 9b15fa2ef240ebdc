import type { AssistPage } from '@/lib/db/types';
import { maskPersonalNumbers } from '@/lib/assist/mask';

const text = (el: Element | null | undefined): string | null => {
  const value = el?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? maskPersonalNumbers(value) : null;
};

/** The words on the resident's screen now: title, progress, question, hint, options (and which is chosen), answers so far. */
export function pageSnapshot(doc: Document = document): AssistPage {
  const main = doc.querySelector('main');
  const question = main?.querySelector('legend h2, .question-legend, h1, h2');
  const options = [...(main?.querySelectorAll('label.option') ?? [])].map((label) => ({
    label: text(label.querySelector('.option-label')) ?? text(label) ?? '',
    checked: Boolean(label.querySelector('input:checked')),
  }));
  const terms = [...(main?.querySelectorAll('dl.answers dt') ?? [])];
  const answers = terms.map((dt) => ({ label: text(dt) ?? '', value: text(dt.nextElementSibling) ?? '' }));
  return {
    title: text(doc.querySelector('.top-bar h1')) ?? doc.title,
    progress: text(main?.querySelector('.progress')),
    question: text(question),
    hint: text(main?.querySelector('.hint')),
    options,
    answers,
    path: location.pathname,
  };
}
