// `npm run bench`: first-load JS, Lighthouse and HTTP load of the product's production build, side by
// side with the bare reference app in tests/perf/ref-app, and whether each target of issue 7 is met.
// PostgreSQL: a fresh database on the loopback server tests/postgres.mjs provides (or on
// BENCH_DATABASE_URL's server), dropped afterwards. BENCH_RUNS (Lighthouse rounds, one run of each reference page and each product page per round, default 9: fewer left the bare page's median bimodal between runs); BENCH_SECONDS (per load run, default 15);
// BENCH_WARM_SECONDS (unrecorded load on each route before its runs, default 5); BENCH_REBUILD=1 rebuilds both apps first. BENCH_PAGES=0 skips first-load JS and Lighthouse (the HTTP
// load alone, a few minutes); BENCH_PORT moves the two servers' ports (default 3400 and the next one).
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { rmSync } from 'node:fs';
import { postgresBenchDb, pgliteBenchDb, type BenchDb } from './bench-data';
import { firstLoadKb } from './first-load';
import { lighthouseRounds, type LighthouseSummary } from './lighthouse';
import { pairedDifference } from './paired';
import { runLoad, type LoadFigures, type LoadPlan } from './load';
import { ensureBuilt, refAppDir, root, startServer, type Server } from './servers';
import { voiceMatchFigures } from './voice-match';

const runs = Number(process.env.BENCH_RUNS ?? 9);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
// Load before the measured runs, for every route of both apps alike: the product's routes run far more
// code than the reference's, and their first seconds under load (JIT) measured up to a third slower
// than the seconds after; a bench compares steady states.
const warmSeconds = Number(process.env.BENCH_WARM_SECONDS ?? 5);
const concurrencies = [10, 50] as const;
const productPort = Number(process.env.BENCH_PORT ?? 3400);
const refPort = productPort + 1;
const measurePages = process.env.BENCH_PAGES !== '0';
// Enough load residents that no submit run ever runs out (one submission each).
const residentsPerDb = Number(process.env.BENCH_RESIDENTS ?? 16_000);

type PageRow = { page: string; js: number; lh: LighthouseSummary };
/** `reference`: the reference route's run just before this one (the machine's speed drifts over minutes; a ratio of runs taken side by side does not). */
type LoadRow = { route: string; db: string; c: number; figures: LoadFigures; reference: { route: string; figures: LoadFigures } };

const productEnv = { DEMO_MODE: 'true', RATE_BUDGET_MULTIPLIER: '100', SMS_PROVIDER: 'outbox', SCHEDULER_INTERVAL_MS: '600000' };

