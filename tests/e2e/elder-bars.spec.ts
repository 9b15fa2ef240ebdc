import { expect, test } from '@playwright/test';
import { DEMO, expectElderFriendly, signIn } from './support';

const sizes = ['standard', 'xlarge'] as const;

for (const size of sizes) {
  test.describe(`字号 ${size}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: 'yb_text', value: size, url: baseURL! }]);
    });

    test('home, sign-in, family and settings pass the bars signed out', async ({ page }) => {
      for (const path of ['/', '/sign-in', '/family', '/settings', '/services/chronic', '/services/remote-care', '/dev/sms', '/dev/jingban']) {
        await page.goto(path);
        await expectElderFriendly(page);
      }
    });

    test('我的办件, its detail and settings pass the bars signed in', async ({ page }) => {
      await signIn(page, DEMO.liXiuying);
      await page.goto('/applications');
      await expect(page.getByRole('link', { name: /门诊慢特病待遇认定/ }).first()).toBeVisible();
      await expectElderFriendly(page);
      await page
        .getByRole('link', { name: /门诊慢特病待遇认定/ })
        .first()
        .click();
      await expect(page.getByRole('heading', { name: '办理进度' })).toBeVisible();
      await expectElderFriendly(page);
      await page.goto('/settings');
      await expect(page.getByText('3716**********0043')).toBeVisible();
      await expectElderFriendly(page);
    });
  });
}

test('body text is at least 20 / 26 / 32 px for 标准 / 大 / 特大, already in the server HTML', async ({ page, context, baseURL }) => {
  for (const [size, px] of [
    ['standard', 20],
    ['large', 26],
    ['xlarge', 32],
  ] as const) {
    await context.addCookies([{ name: 'yb_text', value: size, url: baseURL! }]);
    const res = await page.request.get('/settings', { headers: { cookie: `yb_text=${size}` } });
    expect(await res.text()).toContain(`class="text-${size}"`);
    await page.goto('/settings');
    const body = await page
      .locator('main p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(body).toBeGreaterThanOrEqual(px);
  }
});

test('choosing 特大 in 我的 is remembered on this device', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('button', { name: '特大' }).click();
  await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass('text-xlarge');
  await page.goto('/settings');
  await page.getByRole('button', { name: '标准' }).click();
  await expect(page.locator('html')).toHaveClass('text-standard');
});

test('no sideways scroll at 200 % zoom (180 CSS px wide) at the largest text', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 2 });
  await context.addCookies([{ name: 'yb_text', value: 'xlarge', url: baseURL! }]);
  const page = await context.newPage();
  for (const path of ['/', '/sign-in', '/settings', '/family']) {
    await page.goto(`${baseURL}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('12393 and 请客服帮我 are in the top bar of every page; the four tabs on top-level pages, none inside a service', async ({ page }) => {
  const topLevel = ['/', '/sign-in', '/settings', '/family', '/applications'];
  for (const path of [...topLevel, '/services/remote-care', '/services/chronic']) {
    await page.goto(path);
    const bar = page.locator('.top-bar');
    await expect(bar.getByRole('link', { name: '拨打 12393 医保服务热线' })).toHaveAttribute('href', 'tel:12393');
    await expect(bar.getByRole('button', { name: '请客服帮我' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: '主菜单' });
    if (topLevel.includes(path)) {
      for (const tab of ['首页', '我的办件', '亲情账户', '我的']) await expect(nav.getByRole('link', { name: tab, exact: true })).toBeVisible();
    } else {
      await expect(nav).toHaveCount(0);
    }
  }
});

test('the 语音版 switch is on the home page and its setting is kept', async ({ page }) => {
  await page.goto('/');
  const voice = page.getByRole('switch', { name: '语音版' });
  await expect(voice).toHaveAttribute('aria-checked', 'false');
  await voice.click();
  await expect(voice).toHaveAttribute('aria-checked', 'true');
  await page.reload();
  await expect(page.getByRole('switch', { name: '语音版' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('switch', { name: '语音版' }).click();
  await expect(page.getByRole('switch', { name: '语音版' })).toHaveAttribute('aria-checked', 'false');
});

test('English is complete at /en', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical Insurance for Seniors');
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  await expectElderFriendly(page, 'en');
});
