// Issue 17: many instances on one PostgreSQL. Two production instances (`next start` on the built .next)
// share one fresh database behind a round-robin proxy; a person's requests land on either, as behind
// nginx (deploy/nginx.conf). PostgreSQL pass only (playwright.config.ts ignores this file without
// E2E_DATABASE_URL; tests/run-all.mjs names it among the PostgreSQL specs): PGlite is one process per directory.
import { devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import pg from 'pg';
import { addDays, type IsoDate } from '../../lib/time/dates';
import { createDatabase } from '../postgres.mjs';
import { fileLongTermToBeijing, startFlow } from './flows';
import { startOwnServer } from './own-server';
import { INSTANCE_HEADER, startRoundRobinProxy, type Instance, type RoundRobinProxy } from './round-robin-proxy';
import { DEMO, inbox, signIn } from './support';

const base = Number(process.env.E2E_PORT ?? 3107);
const ports = { A: base + 6, B: base + 7, proxy: base + 8 };
// Both instances run the 经办 scheduler and SMS dispatch this often, so they race each other.
const SCHEDULER_INTERVAL_MS = 300;

test.describe.configure({ mode: 'serial' });

let database: { url: string; drop: () => Promise<void> };
let instances: Awaited<ReturnType<typeof startOwnServer>>[] = [];
let proxy: RoundRobinProxy;
let context: BrowserContext;
let page: Page;
let sql: pg.Client;
const began = Date.now();

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function contextOptions(origin: string) {
  return {
    ...devices['Pixel 5'],
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL: origin,
    extraHTTPHeaders: { origin },
  };
}

/** The shared clock as one instance reads it. */
async function clockOn(instance: Instance): Promise<{ now: string; today: IsoDate }> {
  const res = await page.request.get('/api/dev/clock', { headers: { [INSTANCE_HEADER]: instance } });
  expect(res.headers()['x-served-by']).toBe(instance);
  return (await res.json()) as { now: string; today: IsoDate };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('two-instances.spec.ts needs E2E_DATABASE_URL (the PostgreSQL pass of npm test)');
  let since = Date.now();
  database = await createDatabase(url);
  // Started together: both migrate (under the advisory lock) and seed the demo people on the same empty database.
  const env = { SCHEDULER_INTERVAL_MS: String(SCHEDULER_INTERVAL_MS) };
  instances = await Promise.all([
    startOwnServer('two-instances-a', ports.A, { databaseUrl: database.url, env }),
    startOwnServer('two-instances-b', ports.B, { databaseUrl: database.url, env }),
  ]);
  console.log(`two instances up on one fresh PostgreSQL database in ${seconds(since)}`);
  since = Date.now();
  proxy = await startRoundRobinProxy(ports.proxy, { A: ports.A, B: ports.B });
  context = await browser.newContext(contextOptions(proxy.origin));
  page = await context.newPage();
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
  console.log(`proxy, browser and database client ready in ${seconds(since)}`);
});

test.afterAll(async () => {
  const since = Date.now();
  await context?.close();
  await sql?.end();
  await proxy?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.drop();
  console.log(`stopped and dropped in ${seconds(since)}; the whole spec took ${seconds(began)}`);
});

test('signed in through instance A, 张桂兰 carries on through instance B: the session lives in the database', async () => {
  proxy.stick('A');
  let mark = proxy.mark();
  await signIn(page, DEMO.zhangGuilan);
  const signInRequests = proxy.since(mark);
  expect(signInRequests.some((s) => s.method === 'POST' && s.path === '/api/auth/session' && s.status === 200)).toBe(true);
  expect(new Set(signInRequests.map((s) => s.instance))).toEqual(new Set(['A']));

  proxy.stick('B');
  mark = proxy.mark();
  await page.goto('/applications');
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.getByRole('heading', { name: '我的办件', level: 1 })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByText('138****0001')).toBeVisible();
  expect(new Set(proxy.since(mark).map((s) => s.instance))).toEqual(new Set(['B']));

  // Round robin: every request to the other instance in turn, and she stays signed in.
  proxy.stick(null);
  mark = proxy.mark();
  for (let i = 0; i < 3; i += 1) {
    await page.goto('/applications');
    await expect(page.getByRole('heading', { name: '我的办件', level: 1 })).toBeVisible();
  }
  const documents = proxy.since(mark).filter((s) => s.path === '/applications');
  expect(documents).toHaveLength(3);
  expect(new Set(proxy.since(mark).map((s) => s.instance))).toEqual(new Set(['A', 'B']));
});

