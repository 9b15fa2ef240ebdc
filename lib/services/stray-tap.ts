/**
 * 下一步 sits in the same place on every page: the second tap of a double tap can land on the next
 * page as soon as it shows. A post with nothing chosen within a second of the page being rendered is that
 * tap, not a person who has read the question; the step route ignores it instead of answering 请选一项.
 */
export const STRAY_TAP_MS = 1000;

/** Whether an empty post came within STRAY_TAP_MS of `shown`, the page's own render time (ms since epoch). */
export function isStrayTap(shown: string | undefined, now = Date.now()): boolean {
  const age = now - Number(shown);
  return Number.isFinite(age) && age >= 0 && age < STRAY_TAP_MS;
}
