import { expect, test, type Browser, type Page } from '@playwright/test';
import { fakeSpeech, say, spoken } from './fake-speech';
import { addPhoto, choose, next, startFlow } from './flows';
import { DEMO, expectElderFriendly, inbox, sameOrigin, signIn } from './support';

// 医疗费手工报销 (002 第6条): filed by touch, by a relative, by voice; decided at the review desk with an amount.
test.describe.configure({ timeout: 180_000 });

const LI_ACCOUNT = '6217 **** **** 4321';

async function newPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: sameOrigin(baseURL),
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return context.newPage();
}

/** 住院 in 济南, every answer a tap (photos from the album): no key is pressed. Ends on the check-answers page. */
async function fileInpatientInJinan(page: Page, check = false) {
  await startFlow(page, 'reimbursement');
  if (check) await expectElderFriendly(page);
  await choose(page, '山东省');
  await choose(page, '济南市');
  await expect(page.getByRole('heading', { name: '在哪家医院看的病？' })).toBeVisible();
  if (check) await expectElderFriendly(page);
  await choose(page, '山东大学齐鲁医院');
  await choose(page, '住院');
  await expect(page.getByRole('heading', { name: '哪天住的院？' })).toBeVisible();
  // Care already happened: no 明天 / 后天.
  await expect(page.locator('label.option').filter({ hasText: '明天' })).toHaveCount(0);
  await choose(page, '前天');
  await choose(page, '昨天');
  for (const question of ['请拍下医院的发票', '请拍下住院费用清单', '请拍下出院小结']) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await addPhoto(page);
    if (check) await expectElderFriendly(page);
    await next(page);
  }
  await expect(page.getByRole('heading', { name: '报销的钱打到哪个账户？' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /社保卡绑定的中国建设银行账户 6217 \*{4} \*{4} 4321/ })).toBeChecked();
  await expect(page.getByText('要换账户，请带社保卡到服务站办理。')).toBeVisible();
  if (check) await expectElderFriendly(page);
  await next(page);
  await expect(page.getByRole('radio', { name: /用我的手机号/ })).toBeChecked();
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
}

test('李秀英 claims a 住院 in 济南 with taps only; the case worker approves 3208.60 元 and the SMS names the masked account', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, DEMO.liXiuying);
  await fileInpatientInJinan(page, true);
  await expect(page.getByText('山东大学齐鲁医院')).toBeVisible();
  await expect(page.getByText('3 张照片')).toHaveCount(0); // one photo on each of the three steps
  await expect(page.getByText('1 张照片')).toHaveCount(3);
  await expectElderFriendly(page);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
  await expectElderFriendly(page);
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^SG\d{14}$/);
  // The seeds give no review time and the data has none: no date is promised.
  await expect(page.getByText(/预计/)).toHaveCount(0);
  const accepted = (await inbox(page.request, DEMO.liXiuying)).find((m) => m.body.includes(number));
  expect(accepted?.body).toContain(`您的医疗费手工报销申请已受理，办件编号 ${number}`);
  expect(accepted?.body).not.toContain('预计');

  // 经办 review desk: the amount and its reason from the list.
  const desk = await newPage(browser, baseURL);
  expect((await desk.request.post('/api/staff/session', { data: { staffNo: 'JB3001', password: 'demo-jingban-3001' } })).status()).toBe(200);
  await desk.goto('/staff/reviews');
  const card = desk.locator(`article[data-number="${number}"]`);
  await expect(card.getByRole('heading', { name: `医疗费手工报销 · ${number}` })).toBeVisible();
  await expect(card.locator('[data-answer="hospitalCode"]')).toContainText('山东大学齐鲁医院');
  await expect(card.locator('[data-answer="careType"]')).toContainText('住院');
  // The photos are there to read before any amount is set.
  await expect(card.locator('[data-answer="invoicePhotos"] img')).toHaveCount(1);
  const invoice = card.locator('[data-answer="invoicePhotos"] img');
  await invoice.scrollIntoViewIfNeeded(); // loaded lazily, as the case worker scrolls to it
  await expect.poll(() => invoice.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // An amount with three decimals is refused in words, next to the desk.
  await card.getByLabel('核准报销金额（元）').fill('12.345');
  await card.getByLabel('核定说明').selectOption('excluded-items');
  await card.getByRole('button', { name: '批准' }).click();
  await expect(desk.getByRole('alert').first()).toContainText('请填写批准的金额');
  const again = desk.locator(`article[data-number="${number}"]`);
  await again.getByLabel('核准报销金额（元）').fill('3208.6');
  await again.getByLabel('核定说明').selectOption('excluded-items');
  await again.getByRole('button', { name: '批准' }).click();
  await expect(desk.getByText(`办件 ${number} 已处理，已发短信告诉申请人。`)).toBeVisible();
  await desk.context().close();

  const paid = (await inbox(page.request, DEMO.liXiuying)).find((m) => m.template === 'flows.reimbursement.sms.approved' && m.body.includes(number));
  expect(paid?.body).toContain('核准报销 3208.60 元（已扣除自费和不在医保目录里的费用）');
  expect(paid?.body).toContain(`中国建设银行账户 ${LI_ACCOUNT}`);
  expect(paid?.body).not.toContain('6217000160004321');

  await page.goto('/applications');
  await page.getByRole('link', { name: new RegExp(`医疗费手工报销.*${number}`) }).click();
  await expect(page.getByRole('heading', { name: '办理进度' })).toBeVisible();
  await expect(page.locator('[data-status="completed"]')).toHaveText('已办结');
  await expect(page.getByText('核准报销 3208.60 元', { exact: false })).toBeVisible();
});

