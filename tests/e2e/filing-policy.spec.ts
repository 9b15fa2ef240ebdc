import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech } from './fake-speech';
import { addPhoto, cancelFilingInForce, choose, next } from './flows';
import { addDays, addMonths, diffDays } from '../../lib/time/dates';
import { startOwnServer } from './own-server';
import { advanceClock, DEMO, expectElderFriendly, inbox, serverToday, signIn, zhDate } from './support';

// 002 第5、6、8条 on real filings, at 360 × 740, with the 模拟经办 standing in for the settlement system.

// Each test walks a whole flow, the 模拟经办 and 模拟短信 pages: longer than one flow's minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

// Its own server: these tests move the demo clock by months, which would settle other specs' people's
// reviews on the shared server (李秀英's monthly 高血压 review, which jingban-clock.spec watches).
const port = Number(process.env.E2E_PORT ?? 3107) + 5;
test.use({ baseURL: `http://127.0.0.1:${port}`, extraHTTPHeaders: { origin: `http://127.0.0.1:${port}` } });
let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer('filing-policy', port);
});
test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(async ({ request }) => {
  await advanceClock(request, { reset: true });
});

/** From the start page to the commitment step of a new filing. */
async function toCommitment(
  page: Page,
  kind: '在外地长期住' | '临时去外地看病',
  reason: string,
  province: string,
  city: string,
  day: '今天' | '昨天' = '今天',
) {
  await cancelFilingInForce(page);
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  for (const label of [kind, reason, province, city, day]) await choose(page, label);
  await expect(page.getByRole('heading', { name: '用哪种方式证明？' })).toBeVisible();
}

async function submitWithPromise(page: Page, late = false) {
  await choose(page, '个人承诺（不用交材料）');
  await next(page);
  // 002 第6条, said once a past start date (补办) was chosen, and only then.
  await expect(page.getByTestId('late-filing')).toHaveCount(late ? 1 : 0);
  if (late) await expect(page.getByTestId('late-filing')).toContainText('出院结算前办好备案，照样直接结算；已经自己付了钱的，回参保地按参保地的规定申请报销');
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
}

test('承诺制: the warning comes before the choice, the basis shows on the filing, 补交证明 turns it to proof', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await toCommitment(page, '在外地长期住', '在外地长期居住', '北京市', '北京市');
  // 002 第8条, said before the choice (the step's hint, which 听一听 / 语音版 read too).
  const warning = page.locator('#step-hint');
  await expect(warning).toHaveText(/只用个人承诺的，备案后 6 个月内回参保地看病，只能按“临时外出就医”报销/);
  await expect(warning).toBeInViewport();
  await expectElderFriendly(page);
  await submitWithPromise(page);
  const today = await serverToday(page.request);
  const until = zhDate(addMonths(today, 6));
  await expect(page.getByText(`您是用个人承诺备案的：${until} 前回参保地看病，按临时外出就医的待遇报销`)).toBeVisible();
  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.template === 'completed');
  expect(sms?.body).toContain(`您是用个人承诺备案的：${until} 前回参保地看病，按临时外出就医的待遇报销`);

  await page.goto('/services/remote-care');
  const filing = page.getByTestId('active-filing');
  await expect(filing.getByTestId('filing-basis')).toHaveText(
    `您是用个人承诺备案的：${until} 前回参保地看病，按“临时外出就医”报销。补交证明后，按参保地待遇。`,
  );
  await expectElderFriendly(page);

  // 模拟经办: care back at the 参保地 within 6 months is settled at 临时外出就医 rates, and the SMS says why.
  await settle(page, 'home', '张桂兰 · 北京市', today, '860.50');
  const why = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.template === 'homeCareTemporaryRates');
  expect(why?.body).toContain('860.50 元已按“临时外出就医”的待遇结算');

  // 补交证明: photos, 确认提交, and from today home rates.
  await page.goto('/services/remote-care');
  await filing.getByRole('link', { name: '补交证明材料' }).click();
  await expect(page.getByRole('heading', { name: '补交证明材料' })).toBeVisible();
  await addPhoto(page, 'residence-permit.png');
  await expectElderFriendly(page);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByText(`证明材料已收到。从 ${zhDate(today)} 起，回参保地看病按参保地待遇报销。`)).toBeVisible();
  await expect(page.getByTestId('filing-basis')).toHaveText('您交了证明材料：回参保地看病，也按参保地待遇报销。');
  await settle(page, 'home', '张桂兰 · 北京市', today, '100');
  expect((await inbox(page.request, DEMO.zhangGuilan)).some((m) => m.template === 'homeCareLocalRates')).toBe(true);
  await cancelFilingInForce(page);
});

test('a settlement at the filed place locks change and cancel of a 跨省 long-term filing, with the date shown', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await toCommitment(page, '在外地长期住', '在外地长期居住', '北京市', '北京市');
  await submitWithPromise(page);
  const today = await serverToday(page.request);
  await page.goto('/services/remote-care');
  await expect(page.getByTestId('active-filing').getByRole('link', { name: '取消备案' })).toBeVisible();

  await settle(page, 'filed-place', '张桂兰 · 北京市', today, '1200');
  await page.goto('/services/remote-care');
  const from = zhDate(addMonths(today, 6));
  await expect(page.getByTestId('change-locked')).toHaveText(`您已经在备案地看过病。按规定，跨省长期居住备案要到 ${from} 起才能变更或取消。`);
  await expect(page.getByRole('link', { name: '取消备案' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '变更备案' })).toHaveCount(0);
  await expectElderFriendly(page);
  // The same lock in 我的办件.
  await page.goto('/applications');
  await page
    .getByRole('link', { name: /异地就医备案 北京市/ })
    .first()
    .click();
  await expect(page.getByTestId('change-locked')).toContainText(from);

  // Six months on, the lock is gone: cancel, so the other specs start without a filing.
  await advanceClock(page.request, { days: diffDays(today, addMonths(today, 6)) });
  await cancelFilingInForce(page);
  await expect(page.getByTestId('active-filing')).toHaveCount(0);
});

