// Lighthouse scores vary run to run by more than the 0.03 the targets allow, so two medians of nine
// can differ by that much on the same pages. The pages are measured in rounds (lighthouse.ts); the
// difference within each round, and a bootstrap interval of its median, say how far apart they are.

export type PairedDifference = { median: number; low: number; high: number };

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A fixed-seed generator, so one bench's figures print the same interval when recomputed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `page[i] - reference[i]` per round: its median, and the 90% percentile-bootstrap interval of that median. */
export function pairedDifference(page: number[], reference: number[], resamples = 2000): PairedDifference {
  if (page.length !== reference.length || page.length === 0) throw new Error('paired figures need the same, non-zero number of rounds');
  const differences = page.map((value, i) => value - reference[i]!);
  const random = mulberry32(17);
  const medians: number[] = [];
  for (let r = 0; r < resamples; r++) {
    medians.push(median(differences.map(() => differences[Math.floor(random() * differences.length)]!)));
  }
  medians.sort((a, b) => a - b);
  return { median: median(differences), low: medians[Math.floor(0.05 * resamples)]!, high: medians[Math.ceil(0.95 * resamples) - 1]! };
}
