import { expect, test } from '@playwright/test';
import { DEMO, expectElderFriendly, signIn } from './support';

test('offline, a page that cannot load shows the app’s own offline page with 12393, and 重试 works once back online', async ({ page, context }) => {
  await page.goto('/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  // The worker keeps the offline page and what it loads, and nothing else (no API answers, no personal pages).
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('yb-')).length)).toBe(1);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('yb-'));
    const urls: string[] = [];
    for (const name of names) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    return urls;
  });
  expect(cached).toEqual(expect.arrayContaining(['/offline', '/en/offline']));
  expect(cached.filter((p) => !['/offline', '/en/offline'].includes(p) && !p.startsWith('/_next/static/'))).toEqual([]);
  expect(cached.some((p) => p.endsWith('.css'))).toBe(true);

  await context.setOffline(true);
  await page.goto('/services/remote-care');
  await expect(page.getByRole('heading', { level: 1, name: '没有连上网络' })).toBeVisible();
  await expect(page).toHaveURL(/\/services\/remote-care$/);
  await expect(page.getByRole('link', { name: /12393/ })).toHaveAttribute('href', 'tel:12393');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  await expectElderFriendly(page);

  // English pages get the English offline page.
  await page.goto('/en/services/transfer');
  await expect(page.getByRole('heading', { level: 1, name: 'No internet connection' })).toBeVisible();
  await expectElderFriendly(page, 'en');

  // Back online, 重试 loads the page that was wanted.
  await page.goto('/services/remote-care');
  await expect(page.getByRole('heading', { level: 1, name: '没有连上网络' })).toBeVisible();
  await context.setOffline(false);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '异地就医备案' })).toBeVisible();
});

test('下一步 tapped without network shows the offline page, and 重试 goes back to the question instead of sending again', async ({ page, context }) => {
  await signIn(page, DEMO.liXiuying);
  await page.goto('/services/transfer');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await expect(page.getByRole('heading', { name: '要转到哪个省？' })).toBeVisible();
  await page
    .locator('label.option')
    .filter({ hasText: /^上海市$/ })
    .click();
  await context.setOffline(true);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '没有连上网络' })).toBeVisible();
  await expect(page.getByRole('button', { name: '重试' })).toHaveAttribute('data-retry', 'back');
  await context.setOffline(false);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { name: '要转到哪个省？' })).toBeVisible();
});
