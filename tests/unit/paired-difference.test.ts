import { describe, expect, it } from 'vitest';
import { pairedDifference } from '@/tests/perf/paired';

describe('the bench’s paired Lighthouse difference', () => {
  it('takes the difference within each round, not the difference of the medians', () => {
    // Both medians are 0.9; within the rounds the page is 0.1 ahead, 0.08 behind and 0.02 behind.
    expect(pairedDifference([0.9, 0.82, 0.93], [0.8, 0.9, 0.95]).median).toBeCloseTo(-0.02, 10);
  });

  it('gives no spread when every round moves both pages alike', () => {
    // Each round moves both pages alike; the page is always 0.02 behind.
    const reference = [0.8, 0.95, 0.85, 0.9, 0.82];
    const page = reference.map((score) => score - 0.02);
    const difference = pairedDifference(page, reference);
    expect(difference.median).toBeCloseTo(-0.02, 10);
    expect(difference.low).toBeCloseTo(-0.02, 10);
    expect(difference.high).toBeCloseTo(-0.02, 10);
  });

  it('gives an interval around the median that widens with the rounds’ spread', () => {
    const reference = [0.88, 0.88, 0.88, 0.88, 0.88, 0.88, 0.88, 0.88, 0.88];
    const page = [0.8, 0.95, 0.84, 0.9, 0.86, 0.92, 0.83, 0.89, 0.87];
    const difference = pairedDifference(page, reference);
    expect(difference.median).toBeCloseTo(0.87 - 0.88, 10);
    expect(difference.low).toBeLessThan(difference.median);
    expect(difference.high).toBeGreaterThan(difference.median);
    expect(difference.low).toBeGreaterThanOrEqual(0.8 - 0.88);
    expect(difference.high).toBeLessThanOrEqual(0.95 - 0.88);
  });

  it('refuses rounds that do not pair', () => {
    expect(() => pairedDifference([0.9, 0.8], [0.9])).toThrow(/same/);
  });
});