test('a filing through the proxy: answers saved on both instances, submitted on A, shown in 我的办件 on B', async () => {
  proxy.stick(null);
  let mark = proxy.mark();
  await fileLongTermToBeijing(page);
  const saves = proxy.since(mark).filter((s) => s.method === 'POST');
  expect(new Set(saves.map((s) => s.instance)), 'answers saved through both instances').toEqual(new Set(['A', 'B']));

  proxy.stick('A');
  mark = proxy.mark();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^YD\d{14}$/);
  expect(proxy.since(mark).some((s) => s.method === 'POST' && s.instance === 'A')).toBe(true);

  proxy.stick('B');
  mark = proxy.mark();
  await page.goto('/applications');
  const card = page.getByRole('link', { name: new RegExp(`异地就医备案.*${number}`) });
  await expect(card.locator('[data-status="completed"]')).toHaveText('已办结');
  const completed = (await inbox(page.request, DEMO.zhangGuilan)).filter((m) => m.template === 'completed' && m.body.includes(number));
  expect(completed).toHaveLength(1);
  expect(new Set(proxy.since(mark).map((s) => s.instance))).toEqual(new Set(['B']));
  proxy.stick(null);
});

test('请客服帮我: her code shown through A, claimed and watched live through B, the hint and 停止共享 cross over', async ({ browser }) => {
  proxy.stick('A');
  await startFlow(page, 'designation');
  const question = (await page.locator('legend h2').textContent())?.trim() ?? '';
  expect(question).not.toBe('');
  await page.getByRole('button', { name: '请客服帮我' }).click();
  const code = (await page.getByTestId('assist-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);

  // The agent's browser: every request of it to instance B.
  const agentContext = await browser.newContext({
    baseURL: proxy.origin,
    extraHTTPHeaders: { origin: proxy.origin, [INSTANCE_HEADER]: 'B' },
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  try {
    const agent = await agentContext.newPage();
    const login = await agent.request.post('/api/staff/session', { data: { staffNo: 'KF1001', password: 'demo-kefu-1001' } });
    expect(login.status()).toBe(200);
    const mark = proxy.mark();
    await agent.goto('/staff/assist');
    await agent.getByLabel('求助码').fill(code);
    await agent.getByRole('button', { name: '查看居民页面' }).click();
    await expect(agent.getByTestId('assist-question')).toHaveText(question);
    await expect(page.getByText('客服正在看您这一页')).toBeVisible();

    // She chooses on A; the agent's live view, served by B, follows.
    await page.locator('.option').first().click();
    await expect(agent.getByTestId('assist-page')).toContainText('（已选）');
    await agent.getByRole('button', { name: '请点下面的 下一步' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '客服提示：' })).toContainText('请点下面的 下一步');

    await page.getByRole('button', { name: '停止共享' }).click();
    await expect(page.getByText('已停止共享')).toBeVisible();
    await expect(agent.getByTestId('assist-ended')).toBeVisible();

    const agentRequests = proxy.since(mark).filter((s) => s.path.startsWith('/api/staff/assist'));
    expect(agentRequests.some((s) => s.path === '/api/staff/assist/claim' && s.method === 'POST')).toBe(true);
    expect(agentRequests.some((s) => s.path.endsWith('/events'))).toBe(true);
    expect(new Set(agentRequests.map((s) => s.instance))).toEqual(new Set(['B']));
    const residentRequests = proxy.since(mark).filter((s) => s.path.startsWith('/api/assist'));
    expect(residentRequests.length).toBeGreaterThan(0);
    expect(new Set(residentRequests.map((s) => s.instance))).toEqual(new Set(['A']));
  } finally {
    await agentContext.close();
    proxy.stick(null);
  }
});

test('both instances run the scheduler: 李秀英’s monthly review advances exactly once per step, with one SMS each', async () => {
  const { rows } = await sql.query<{ id: string; number: string }>(
    `select a.id, a.number from applications a join persons p on p.id = a.person_id
      where p.phone = $1 and a.status = 'accepted' and a.next_action_at is not null`,
    [DEMO.liXiuying],
  );
  expect(rows).toHaveLength(1);
  const { id, number } = rows[0]!;

  // Each planned step in turn: the clock is set (by a third party that runs no review itself) to 1.5 s
  // before the step is due, long enough for both instances to read it (a second at most); at the due
  // moment six scheduler runs, three on each instance, start together, racing each other and the two
  // background schedulers. Whichever wins, the step is taken once.
  const raced: { advanced: number; conflicts: number }[] = [];
  for (let step = 0; step < 6; step += 1) {
    const app = (await sql.query<{ status: string; due: Date | null }>('select status, next_action_at as due from applications where id = $1', [id])).rows[0];
    if (!app?.due) break;
    const lead = 1_500;
    const setAt = Date.now();
    await sql.query(`update app_settings set value = to_jsonb($1::bigint) where key = 'clock_offset_ms'`, [app.due.getTime() - lead - setAt]);
    await new Promise((resolve) => setTimeout(resolve, setAt + lead + 10 - Date.now()));
    const runs = await Promise.all(
      (['A', 'B', 'A', 'B', 'A', 'B'] as const).map((instance) =>
        page.request.post('/api/dev/scheduler', { headers: { [INSTANCE_HEADER]: instance }, form: { run: '1' } }),
      ),
    );
    for (const run of runs) expect(run.status()).toBe(200);
    raced.push(...((await Promise.all(runs.map((run) => run.json()))) as { advanced: number; conflicts: number }[]));
    // The step is taken (by a fired run or a background scheduler) before the next is set up.
    await expect
      .poll(async () => (await sql.query<{ due: Date | null }>('select next_action_at as due from applications where id = $1', [id])).rows[0]?.due?.getTime(), {
        timeout: 5_000,
      })
      .not.toBe(app.due.getTime());
  }
  const { status } = (await sql.query<{ status: string }>('select status from applications where id = $1', [id])).rows[0]!;
  expect(status).toBe('completed');

  const events = await sql.query<{ to_status: string; n: string }>(
    'select to_status, count(*) as n from application_events where application_id = $1 and to_status is not null group by to_status',
    [id],
  );
  const changes = Object.fromEntries(events.rows.map((r) => [r.to_status, Number(r.n)]));
  expect(changes.completed, 'one 办结').toBe(1);
  for (const [status, n] of Object.entries(changes)) expect(n, `${status} recorded once`).toBe(1);

  const sms = await sql.query<{ template: string; n: string }>('select template, count(*) as n from sms_messages where application_id = $1 group by template', [
    id,
  ]);
  const perTemplate = Object.fromEntries(sms.rows.map((r) => [r.template, Number(r.n)]));
  expect(perTemplate.completed, 'one 办结 SMS').toBe(1);
  for (const [template, n] of Object.entries(perTemplate)) expect(n, `${template} SMS written once`).toBe(1);
  console.log(
    `scheduler race: state changes ${JSON.stringify(changes)}, SMS ${JSON.stringify(perTemplate)}; the fired runs advanced ` +
      `${raced.map((r) => r.advanced).join('/')} (conflicts ${raced.reduce((sum, r) => sum + r.conflicts, 0)}), the background schedulers the rest`,
  );
  const inboxCompleted = (await inbox(page.request, DEMO.liXiuying)).filter((m) => m.template === 'completed' && m.body.includes(number));
  expect(inboxCompleted).toHaveLength(1);
});

test('the 模拟经办 clock moved through A is the clock B reads at once', async () => {
  const before = await clockOn('B');
  proxy.stick('A');
  await page.goto('/dev/jingban');
  const offset = page.getByText(/已往后拨 \d+ 天/);
  const days = async () => Number(/(\d+) 天/.exec((await offset.textContent()) ?? '')?.[1]);
  await expect(offset).toBeVisible();
  const was = await days();
  await page.getByRole('button', { name: '往后拨 30 天' }).click();
  await expect(page.getByText(`已往后拨 ${was + 30} 天`)).toBeVisible();
  expect(proxy.served.at(-1)?.instance).toBe('A');

  // Each instance reads the shared offset at most a second old.
  await expect.poll(async () => (await clockOn('B')).today, { timeout: 2_500, intervals: [100] }).toBe(addDays(before.today, 30));
  proxy.stick('B');
  await page.goto('/dev/jingban');
  await expect(page.getByText(`已往后拨 ${was + 30} 天`)).toBeVisible();
  proxy.stick(null);
});

// ── Later, same instances and proxy: 500 filings under load, every SMS sent exactly once ──
// Once SMS dispatch is exactly-once across processes and the Tencent-SMS fake exists (another change,
// lib/sms), a test here files 500 applications through the proxy and checks the fake received each
// SMS once. It belongs in this file: the two instances, the proxy and the database are set up above.
