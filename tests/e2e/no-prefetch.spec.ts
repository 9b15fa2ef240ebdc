import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support';

// Every page is rendered per request, so a prefetched page is never reused by the tap that follows:
// links do not prefetch (lib/i18n/navigation.ts). Before, each view of home made 20 requests for the
// ten links in view, and a signed-in elder's phone rendered their answers for nothing.
test('home makes no prefetch requests for its links, and a tap still opens the page without a full reload', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetches.push(request.url());
  });
  await page.goto('/');
  const links = page.locator('a[href^="/"]');
  expect(await links.count()).toBeGreaterThan(3);
  // Next prefetches links in view once the page is idle: give it that time.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  expect(prefetches).toEqual([]);

  // A client-side navigation keeps the document: a marker set on window survives the tap.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.locator('a[href="/applications"]').first().click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.getByRole('heading', { name: '我的办件' }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
