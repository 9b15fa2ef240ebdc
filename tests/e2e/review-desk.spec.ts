import { expect, test } from '@playwright/test';
import { addPhoto, choose, next, startFlow } from './flows';
import { DEMO, signIn } from './support';

// The review desk shows, for any service, what its module says a case worker needs to decide:
// here a 慢特病 application's disease, hospital, diagnosis photo (large enough to read) and due date.
test('the 经办 review desk shows a 慢特病 application as filed: disease, hospital, the diagnosis photo, the due date and the rules checked', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.zhangWei);
  await startFlow(page, 'chronic');
  await choose(page, '糖尿病');
  const hospital = ((await page.locator('.option').first().locator('strong, .option-label').first().textContent()) ?? '').trim();
  await page.locator('.option').first().click();
  await next(page);
  await addPhoto(page);
  await next(page);
  await next(page);
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';

  const staff = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const desk = await staff.newPage();
  expect((await desk.request.post('/api/staff/session', { data: { staffNo: 'JB3001', password: 'demo-jingban-3001' } })).status()).toBe(200);
  await desk.goto('/staff/reviews');
  const card = desk.locator(`article[data-number="${number}"]`);
  await expect(card.getByRole('heading', { name: `门诊慢特病待遇认定 · ${number}` })).toBeVisible();
  await expect(card.locator('[data-answer="diseaseCode"]')).toContainText('糖尿病');
  if (hospital) await expect(card.locator('[data-answer="hospitalCode"]')).toContainText(hospital);
  await expect(card.getByTestId('review-due')).toHaveText(/预计 \d{4}年\d{1,2}月\d{1,2}日 前办结/);
  const photo = card.locator('[data-answer="evidence"] img');
  await expect(photo).toHaveCount(1);
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toBeVisible();
  // Loaded through the case worker's own route, and shown wide, not as a thumbnail.
  // It is loading="lazy": it starts loading once scrolled into view, so wait for it rather than look once.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect((await photo.boundingBox())?.width ?? 0).toBeGreaterThan(250);
  await expect(card.locator('.review-checks')).toContainText('糖尿病在职工医保门诊慢特病目录里');
  await expect(card.locator('.review-checks')).toContainText('诊断证明照片 1 张');
  // Nothing sideways at 360 px.
  expect(await desk.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  if (process.env.REVIEW_DESK_SHOT) await card.screenshot({ path: process.env.REVIEW_DESK_SHOT });

  // The photo route is the case worker's only: a resident's session gets no photo from it.
  const src = (await photo.getAttribute('src')) ?? '';
  expect((await page.request.get(src)).status()).toBe(401);
  await staff.close();
});
