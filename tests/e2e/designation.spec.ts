import { expect, test } from '@playwright/test';
import { addDays, lastDayOfMonth, yearOf } from '../../lib/time/dates';
import { choose, next, startFlow } from './flows';
import { DEMO, expectElderFriendly, inbox, serverToday, signIn, zhDate } from './support';

test('张桂兰 replaces a designated facility by touch, nearest first; the change takes effect per 济南’s rule', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'designation');
  await expectElderFriendly(page);
  await page.locator('.option').filter({ hasText: /^换掉/ }).first().click();
  await next(page);
  const options = page.locator('.option');
  await expect(options.first()).toContainText('公里');
  const km = await options.locator('.option-meta').allTextContents();
  const distances = km.slice(0, 5).map((s) => Number(/约 ([\d.]+) 公里/.exec(s)?.[1]));
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  await expectElderFriendly(page);
  await page.getByText('找不到？搜索或筛选').click();
  await expectElderFriendly(page);
  await page.getByRole('link', { name: '三级医院' }).click();
  await expect(page.locator('.option-meta').first()).toContainText('三级医院');
  await options.first().click();
  await next(page);
  await expectElderFriendly(page);
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expectElderFriendly(page);
  await page.getByRole('button', { name: '确认提交' }).click();

  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  await expectElderFriendly(page);
  // 济南: a change takes effect on the 1st of next month.
  const firstOfNext = addDays(lastDayOfMonth(await serverToday(page.request)), 1);
  await expect(page.getByText(`新的定点医疗机构从 ${zhDate(firstOfNext)} 起生效。`)).toBeVisible();
  const nm = Number(firstOfNext.slice(5, 7));
  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((x) => x.template === 'completed' && x.body.includes('定点医疗机构变更'));
  expect(sms?.body).toContain(`${nm}月1日`);
});

test('a second change in the same year is refused with the date it becomes possible', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await page.goto('/services/designation');
  // Her two facilities, one now ending at the month's end, and the new one starting then.
  await expect(page.getByTestId('designation')).toHaveCount(3);
  await expect(page.getByTestId('designation').filter({ hasText: '起生效' })).toHaveCount(1);
  await expect(page.getByTestId('designation').filter({ hasText: '为止' })).toHaveCount(1);
  const y = yearOf(await serverToday(page.request));
  await expect(page.locator('.notice.error')).toHaveText(`今年已经变更过 1 次了，${y + 1}年1月1日 起才能再变更。`);
  await expect(page.getByRole('button', { name: '开始办理' })).toHaveCount(0);
  const refused = await page.request.post('/api/flows/designation/start', { form: { locale: 'zh-CN' }, maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toContain('error=designation-limit-reached');
});

test('adding a facility is offered while below the limit (王建国)', async ({ page }) => {
  await signIn(page, DEMO.wangJianguo);
  await startFlow(page, 'designation');
  await choose(page, '再加一家');
  await expect(page.getByRole('heading', { name: '换成哪一家？' })).toBeVisible();
});