async function withServer<T>(start: () => Promise<Server>, measure: (server: Server) => Promise<T>): Promise<T> {
  const server = await start();
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

/** Twenty requests, each of which must succeed: a bench of a page or route that is not there measures nothing. */
async function warm(url: string, init?: RequestInit): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(url, init);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status} (a build from before it? BENCH_REBUILD=1 rebuilds)`);
  }
}

/** The load a route is measured under, for warmSeconds, unrecorded. */
async function warmUnderLoad(plan: Omit<LoadPlan, 'connections' | 'seconds'>): Promise<void> {
  if (warmSeconds > 0) await runLoad({ ...plan, connections: 10, seconds: warmSeconds });
}

const insertInit = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: '{"draftId":"ref"}' };

/** The reference app's two routes, each run right before the product route it is the yardstick for. */
type Reference = { constant: (c: number) => Promise<LoadFigures>; insert: (c: number) => Promise<LoadFigures> };

async function startReference(): Promise<{ server: Server; reference: Reference }> {
  const dir = path.join(root, 'tests/.artifacts/ref-pglite');
  rmSync(dir, { recursive: true, force: true });
  const server = await startServer(refAppDir, refPort, { REF_PGLITE_DIR: dir }, '/api/constant');
  const { base } = server;
  try {
    await warm(`${base}/api/constant`);
    await warm(`${base}/api/insert`, insertInit);
    await warmUnderLoad({ url: `${base}/api/constant` });
    await warmUnderLoad({ url: `${base}/api/insert`, ...insertInit });
    const reference: Reference = {
      constant: (c) => runLoad({ url: `${base}/api/constant`, connections: c, seconds }),
      insert: (c) => runLoad({ url: `${base}/api/insert`, connections: c, seconds, ...insertInit }),
    };
    return { server, reference };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

type PagesMeasured = { bare: PageRow; styledBare: PageRow; pages: PageRow[] };

/**
 * The bare page, the bare page with the product's stylesheet (a diagnostic: what a render-blocking
 * stylesheet alone costs in Lighthouse) and the product's pages; Lighthouse in rounds over all six (see lighthouse.ts).
 */
async function productPages(data: BenchDb, refBase: string): Promise<PagesMeasured> {
  return withServer(
    () => startServer(root, productPort, { ...productEnv, ...data.env }, '/api/health'),
    async ({ base }) => {
      const started = await fetch(`${base}/api/flows/transfer/start`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: data.elderCookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'locale=zh-CN',
      });
      const step = started.headers.get('location');
      if (!step) throw new Error(`could not start a transfer draft (${started.status})`);
      const pages = [
        { page: 'home', url: `${base}/` },
        { page: 'flow step', url: new URL(step, base).toString() },
        { page: '我的办件', url: `${base}/applications` },
        { page: '亲情账户', url: `${base}/family` },
      ];
      const bareUrls = [`${refBase}/`, `${refBase}/styled`];
      // Warm, as the load runs are: Lighthouse's first rounds otherwise meet each page's first renders.
      for (const url of bareUrls) await warm(url);
      for (const p of pages) await warm(p.url, { headers: { cookie: data.elderCookie } });
      const [bareJs, styledJs] = await firstLoadKb(bareUrls.map((url) => ({ url })));
      const js = await firstLoadKb(pages.map((p) => ({ url: p.url, cookie: data.elderCookie })));
      const [bareLh, styledLh, ...lh] = await lighthouseRounds(
        [...bareUrls.map((url) => ({ url })), ...pages.map((p) => ({ url: p.url, cookie: data.elderCookie }))],
        runs,
      );
      return {
        bare: { page: 'bare page (reference)', js: bareJs!, lh: bareLh! },
        styledBare: { page: 'bare page + the product’s stylesheet (diagnostic)', js: styledJs!, lh: styledLh! },
        pages: pages.map((p, i) => ({ page: p.page, js: js[i]!, lh: lh[i]! })),
      };
    },
  );
}

async function productLoad(data: BenchDb, dbName: string, reference: Reference): Promise<LoadRow[]> {
  return withServer(
    () => startServer(root, productPort, { ...productEnv, ...data.env }, '/api/health'),
    async ({ base }) => {
      const rows: LoadRow[] = [];
      const listHeaders = { cookie: data.elderCookie };
      await warm(`${base}/api/applications`, { headers: listHeaders });
      let next = 0;
      const submission = () => {
        const resident = data.residents[next++];
        if (!resident) throw new Error('load residents ran out: raise BENCH_RESIDENTS');
        return { headers: { cookie: resident.cookie }, body: JSON.stringify({ draftId: resident.draftId }) };
      };
      const submitUrl = `${base}/api/flows/transfer/submit`;
      const submitHeaders = { 'content-type': 'application/json', origin: base };
      for (let i = 0; i < 20; i++) {
        const { headers, body } = submission();
        const res = await fetch(submitUrl, { method: 'POST', headers: { ...submitHeaders, ...headers }, body });
        if (res.status !== 201) throw new Error(`warm-up submission answered ${res.status}: ${await res.text()}`);
      }
      await warmUnderLoad({ url: `${base}/api/applications`, headers: listHeaders });
      await warmUnderLoad({ url: submitUrl, method: 'POST', headers: submitHeaders, perRequest: submission });
      for (const c of concurrencies) {
        const constant = await reference.constant(c);
        rows.push({
          route: '我的办件 GET /api/applications',
          db: dbName,
          c,
          figures: await runLoad({ url: `${base}/api/applications`, connections: c, seconds, headers: listHeaders }),
          reference: { route: 'constant JSON', figures: constant },
        });
        const insert = await reference.insert(c);
        rows.push({
          route: '提交 POST /api/flows/transfer/submit',
          db: dbName,
          c,
          figures: await runLoad({ url: submitUrl, connections: c, seconds, method: 'POST', headers: submitHeaders, perRequest: submission }),
          reference: { route: 'one-row insert (PGlite)', figures: insert },
        });
      }
      return rows;
    },
  );
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

type Check = { what: string; ok: boolean };

function pairedColumn(row: PageRow, bare: PageRow): string {
  if (row === bare) return '';
  const d = pairedDifference(row.lh.scores, bare.lh.scores);
  const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt(n, 2)}`;
  return `${signed(d.median)} (${signed(d.low)} to ${signed(d.high)})`;
}

