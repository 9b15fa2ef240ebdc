import { expect, test } from '@playwright/test';
import { choose, fileLongTermToBeijing, next, nextWithNothingChosen, tapOption } from './flows';
import { addDays, addMonths } from '../../lib/time/dates';
import { DEMO, expectElderFriendly, inbox, serverToday, signIn, zhDate, sameOrigin } from './support';

test('张桂兰 files 异地就医备案 by touch alone, sees the 办件编号, 我的办件 and the SMS', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await fileLongTermToBeijing(page);
  await expect(page.getByText('退休后到外地安置生活')).toBeVisible();
  await expect(page.getByText('138****0001')).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();

  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^YD\d{14}$/);
  await expect(page.getByText(/备案从 \d{4}年\d{1,2}月\d{1,2}日 起生效，长期有效。/)).toBeVisible();

  await page.getByRole('link', { name: '在我的办件里查看' }).click();
  await expect(page.getByText(`办件编号 ${number}`)).toBeVisible();
  await expect(page.locator('[data-status="completed"]')).toHaveText('已办结');

  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.template === 'completed');
  expect(sms?.body).toContain(`您的异地就医备案申请（办件编号 ${number}）已办结。备案从`);
  expect(sms?.body).toContain('长期有效');
});

test('with no costs at the filed place she can cancel at once, and is told by SMS', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await page.goto('/services/remote-care');
  const filing = page.getByTestId('active-filing');
  await expect(filing.getByRole('heading', { name: '北京市', exact: true })).toBeVisible();
  // It asks first, on its own page, and says what cancelling ends there.
  await filing.getByRole('link', { name: '取消备案' }).click();
  await expect(page.getByRole('heading', { name: '确定要取消去北京市的备案吗？' })).toBeVisible();
  await expect(page.getByText('取消后，在北京市看病不能直接结算')).toBeVisible();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(page.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
  await expect(page.getByTestId('active-filing')).toHaveCount(0);
  const sms = (await inbox(page.request, DEMO.zhangGuilan))[0];
  expect(sms?.template).toBe('filingCancelled');
});

test('a filing that starts tomorrow is not said to be in force already: the done page gives its first day', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  for (const label of ['临时去外地看病', '本地医院转诊到外地', '北京市', '北京市', '明天', '个人承诺（不用交材料）']) await choose(page, label);
  await next(page);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const tomorrow = addDays(await serverToday(page.request), 1);
  await expect(page.getByText(`备案从 ${zhDate(tomorrow)} 起生效。`)).toBeVisible();
  await expect(page.getByText('备案已经生效')).toHaveCount(0);
  // Cancelled again, so the next tests start without a filing in force.
  await page.goto('/services/remote-care');
  await page.getByTestId('active-filing').getByRole('link', { name: '取消备案' }).click();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(page.getByTestId('active-filing')).toHaveCount(0);
});

test('a long-term filing backdated more than 5 days is refused in plain Chinese', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await choose(page, '在外地长期住');
  await choose(page, '在外地长期居住');
  await choose(page, '山东省');
  await choose(page, '青岛市');
  const min = await page.locator('#other').getAttribute('min');
  expect(min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await tapOption(page, '其他日期');
  await page.locator('#other').fill(addDays(min!, -1));
  await next(page);
  const [y, m, d] = (min ?? '').split('-').map(Number);
  await expect(page.locator('.error-summary')).toContainText(`最早只能选到 ${y}年${m}月${d}日。`);
  await expect(page.getByText('第 5 步 / 共 8 步')).toBeVisible();
});

