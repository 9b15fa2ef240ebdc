import { expect, test, type Browser } from '@playwright/test';
import { next, startFlow } from './flows';
import { DEMO, expectElderFriendly, expectNoAxeViolations, signIn, sameOrigin } from './support';

async function staffPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const res = await page.request.post('/api/staff/session', { data: { staffNo: 'KF1001', password: 'demo-kefu-1001' } });
  expect(res.status()).toBe(200);
  return page;
}

test('请客服帮我: the agent enters her code, follows her steps live, sends a hint she sees; she stops sharing and the view ends', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'designation');
  const question = (await page.locator('legend h2').textContent())?.trim() ?? '';
  expect(question).not.toBe('');

  await page.getByRole('button', { name: '请客服帮我' }).click();
  const code = (await page.getByTestId('assist-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await expect(page.getByText('等客服输入求助码')).toBeVisible();
  await expectElderFriendly(page);

  const agent = await staffPage(browser, baseURL);
  await agent.goto('/staff/assist');
  await agent.getByLabel('求助码').fill(code);
  await agent.getByRole('button', { name: '查看居民页面' }).click();
  await expect(agent.getByTestId('assist-question')).toHaveText(question);
  await expect(agent.getByTestId('assist-page')).toContainText('第 1 步');
  await expectNoAxeViolations(agent, (axe) => axe.withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']));
  await expect(page.getByText('客服正在看您这一页')).toBeVisible();

  // She chooses and moves on: the agent sees her choice, then her next step.
  await page.locator('.option').first().click();
  await expect(agent.getByTestId('assist-page')).toContainText('（已选）');
  await next(page);
  await expect(agent.getByTestId('assist-page')).toContainText('第 2 步');
  const second = (await page.locator('legend h2').textContent())?.trim() ?? '';
  await expect(agent.getByTestId('assist-question')).toHaveText(second);

  // The agent's hint appears on her screen.
  await agent.getByRole('button', { name: '请点下面的 下一步' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '客服提示：' })).toContainText('请点下面的 下一步');

  // The code was single use.
  const reuse = await agent.request.post('/api/staff/assist/claim', { data: { code } });
  expect(reuse.status()).toBe(404);

  await page.getByRole('button', { name: '停止共享' }).click();
  await expect(page.getByText('已停止共享')).toBeVisible();
  await expect(agent.getByTestId('assist-ended')).toBeVisible();
  await agent.context().close();
});
