import { expect, test, type Browser, type Page } from '@playwright/test';
import { facilities } from '../../lib/data/facilities';
import { addMonths } from '../../lib/time/dates';
import { cancelFilingInForce, fileLongTermToBeijing, next, tapOption } from './flows';
import { DEMO, expectElderFriendly, inbox, serverToday, signIn, zhDate, sameOrigin } from './support';

const ZHANG_GUILAN_ID = '37010219480315002X';

test.describe.configure({ timeout: 120_000 });

async function submitAndNumber(page: Page): Promise<string> {
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^YD\d{14}$/);
  return number;
}

const card = (page: Page, number: string) => page.locator('.link-list > li').filter({ hasText: number });

test('取消备案 asks first: 不取消了 keeps it, 确定取消 ends it, and 我的办件 says 已取消 with the place', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await cancelFilingInForce(page);
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  for (const label of ['临时去外地看病', '本地医院转诊到外地', '海南省', '三亚市', '今天', '个人承诺（不用交材料）']) {
    await tapOption(page, label);
    await next(page);
  }
  await next(page); // her own phone, prefilled
  const number = await submitAndNumber(page);
  const today = await serverToday(page.request);
  const until = zhDate(addMonths(today, 6));
  const cancelledSms = async () => (await inbox(page.request, DEMO.zhangGuilan)).filter((m) => m.template === 'filingCancelled').length;
  const smsBefore = await cancelledSms();

  await page.goto('/services/remote-care');
  const filing = page.getByTestId('active-filing');
  await expect(filing.getByRole('heading', { name: '海南省三亚市' })).toBeVisible();
  await filing.getByRole('link', { name: '取消备案' }).click();
  await expect(page.getByRole('heading', { name: '确定要取消去海南省三亚市的备案吗？' })).toBeVisible();
  await expect(page.getByTestId('filing-to-cancel')).toContainText(`有效期：${zhDate(today)} 至 ${until}。`);
  await expect(page.getByText('取消后，在海南省三亚市看病不能直接结算')).toBeVisible();
  await expectElderFriendly(page);

  // 不取消了: back to the start page, the filing still in force, no SMS.
  await page.getByRole('link', { name: '不取消了' }).click();
  await expect(page.getByTestId('active-filing').getByRole('heading', { name: '海南省三亚市' })).toBeVisible();
  expect(await cancelledSms()).toBe(smsBefore);

  // 确定取消: ended, told by SMS.
  await page.getByTestId('active-filing').getByRole('link', { name: '取消备案' }).click();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(page.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
  await expect(page.getByTestId('active-filing')).toHaveCount(0);
  await expect.poll(cancelledSms).toBe(smsBefore + 1);

  // 我的办件: the card names the place and says 已取消 and when, never 已办结.
  await page.goto('/applications');
  const mine = card(page, number);
  await expect(mine.getByTestId('app-subject')).toHaveText(`海南省三亚市 · 临时 · 到 ${until}`);
  await expect(mine.locator('[data-status="cancelled"]')).toHaveText('已取消');
  await expect(mine).toContainText(`${zhDate(today)} 已取消`);
  await expect(mine).toContainText('备案已取消，在海南省三亚市看病不能直接结算。');
  await expect(mine).not.toContainText('已办结');
  await expectElderFriendly(page);

  // The detail: the same status, the answers as filed, nothing left to change or cancel.
  await mine.getByRole('link').click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(page.locator('.card').filter({ hasText: number }).locator('[data-status="cancelled"]')).toHaveText('已取消');
  const answers = page.getByTestId('filed-answers');
  await expect(answers).toContainText('备案类型临时去外地看病');
  await expect(answers).toContainText('具体情况本地医院转诊到外地');
  await expect(answers).toContainText('去哪个城市三亚市');
  await expect(answers).toContainText(`开始日期${zhDate(today)}`);
  await expect(page.getByRole('link', { name: '取消备案' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '变更备案' })).toHaveCount(0);
  await expectElderFriendly(page);
});

test('变更备案 starts from the filing it replaces, says so, and the old one reads 已变更', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await cancelFilingInForce(page);
  await fileLongTermToBeijing(page);
  const oldNumber = await submitAndNumber(page);
  const today = await serverToday(page.request);

  await page.goto('/services/remote-care');
  await page.getByTestId('active-filing').getByRole('button', { name: '变更备案' }).click();
  // Prefilled: straight to the check page with the old answers, starting today.
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect(page.getByTestId('replacing-notice')).toHaveText('您在变更去北京市的备案。提交后，新的备案代替原来的备案，原来的就结束了。');
  const answers = page.locator('dl.answers');
  await expect(answers).toContainText('退休后到外地安置生活');
  await expect(answers).toContainText('去哪个省北京市');
  await expect(answers).toContainText(`开始日期${zhDate(today)}`);
  await expect(answers).toContainText('个人承诺（不用交材料）');
  await expectElderFriendly(page);

  // Another province: the city is asked again, and every step says what is being changed.
  await page.getByRole('link', { name: /修改\s*去哪个省/ }).click();
  await expect(page.getByTestId('replacing-notice')).toHaveText('正在变更去北京市的备案');
  await tapOption(page, '海南省');
  await page.getByRole('button', { name: '保存，回到核对页' }).click();
  // The 北京 city no longer fits: asked again before the check page.
  await expect(page.getByRole('heading', { name: '要去哪个城市？' })).toBeVisible();
  await expectElderFriendly(page);
  await tapOption(page, '三亚市');
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect(answers).toContainText('去哪个城市三亚市');
  const newNumber = await submitAndNumber(page);
  await expect(page.getByTestId('replaced-filing')).toHaveText('原来去北京市的备案已经结束，以后以这份新的备案为准。');
  await expectElderFriendly(page);

  await page.goto('/applications');
  const old = card(page, oldNumber);
  await expect(old.getByTestId('app-subject')).toHaveText('北京市 · 长期');
  await expect(old.locator('[data-status="changed"]')).toHaveText('已变更');
  await expect(old).toContainText(`${zhDate(today)} 已变更为新的备案`);
  await expect(old).not.toContainText('已办结');
  const fresh = card(page, newNumber);
  await expect(fresh.getByTestId('app-subject')).toHaveText('海南省三亚市 · 长期');
  await expect(fresh.locator('[data-status="completed"]')).toHaveText('已办结');

  // Its detail offers 变更 and 取消 (this filing is in force); leave none in force for later specs.
  await fresh.getByRole('link').click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: '变更或取消' })).toBeVisible();
  await expect(page.getByRole('button', { name: '变更备案' })).toBeVisible();
  await page.getByRole('link', { name: '取消备案' }).click();
  await expect(page.getByRole('heading', { name: '确定要取消去海南省三亚市的备案吗？' })).toBeVisible();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(page.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
});

