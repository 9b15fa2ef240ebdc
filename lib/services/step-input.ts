import type { FlowStep } from './flow';

/**
 * Turns what a step's form posted into the answer. Dates and phones offer a one-tap choice and
 * "another one" (a date picker / a number field): `value` is the choice, `other` the picked one;
 * an `other` filled in with no choice made is the choice.
 */
export function readStepValue<F>(step: FlowStep<F>, posted: Record<string, unknown>, saved: unknown): unknown {
  if (step.kind === 'photos') return Array.isArray(posted.value) ? posted.value : saved;
  const value = typeof posted.value === 'string' ? posted.value.trim() : posted.value;
  const picked = typeof posted.other === 'string' && posted.other.trim() !== '';
  // A day picked in the calendar (a number typed) without ticking "other" first still means that one.
  const chooseOther = value === 'other' || ((value === undefined || value === '') && picked);
  if ((step.kind === 'date' || step.kind === 'phone') && chooseOther) {
    const raw = typeof posted.other === 'string' ? posted.other.trim() : '';
    const other = step.kind === 'phone' ? raw.replace(/[\s-]/g, '') : raw;
    return other === '' ? undefined : other;
  }
  return value === '' ? undefined : value;
}
