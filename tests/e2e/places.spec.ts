import { expect, test } from '@playwright/test';
import { choose, next, startFlow, tapOption } from './flows';
import { DEMO, expectElderFriendly, inbox, signIn } from './support';

test('海南 is among the first provinces, and a 临时 filing to 海南省琼海市 is made by touch and named everywhere', async ({ page }) => {
  // Three full elder-bar checks (axe twice each) on long lists, a whole filing and the cancel.
  test.setTimeout(120_000);
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'remote-care');
  await choose(page, '临时去外地看病');
  await choose(page, '其他临时去外地看病');

  // The province step: the common destinations first, under their own heading, 海南 on the first screen.
  await expect(page.getByRole('heading', { name: '要去哪个省？' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '常去的地方' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '其他省份' })).toBeAttached();
  const provinces = await page.getByRole('radio').evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.textContent?.trim() ?? ''));
  expect(provinces).toHaveLength(31);
  expect(provinces.indexOf('海南省')).toBeGreaterThanOrEqual(0);
  expect(provinces.indexOf('海南省')).toBeLessThan(3);
  expect(provinces.slice(6)).not.toContain('海南省');
  await expect(page.locator('label.option').filter({ hasText: /^海南省$/ })).toBeInViewport();
  await expectElderFriendly(page);
  await choose(page, '海南省');

  // The city step: the county-level cities by name, never the 省直辖县级行政区划 placeholder.
  await expect(page.getByRole('heading', { name: '要去哪个城市？' })).toBeVisible();
  const cities = await page.getByRole('radio').evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.textContent?.trim() ?? ''));
  expect(cities).toEqual(expect.arrayContaining(['海口市', '三亚市', '琼海市', '万宁市', '文昌市', '陵水黎族自治县']));
  expect(cities.some((c) => c.includes('直辖'))).toBe(false);
  expect(await page.getByRole('radio', { name: '琼海市' }).getAttribute('value')).toBe('469002');
  await expectElderFriendly(page);
  await tapOption(page, '琼海市');
  await next(page);

  await choose(page, '今天');
  await choose(page, '个人承诺（不用交材料）');
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect(page.getByText('海南省', { exact: true })).toBeVisible();
  await expect(page.getByText('琼海市', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();

  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^YD\d{14}$/);
  await expect(page.getByText(/备案地：海南省琼海市。/)).toBeVisible();

  // 我的办件 names the place.
  await page.goto('/applications');
  const card = page.getByRole('link').filter({ hasText: `办件编号 ${number}` });
  await expect(card.getByTestId('application-place')).toHaveText('备案地：海南省琼海市');
  await expect(card).toContainText('琼海');
  await expectElderFriendly(page);

  // The 办结 SMS names it too.
  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.template === 'completed' && m.body.includes(number));
  expect(sms?.body).toContain('备案地：海南省琼海市。');

  // The filing in force is headed with its place; cancelled again for the next tests.
  await page.goto('/services/remote-care');
  const filing = page.getByTestId('active-filing');
  await expect(filing.getByRole('heading', { name: '海南省琼海市' })).toBeVisible();
  await filing.getByRole('link', { name: '取消备案' }).click();
  await expect(page.getByText('取消后，在海南省琼海市看病不能直接结算')).toBeVisible();
  await page.getByRole('button', { name: '确定取消' }).click();
  await expect(page.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
});
