// Lighthouse 12.8.2, mobile preset with its default simulated throttling, Debian Chromium: one
// fresh browser per run, medians of each figure over the runs. The pages are measured in rounds, one
// run of each page per round, so the machine's drift over the minutes a bench takes falls on every
// page alike (the same reason the load runs are paired).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './paired';

/**
 * `observedFcp`: when headless Chromium actually showed the first frame, before Lantern's simulation. When it
 * comes late, every script that ran before it counts into the simulated LCP (see README, Performance).
 */
export type LighthouseFigures = { performance: number; accessibility: number; lcp: number; tbt: number; cls: number; observedFcp: number };
/**
 * Medians over the runs, and the lowest and highest performance score: the spread says whether a median can be compared.
 * `scores`: the performance score of each round, in order, for differences within rounds (paired.ts).
 */
export type LighthouseSummary = LighthouseFigures & { performanceMin: number; performanceMax: number; scores: number[] };

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** One of the unthrottled timings in the metrics audit's details (milliseconds from navigation). */
function observed(lhr: Lhr, key: string): number {
  const items = (lhr.audits.metrics?.details as { items?: Record<string, unknown>[] } | undefined)?.items;
  const value = items?.[0]?.[key];
  return typeof value === 'number' ? value : Number.NaN;
}

async function once(url: string, cookie?: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: lhr.categories.performance?.score ?? Number.NaN,
      accessibility: lhr.categories.accessibility?.score ?? Number.NaN,
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      observedFcp: observed(lhr, 'observedFirstContentfulPaint'),
    };
  } finally {
    chrome.kill();
  }
}

function summarize(all: LighthouseFigures[]): LighthouseSummary {
  const pick = (key: keyof LighthouseFigures) => median(all.map((r) => r[key]));
  const scores = all.map((r) => r.performance);
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    observedFcp: pick('observedFcp'),
    performanceMin: Math.min(...scores),
    performanceMax: Math.max(...scores),
    scores,
  };
}

export type LighthouseTarget = { url: string; cookie?: string };

/** `runs` rounds over the targets, one run of each per round, in order; the medians per target. */
export async function lighthouseRounds(targets: LighthouseTarget[], runs: number): Promise<LighthouseSummary[]> {
  const all: LighthouseFigures[][] = targets.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (const [i, target] of targets.entries()) all[i]!.push(await once(target.url, target.cookie));
  }
  return all.map(summarize);
}
