// Issue 17: every SMS sent exactly once when two production instances share one PostgreSQL. 500
// invented residents each file a 转移接续 through a round-robin proxy while both instances dispatch
// (after each filing, and from their schedulers every 300 ms) to one carrier: a local fake of Tencent
// Cloud SMS that checks each request's signature and counts deliveries per message id. PostgreSQL pass
// only (playwright.config.ts, tests/run-all.mjs).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import type { LoadResident } from '../helpers/load-residents';
import { TEST_TENCENT_APP_ID, TEST_TENCENT_SECRET_ID, TEST_TENCENT_SECRET_KEY } from '../helpers/tencent-test-account';
import { createDatabase } from '../postgres.mjs';
import { startOwnServer } from './own-server';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';

const FILINGS = 500;
const CONCURRENCY = 10;
const base = Number(process.env.E2E_PORT ?? 3107);
const ports = { A: base + 9, B: base + 10, proxy: base + 11, carrier: base + 12 };
type Counts = { total: number; delivered: Record<string, number>; duplicates: string[]; requests: number };

let database: { url: string; drop: () => Promise<void> };
let carrier: ChildProcess;
const carrierUrl = `http://127.0.0.1:${ports.carrier}`;
const carrierCounts = async (): Promise<Counts> => (await (await fetch(`${carrierUrl}/__count`)).json()) as Counts;
let instances: Awaited<ReturnType<typeof startOwnServer>>[] = [];
let proxy: RoundRobinProxy;
let residents: LoadResident[] = [];
const began = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('two-instances-sms.spec.ts needs E2E_DATABASE_URL (the PostgreSQL pass of npm test)');
  let since = Date.now();
  database = await createDatabase(url);
  // Residents with finished drafts and sessions, written before the instances open the database, at
  // 10:00 Beijing time on the day the instances' demo clock starts (own-server.ts).
  const sessionsAt = `${process.env.E2E_CLOCK_START ?? '2026-11-30'}T10:00:00+08:00`;
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'tests/helpers/seed-load-residents-cli.ts', database.url, String(FILINGS), sessionsAt], {
    maxBuffer: 16 * 1024 * 1024,
  });
  residents = JSON.parse(stdout) as LoadResident[];
  console.log(`${FILINGS} residents seeded in ${seconds(since)}`);
  since = Date.now();
  // Its own process, as a carrier is: the e2e loader cannot import the app's template module (JSON messages).
  // A carrier left from an interrupted run would count this run's ids on top of its own.
  if (
    await carrierCounts().then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${ports.carrier} is in use: stop what listens there`);
  carrier = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/tencent-sms-fake.ts', '--port', String(ports.carrier)], { stdio: 'ignore' });
  process.once('exit', () => carrier.kill('SIGKILL'));
  await expect
    .poll(
      () =>
        carrierCounts().then(
          () => true,
          () => false,
        ),
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(true);
  const env = {
    SCHEDULER_INTERVAL_MS: '300',
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_ENDPOINT: carrierUrl,
    TENCENT_SMS_SECRET_ID: TEST_TENCENT_SECRET_ID,
    TENCENT_SMS_SECRET_KEY: TEST_TENCENT_SECRET_KEY,
    TENCENT_SMS_SDK_APP_ID: TEST_TENCENT_APP_ID,
  };
  instances = await Promise.all([
    startOwnServer('two-instances-sms-a', ports.A, { databaseUrl: database.url, env }),
    startOwnServer('two-instances-sms-b', ports.B, { databaseUrl: database.url, env }),
  ]);
  proxy = await startRoundRobinProxy(ports.proxy, { A: ports.A, B: ports.B });
  console.log(`fake carrier, two instances and the proxy up in ${seconds(since)}`);
});

test.afterAll(async () => {
  await proxy?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  carrier?.kill();
  await database?.drop();
  console.log(`the whole spec took ${seconds(began)}`);
});

test(`${FILINGS} filings through two instances: every SMS reaches the carrier exactly once`, async () => {
  test.setTimeout(300_000);
  let since = Date.now();
  const submit = async (resident: LoadResident) => {
    const res = await fetch(`${proxy.origin}/api/flows/transfer/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: proxy.origin, cookie: resident.cookie },
      body: JSON.stringify({ draftId: resident.draftId }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  };
  const queue = [...residents];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await submit(next);
    }),
  );
  const servedBy = new Set(proxy.served.filter((s) => s.path.startsWith('/api/flows/transfer/submit')).map((s) => s.instance));
  expect([...servedBy].sort()).toEqual(['A', 'B']);
  console.log(`${FILINGS} filings answered 201 in ${seconds(since)} (c=${CONCURRENCY})`);

  since = Date.now();
  const sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  try {
    type Sms = { id: number; phone: string; status: string; attempts: number };
    const phones = residents.map((r) => r.phone);
    const messages = async () => (await sql.query<Sms>('select id, phone, status, attempts from sms_messages where phone = any($1::text[])', [phones])).rows;
    // Each filing tells its resident it was received (and whatever else its review has said by then).
    const allSent = async () => {
      const rows = await messages();
      return rows.length >= FILINGS && rows.every((m) => m.status === 'sent');
    };
    await expect.poll(allSent, { timeout: 120_000, intervals: [500] }).toBe(true);
    const rows = await messages();
    expect(new Set(rows.map((m) => m.phone)).size).toBe(FILINGS);
    expect(rows.every((m) => m.attempts === 1)).toBe(true);
    // The carrier also got the demo people's messages, sent by the instances as they started.
    const counts = await carrierCounts();
    expect(counts.duplicates).toEqual([]);
    expect(rows.filter((m) => counts.delivered[String(m.id)] !== 1).map((m) => m.id)).toEqual([]);
    // No message was even asked for twice: the claim keeps the other instance from sending it.
    expect(counts.requests).toBe(Object.keys(counts.delivered).length);
    console.log(`all ${rows.length} SMS of the ${FILINGS} filings sent once in ${seconds(since)}`);
  } finally {
    await sql.end();
  }
});