function pageReport({ bare, styledBare, pages }: PagesMeasured, lines: string[], checks: Check[]): void {
  lines.push('');
  lines.push(
    '| page | first-load JS (KB gzip) | × bare | performance (median) | performance (min–max) | − bare within rounds (median, 90% interval) | accessibility | LCP (ms) | TBT (ms) | CLS | first frame shown (ms, unthrottled) |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of [bare, styledBare, ...pages]) {
    lines.push(
      `| ${row.page} | ${fmt(row.js, 1)} | ${fmt(row.js / bare.js, 2)} | ${fmt(row.lh.performance, 2)} | ${fmt(row.lh.performanceMin, 2)}–${fmt(row.lh.performanceMax, 2)} | ${pairedColumn(row, bare)} | ${fmt(row.lh.accessibility, 2)} | ${fmt(row.lh.lcp)} | ${fmt(row.lh.tbt)} | ${fmt(row.lh.cls, 3)} | ${fmt(row.lh.observedFcp)} |`,
    );
  }
  for (const row of pages) {
    checks.push({ what: `${row.page}: JS ≤ 1.15 × bare`, ok: row.js <= 1.15 * bare.js });
    checks.push({ what: `${row.page}: performance within 0.03 of bare`, ok: row.lh.performance >= bare.lh.performance - 0.03 });
    checks.push({ what: `${row.page}: accessibility 1.00`, ok: row.lh.accessibility === 1 });
    checks.push({ what: `${row.page}: LCP ≤ 1.2 × bare`, ok: row.lh.lcp <= 1.2 * bare.lh.lcp });
    checks.push({ what: `${row.page}: CLS ≤ 0.02`, ok: row.lh.cls <= 0.02 });
  }
}

function report(measured: PagesMeasured | null, load: LoadRow[]): boolean {
  const lines: string[] = [];
  const checks: Check[] = [];
  lines.push(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; Lighthouse 12.8.2 mobile (simulated throttling), medians of ${runs} rounds (one run of every page per round); autocannon ${seconds} s per run on loopback.`,
  );
  if (measured) pageReport(measured, lines, checks);
  lines.push('');
  lines.push(
    '| route | database | c | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | reference, run just before | its req/s | its p95 (ms) | × reference req/s |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const row of load) {
    const f = row.figures;
    const reference = row.reference.figures;
    lines.push(
      `| ${row.route} | ${row.db} | ${row.c} | ${fmt(f.rps)} | ${fmt(f.p50)} | ${fmt(f.p95)} | ${fmt(f.p99)} | ${f.errors} | ${row.reference.route} | ${fmt(reference.rps)} | ${fmt(reference.p95)} | ${fmt(f.rps / reference.rps, 2)} |`,
    );
    checks.push({ what: `${row.route} (${row.db}, c=${row.c}): zero errors${f.errors ? ` (${f.detail})` : ''}`, ok: f.errors === 0 });
    checks.push({
      what: `reference ${row.reference.route} before ${row.route} (${row.db}, c=${row.c}): zero errors${reference.errors ? ` (${reference.detail})` : ''}`,
      ok: reference.errors === 0,
    });
    // Issue 17's targets are on PostgreSQL, the database a deployment runs on; PGlite's rows are reported beside them.
    if (row.db !== 'PostgreSQL') continue;
    // Issue 17's targets: 我的办件 ≥ 0.8 × the constant route; submit ≥ 0.5 × the one-row insert, p95 at c=10 ≤ 2 × its p95.
    if (row.route.startsWith('我的办件'))
      checks.push({ what: `${row.route} (${row.db}, c=${row.c}): ≥ 0.8 × constant req/s`, ok: f.rps >= 0.8 * reference.rps });
    else {
      checks.push({ what: `${row.route} (${row.db}, c=${row.c}): ≥ 0.5 × insert req/s`, ok: f.rps >= 0.5 * reference.rps });
      if (row.c === 10) checks.push({ what: `${row.route} (${row.db}, c=10): p95 ≤ 2 × insert p95`, ok: f.p95 <= 2 * reference.p95 });
    }
  }
  lines.push('');
  for (const check of checks) lines.push(`${check.ok ? 'met    ' : 'NOT MET'}  ${check.what}`);
  console.log(lines.join('\n'));
  return checks.every((c) => c.ok);
}

async function main(): Promise<void> {
  // In-process and quick: the voice matcher on the longest lists (issue 16), before the servers start.
  const voice = voiceMatchFigures();
  console.log(voice.lines.join('\n') + '\n');
  const rebuild = process.env.BENCH_REBUILD === '1';
  ensureBuilt(root, rebuild);
  ensureBuilt(refAppDir, rebuild);
  const { server: refServer, reference } = await startReference();
  console.error('reference app ready');
  let measured: PagesMeasured | null = null;
  const load: LoadRow[] = [];
  try {
    const pglite = await pgliteBenchDb('pglite-bench', residentsPerDb);
    try {
      if (measurePages) {
        measured = await productPages(pglite, refServer.base);
        console.error('pages measured');
      }
      load.push(...(await productLoad(pglite, 'PGlite', reference)));
      console.error('PGlite load measured');
    } finally {
      await pglite.drop();
    }
    const postgres = await postgresBenchDb(residentsPerDb);
    try {
      load.push(...(await productLoad(postgres, 'PostgreSQL', reference)));
    } finally {
      await postgres.drop();
    }
  } finally {
    await refServer.stop();
  }
  const allMet = report(measured, load);
  process.exitCode = allMet && voice.ok ? 0 : 2;
}

await main();
