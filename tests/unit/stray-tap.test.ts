import { describe, expect, it } from 'vitest';
import { isStrayTap, STRAY_TAP_MS } from '@/lib/services/stray-tap';

describe('isStrayTap: an empty 下一步 within a second of the page is the second tap of a double tap', () => {
  const shown = 1_800_000_000_000;

  it('is stray from the moment the page is shown until STRAY_TAP_MS has passed', () => {
    expect(isStrayTap(String(shown), shown)).toBe(true);
    expect(isStrayTap(String(shown), shown + STRAY_TAP_MS - 1)).toBe(true);
    expect(isStrayTap(String(shown), shown + STRAY_TAP_MS)).toBe(false);
  });

  it('is a real tap when the time is missing, not a number, or in the future', () => {
    expect(isStrayTap(undefined, shown)).toBe(false);
    expect(isStrayTap('soon', shown)).toBe(false);
    expect(isStrayTap(String(shown + 10), shown)).toBe(false);
  });
});
