import { expect, test } from '@playwright/test';
import { choose, next, startFlow } from './flows';
import { advanceClock, DEMO, expectElderFriendly, inbox, signIn } from './support';

test.afterAll(async ({ request }) => {
  await advanceClock(request, { reset: true });
});

test('王建国 transfers to 北京 (跨省, 15 working days); the stages arrive by SMS with their dates', async ({ page }) => {
  await signIn(page, DEMO.wangJianguo);
  await startFlow(page, 'transfer');
  await expect(page.getByText('您现在的参保地是潍坊市')).toBeVisible();
  await expectElderFriendly(page);
  await choose(page, '北京市');
  await expectElderFriendly(page);
  await choose(page, '北京市');
  await expectElderFriendly(page);
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expectElderFriendly(page);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
  await expectElderFriendly(page);
  await expect(page.getByText(/预计 \d{4}年\d{1,2}月\d{1,2}日 前办结/)).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^ZY\d{14}$/);

  // A second transfer while this one is under way is refused before the first question.
  await page.goto('/services/transfer');
  await expect(page.locator('.notice.error')).toContainText('您已经有一件医保关系转移正在办理');

  await advanceClock(page.request, { days: 30 });
  const sms = await inbox(page.request, DEMO.wangJianguo);
  const mine = sms.filter((m) => m.body.includes(number));
  expect(mine.map((m) => m.template).reverse()).toEqual(['accepted', 'stage', 'stage', 'completed']);
  expect(mine.some((m) => m.body.includes('转出地审核通过，已出具电子参保凭证'))).toBe(true);
  expect(mine.some((m) => m.body.includes('转入地已接收'))).toBe(true);

  await page.goto('/applications');
  await page.getByRole('link', { name: new RegExp(`医保关系转移接续.*${number}`) }).click();
  await expect(page.getByRole('heading', { name: '办理进度' })).toBeVisible();
  await expect(page.locator('[data-status="completed"]')).toHaveText('已办结');
  const timeline = page.locator('.timeline');
  await expect(timeline.getByText('转出地审核通过，已出具电子参保凭证')).toBeVisible();
  await expect(timeline.getByText('转入地已接收')).toBeVisible();
  await expect(timeline.locator('.when')).toHaveCount(5);
});