test('a temporary filing: no 承诺制 warning, an SMS 7 days before its end, then 已过期, and a new filing is accepted', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  // Backdated by a day (补办): the 6 months still run from the filing day.
  await toCommitment(page, '临时去外地看病', '本地医院转诊到外地', '山东省', '青岛市', '昨天');
  await expect(page.locator('#step-hint')).toHaveCount(0);
  await expect(page.getByText('只用个人承诺的')).toHaveCount(0);
  await submitWithPromise(page, true);
  await expect(page.getByText('您是用个人承诺备案的')).toHaveCount(0);
  const today = await serverToday(page.request);
  const end = addMonths(today, 6);
  await expect(page.getByText(`备案从 ${zhDate(addDays(today, -1))} 起生效，有效期到 ${zhDate(end)}。`)).toBeVisible();
  await page.goto('/services/remote-care');
  await expect(page.getByTestId('active-filing')).toContainText(`有效期到 ${zhDate(end)}，过了这天要重新备案。`);
  await expect(page.getByTestId('filing-basis')).toHaveCount(0);

  // The demo clock to the 7th day before the end: the 经办 job sends the reminder, once, seen in 模拟短信.
  await advanceClock(page.request, { days: diffDays(today, addDays(end, -7)) });
  await page.request.post('/api/dev/scheduler', { form: {} });
  await page.goto(`/dev/sms?phone=${DEMO.zhangGuilan}`);
  const reminder = page.locator('article.sms[data-template="filingExpiring"]');
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText(`您去山东省青岛市的临时外出就医备案 ${zhDate(end)} 到期。`);

  // The day after the end: 已过期 on the start page and in 我的办件, and a new filing is possible.
  await advanceClock(page.request, { days: 8 });
  await page.goto('/services/remote-care');
  await expect(page.getByTestId('active-filing')).toHaveCount(0);
  await expect(page.getByTestId('expired-filing')).toContainText(`去山东省青岛市的临时外出就医备案，有效期到 ${zhDate(end)}，已经过期。`);
  await expectElderFriendly(page);
  await page.goto('/applications');
  await expect(page.getByRole('link', { name: /异地就医备案 山东省青岛市/ }).first()).toContainText('已过期');
  await toCommitment(page, '临时去外地看病', '本地医院转诊到外地', '山东省', '青岛市');
  await submitWithPromise(page);
  expect((await inbox(page.request, DEMO.zhangGuilan)).filter((m) => m.template === 'filingExpiring')).toHaveLength(1);
  await cancelFilingInForce(page);
});

test('语音版 reads the 承诺制 warning on arrival at the choice, before the options', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.zhangGuilan);
  await toCommitment(page, '在外地长期住', '在外地长期居住', '北京市', '北京市');
  const spoken = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('spoken') ?? '[]') as string[]).catch(() => [] as string[]);
  await expect.poll(async () => (await spoken()).some((s) => s.startsWith('第1个，个人承诺'))).toBe(true);
  const said = await spoken();
  const question = said.lastIndexOf('用哪种方式证明？');
  const warning = said.findIndex((s, i) => i > question && s.includes('只用个人承诺的，备案后 6 个月内回参保地看病'));
  expect(warning).toBeGreaterThan(question);
  expect(warning).toBeLessThan(said.findIndex((s, i) => i > question && s.startsWith('第1个，')));
});

test('模拟经办 refuses bad settlements with a 4xx in plain Chinese, never a 5xx', async ({ request }) => {
  const cases: [Record<string, unknown>, number, RegExp][] = [
    [{ filingId: '00000000-0000-4000-8000-000000000000', place: 'home', date: '2026-11-30', amount: 10 }, 422, /没有这份正在生效的备案/],
    [{ filingId: 'not-a-filing', place: 'home', date: '2026-11-30', amount: 10 }, 400, /./],
    [{ filingId: '00000000-0000-4000-8000-000000000000', place: 'home', date: '2026-11-30', amount: -5 }, 400, /./],
    [{ filingId: '00000000-0000-4000-8000-000000000000', place: 'abroad', date: '2026-11-30', amount: 10 }, 400, /./],
  ];
  for (const [data, status, message] of cases) {
    const res = await request.post('/api/dev/settlements', { data });
    expect(res.status(), JSON.stringify(data)).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(message);
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
  }
});

/** 模拟经办: one settlement through the page's own form. */
async function settle(page: Page, place: 'filed-place' | 'home', filing: string, date: string, amount: string) {
  await page.goto('/dev/jingban');
  const form = page.getByTestId(`settle-${place}`);
  const option = form.locator('option', { hasText: filing });
  await form.getByRole('combobox').selectOption((await option.first().getAttribute('value')) ?? '');
  await form.getByLabel(/结算日期/).fill(date);
  await form.getByLabel(/金额/).fill(amount);
  await form.getByRole('button', { name: '记录这笔结算' }).click();
  await expect(page.getByTestId(`settle-${place}-recent`)).toContainText(`${zhDate(date)} · ${Number(amount).toFixed(2)}`);
}
