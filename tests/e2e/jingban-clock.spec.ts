import { expect, test } from '@playwright/test';
import { advanceClock, DEMO, inbox, signIn } from './support';

test.afterAll(async ({ request }) => {
  await advanceClock(request, { reset: true });
});

test('advancing the 模拟经办 clock completes 李秀英’s monthly review: status and SMS change', async ({ page }) => {
  await signIn(page, DEMO.liXiuying);
  await page.goto('/applications');
  // Her 高血压 application (the other one, filed by her hospital, was confirmed by the 经办 already).
  const waiting = page.getByRole('link', { name: /门诊慢特病待遇认定 高血压 · .+ 已受理/ });
  const number = /MT\d{14}/.exec((await waiting.textContent()) ?? '')?.[0] ?? '';
  expect(number).not.toBe('');
  const card = page.getByRole('link', { name: new RegExp(`门诊慢特病待遇认定.*${number}`) });
  await expect(card.locator('[data-status="accepted"]')).toHaveText('已受理');
  await expect(card.getByText(/预计 \d+月\d+日 前办结/)).toBeVisible();
  const before = (await inbox(page.request, DEMO.liXiuying)).filter((m) => m.template === 'completed' && m.body.includes(number));
  expect(before).toHaveLength(0);

  await page.goto('/dev/jingban');
  await expect(page.getByText('李秀英 · 门诊慢特病待遇认定')).toBeVisible();
  // The monthly batch is at most ~5 weeks away: two 30-day jumps always pass it.
  await page.getByRole('button', { name: '往后拨 30 天' }).click();
  await expect(page.getByText(/已往后拨 \d+ 天/)).toBeVisible();
  await page.getByRole('button', { name: '往后拨 30 天' }).click();
  await expect(page.getByText('已往后拨 60 天')).toBeVisible();

  await page.goto('/applications');
  await expect(card.locator('[data-status="completed"]')).toHaveText('已办结');
  await card.click();
  await expect(page.getByRole('heading', { name: '办理结果' })).toBeVisible();
  await expect(page.getByText(/门诊费用报销 65%，这个病种每年最多报销 3000 元/)).toBeVisible();
  await expect(page.getByRole('list').getByText('开始审核')).toBeVisible();

  const sms = await inbox(page.request, DEMO.liXiuying);
  const completed = sms.find((m) => m.template === 'completed' && m.body.includes(number));
  expect(completed?.body).toMatch(/^【中国医疗保障】您的门诊慢特病待遇认定申请（办件编号 MT\d{14}）已办结。门诊慢特病待遇已生效：门诊费用报销 65%/);
  expect(sms.some((m) => m.template === 'reviewing')).toBe(true);

  await page.goto('/dev/sms?phone=13800000003');
  await expect(page.locator('article[data-template="completed"]', { hasText: number })).toContainText('已办结');
});