test('a relative with the 手工报销 scope files it for 王建国, who is told; without the scope it is refused', async ({ page, browser, baseURL }) => {
  // 王建国 invites 张伟 for 手工报销 only; 张伟 accepts and acts for him.
  await signIn(page, DEMO.wangJianguo);
  const invited = await page.request.post('/api/family/links', { data: { phone: DEMO.zhangWei, relation: 'child', act: ['reimbursement'] } });
  expect(invited.status()).toBe(201);
  const { id } = (await invited.json()) as { id: string };
  const wei = await newPage(browser, baseURL);
  await signIn(wei, DEMO.zhangWei);
  expect((await wei.request.post(`/api/family/links/${id}/accept`, { data: {} })).ok()).toBe(true);
  expect((await wei.request.post('/api/family/acting-for', { data: { elderId: 'demo-wang-jianguo' } })).ok()).toBe(true);

  // Another service is not in the scope.
  await wei.goto('/services/transfer');
  await expect(wei.getByText('老人没有授权您办理这项业务')).toBeVisible();

  await startFlow(wei, 'reimbursement');
  await expect(wei.getByText(/正在为 王建国/)).toBeVisible();
  await choose(wei, '海南省');
  await choose(wei, '三亚市');
  await choose(wei, '三亚市人民医院');
  await choose(wei, '门诊');
  await expect(wei.getByRole('heading', { name: '哪天看的病？' })).toBeVisible();
  await choose(wei, '昨天');
  for (const question of ['请拍下医院的发票', '请拍下门诊病历']) {
    await expect(wei.getByRole('heading', { name: question })).toBeVisible();
    await addPhoto(wei);
    await next(wei);
  }
  // His father's account, masked; his father's phone.
  await expect(wei.getByRole('radio', { name: /社保卡绑定的中国农业银行账户 6228 \*{4} \*{4} 0017/ })).toBeChecked();
  await next(wei);
  await next(wei);
  await expect(wei.getByText('138****0002')).toBeVisible();
  await wei.getByRole('button', { name: '确认提交' }).click();
  await expect(wei.getByRole('heading', { name: '已经提交' })).toBeVisible();
  const number = (await wei.getByTestId('reference').getAttribute('data-number')) ?? '';
  const told = (await inbox(page.request, DEMO.wangJianguo)).find((m) => m.template === 'proxyByRelative' && m.body.includes(number));
  expect(told?.body).toContain(`为您提交了医疗费手工报销申请，办件编号 ${number}`);
  await wei.context().close();
});

async function sayNext(page: Page) {
  const url = page.url();
  await say(page, '下一步');
  await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });
}

test('语音版: 张桂兰 says where, says the hospital that is not on the list, and it is written down and read back', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'reimbursement');
  for (const [question, words, checked] of [
    ['在哪个省看的病？', '海南', '海南省'],
    ['在哪个城市看的病？', '琼海', '琼海市'],
    ['在哪家医院看的病？', '列表里没有', '列表里没有'],
  ] as const) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await expect.poll(async () => (await spoken(page)).includes(question)).toBe(true);
    await say(page, words);
    await expect(page.getByRole('radio', { name: checked })).toBeChecked();
    await sayNext(page);
  }
  await expect(page.getByRole('heading', { name: '请说一说是哪家医院' })).toBeVisible();
  await say(page, '琼海市博鳌镇的卫生院');
  await expect(page.getByRole('textbox')).toHaveValue('琼海市博鳌镇的卫生院');
  await expect.poll(() => spoken(page)).toContain('您说的是：琼海市博鳌镇的卫生院。对的话请点“下一步”；不对请再按“说一说”说一次。');
  await sayNext(page);
  await expect(page.getByRole('heading', { name: '是看门诊，还是住院？' })).toBeVisible();
  await say(page, '门诊');
  await expect(page.getByRole('radio', { name: /^门诊/ })).toBeChecked();
  await sayNext(page);
  await say(page, '今天');
  await sayNext(page);
  for (const question of ['请拍下医院的发票', '请拍下门诊病历']) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await addPhoto(page);
    await sayNext(page);
  }
  await expect(page.getByRole('heading', { name: '报销的钱打到哪个账户？' })).toBeVisible();
  await sayNext(page);
  await sayNext(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect.poll(() => spoken(page)).toContain('医院（您说的）：琼海市博鳌镇的卫生院。');
  await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.push('确认提交', '是的'));
  await page.getByRole('button', { name: '说一说' }).click();
  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
});