test('every card says what it is about: 李秀英 sees her 高血压 and the hospital, and the detail shows her answers', async ({ page }) => {
  const hospital = facilities.find((f) => f.regionCode === '371600' && f.chronicCare)?.name ?? '';
  expect(hospital).not.toBe('');
  await signIn(page, DEMO.liXiuying);
  await page.goto('/applications');
  const cards = page.locator('.link-list > li');
  await expect(cards.first()).toBeVisible();
  await expect(cards.getByTestId('app-subject')).toHaveCount(await cards.count());
  const hypertension = cards.filter({ has: page.getByTestId('app-subject').filter({ hasText: `高血压 · ${hospital}` }) });
  await expect(hypertension).toHaveCount(1);
  await hypertension.getByRole('link').click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('app-subject')).toHaveText(`高血压 · ${hospital}`);
  const answers = page.getByTestId('filed-answers');
  await expect(answers).toContainText('病种高血压');
  await expect(answers).toContainText(`看病的医院${hospital}`);
  await expect(answers).toContainText('联系电话138****0003');
  await expectElderFriendly(page);
});

async function personPage(browser: Browser, baseURL: string | undefined, phone: string): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: sameOrigin(baseURL),
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

test("relations read from the reader's side: 张伟 sees his mother as 母亲, she sees him as 儿子", async ({ browser, baseURL }) => {
  const wei = await personPage(browser, baseURL, DEMO.zhangWei);
  const gui = await personPage(browser, baseURL, DEMO.zhangGuilan);
  const ask = () =>
    wei.request.post('/api/family/requests', { data: { elderName: '张桂兰', idNumber: ZHANG_GUILAN_ID, relation: 'child', act: ['remote-care'] } });
  let res = await ask();
  if (res.status() === 409) {
    // A link left open by an earlier spec: step back from it and ask afresh.
    const links = (await (await wei.request.get('/api/family/links')).json()) as { asRelative: { id: string; elderId: string; state: string }[] };
    for (const l of links.asRelative.filter((x) => x.elderId === 'demo-zhang-guilan'))
      await wei.request.post(`/api/family/links/${l.id}/withdraw`, { data: {} });
    res = await ask();
  }
  expect(res.status()).toBe(201);
  const link = (await res.json()) as { id: string };
  const request = (await inbox(gui.request, DEMO.zhangGuilan)).find((m) => m.template === 'familyRequest');
  const code = /验证码 (\d{6})/.exec(request?.body ?? '')?.[1] ?? '';
  expect((await wei.request.post(`/api/family/links/${link.id}/code`, { data: { code } })).status()).toBe(200);

  await wei.goto('/family');
  // Earlier links with her (ended) read the same way; the open one comes first.
  await expect(wei.getByRole('heading', { name: '张桂兰（母亲）' }).first()).toBeVisible();
  await expect(wei.getByText('张桂兰（子女）')).toHaveCount(0);
  await wei.getByRole('button', { name: '为张桂兰办理' }).click();
  await expect(wei.getByRole('status').filter({ hasText: '正在为 张桂兰（母亲）办理' })).toBeVisible();
  await expectElderFriendly(wei);

  await gui.goto('/family');
  await expect(gui.getByRole('heading', { name: '张伟（儿子）' }).first()).toBeVisible();

  // 不再代办 asks first too, in his words: 继续代办 keeps the link, 确定不再代办 ends it.
  await wei.goto(`/family/links/${link.id}`);
  await wei.getByRole('link', { name: '不再代办' }).click();
  await expect(wei.getByRole('heading', { name: '确定不再为张桂兰（母亲）代办吗？' })).toBeVisible();
  await expectElderFriendly(wei);
  await wei.getByRole('link', { name: '继续代办' }).click();
  await expect(wei.getByTestId('ask-withdraw')).toHaveCount(0);
  expect(
    ((await (await wei.request.get('/api/family/links')).json()) as { asRelative: { id: string; state: string }[] }).asRelative.find((l) => l.id === link.id)
      ?.state,
  ).toBe('active');
  await wei.getByRole('link', { name: '不再代办' }).click();
  await wei.getByRole('button', { name: '确定不再代办' }).click();
  await expect
    .poll(
      async () =>
        ((await (await wei.request.get('/api/family/links')).json()) as { asRelative: { id: string; state: string }[] }).asRelative.find(
          (l) => l.id === link.id,
        )?.state,
    )
    .toBe('withdrawn');
  await wei.context().close();
  await gui.context().close();
});