test('王建国 has had treatment in 三亚: the page gives the exact date a change becomes possible', async ({ page }) => {
  await signIn(page, DEMO.wangJianguo);
  await page.goto('/services/remote-care');
  const filing = page.getByTestId('active-filing');
  await expect(filing.getByRole('heading', { name: '海南省三亚市' })).toBeVisible();
  const valid = (await filing.getByText(/起生效，长期有效/).textContent()) ?? '';
  const [, y, m, d] = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(valid) ?? [];
  const filedFrom = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  expect(filedFrom).toBe(addMonths(await serverToday(page.request), -3)); // the seed: started 3 months ago
  const expected = zhDate(addMonths(filedFrom, 6));
  await expect(page.getByTestId('change-locked')).toHaveText(`您已经在备案地看过病。按规定，跨省长期居住备案要到 ${expected} 起才能变更或取消。`);
  await expect(filing.getByRole('link', { name: '取消备案' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '开始办理' })).toHaveCount(0);

  // The server refuses a second filing even when the page is bypassed.
  const start = await page.request.post('/api/flows/remote-care/start', { form: { locale: 'zh-CN' }, maxRedirects: 0 });
  expect(start.status()).toBe(303);
  const answers: [string, string][] = [
    ['category', 'temporary'],
    ['reason', 'referral'],
    ['destProvinceCode', '110000'],
    ['destCityCode', '110100'],
    ['commitment', 'promise'],
    ['contactPhone', DEMO.wangJianguo],
  ];
  let draftId = '';
  for (const [step, value] of answers) {
    const res = await page.request.post(`/api/flows/remote-care/steps/${step}`, { data: { value } });
    expect(res.status(), step).toBe(200);
    draftId = ((await res.json()) as { draftId: string }).draftId;
  }
  const today = await page.request.post('/api/flows/remote-care/steps/startDate', { data: { value: 'other', other: '2020-01-01' } });
  expect(today.status(), await today.text()).toBe(200);
  const submit = await page.request.post('/api/flows/remote-care/submit', { data: { draftId } });
  expect(submit.status()).toBe(422);
  const body = (await submit.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('filing-exists');
  expect(body.error.message).toContain('您已经有一个正在生效的异地就医备案');
});

test('two rapid taps on 确认提交 give exactly one application', async ({ page }) => {
  await signIn(page, DEMO.zhangWei);
  await fileLongTermToBeijing(page);
  const submit = page.getByRole('button', { name: '确认提交' });
  await submit.dblclick();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  await expectElderFriendly(page);
  const list = await (await page.request.get('/api/applications')).json();
  const filings = (list as { applications: { service: string }[] }).applications.filter((a) => a.service === 'remote-care');
  expect(filings).toHaveLength(1);
  // One 办结 SMS for remote care (earlier specs may have completed his other services).
  const completed = (await inbox(page.request, DEMO.zhangWei)).filter((m) => m.template === 'completed' && m.body.includes('异地就医备案'));
  expect(completed).toHaveLength(1);
});

test('a draft left at step 3 is offered as 继续办理 on another device, with the answers kept', async ({ page, browser, baseURL }) => {
  await signIn(page, DEMO.liXiuying);
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await choose(page, '临时去外地看病');
  await choose(page, '本地医院转诊到外地');
  await expect(page.getByText('第 3 步 / 共 8 步')).toBeVisible();
  await page.context().close();

  const other = await browser.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL, viewport: { width: 360, height: 740 } });
  const phone = await other.newPage();
  await signIn(phone, DEMO.liXiuying);
  await phone.goto('/services/remote-care');
  await phone.getByRole('link', { name: '继续办理' }).click();
  await expect(phone.getByText('第 3 步 / 共 8 步')).toBeVisible();
  await expect(phone.getByRole('heading', { name: '要去哪个省？' })).toBeVisible();
  await phone.getByRole('link', { name: '返回' }).click();
  await expect(phone.getByRole('radio', { name: '本地医院转诊到外地' })).toBeChecked();
  await other.close();
});

test('every page of the flow passes the elder bars at 特大', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'yb_text', value: 'xlarge', url: baseURL! }]);
  await signIn(page, DEMO.liXiuying);
  await page.goto('/services/remote-care');
  await expectElderFriendly(page);
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  const steps: [string, string][] = [
    ['临时去外地看病', '您属于哪种情况？'],
    ['其他临时去外地看病', '具体是哪一种？'],
    ['上海市', '要去哪个省？'],
    ['上海市', '要去哪个城市？'],
    ['今天', '从哪天开始？'],
    ['上传证明材料', '用哪种方式证明？'],
  ];
  for (const [answer, question] of steps) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await expectElderFriendly(page);
    await choose(page, answer);
  }
  await expect(page.getByRole('heading', { name: '请上传证明材料的照片' })).toBeVisible();
  await expectElderFriendly(page);
  await nextWithNothingChosen(page);
  await expect(page.locator('.error-summary')).toContainText('请至少上传一张照片。');
  await expectElderFriendly(page);
});
