import { expect, test, type Page } from '@playwright/test';
import { addDays } from '../../lib/time/dates';
import { fakeSpeech } from './fake-speech';
import { choose, next, startFlow, tapOption, tinyPng } from './flows';
import { DEMO, expectElderFriendly, serverToday, signIn, sameOrigin } from './support';

// page.route holds a form post to show 正在保存…; a request the offline service worker (public/sw.js)
// fetches on the page's behalf would pass by the route, so these pages run without it.
test.use({ serviceWorkers: 'block' });

// 李秀英 has no 异地备案: every test walks (never submits) her 异地就医备案 draft.
const who = DEMO.liXiuying;
const PROGRESS = /^第 (\d+) 步 \/ 共 (\d+) 步$/;

async function position(page: Page): Promise<{ index: number; total: number }> {
  const text = (await page.getByText(PROGRESS).textContent()) ?? '';
  const [, index, total] = PROGRESS.exec(text.trim()) ?? [];
  return { index: Number(index), total: Number(total) };
}

/** From 开始办理 to 从哪天开始？ (临时, 转诊, 北京), recording 共 M 步 on each page. */
async function toStartDate(page: Page, totals: number[] = []) {
  await startFlow(page, 'remote-care');
  for (const [label, heading] of [
    ['临时去外地看病', '具体是哪一种？'],
    ['本地医院转诊到外地', '要去哪个省？'],
    ['北京市', '要去哪个城市？'],
    ['北京市', '从哪天开始？'],
  ] as const) {
    totals.push((await position(page)).total);
    await choose(page, label);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  totals.push((await position(page)).total);
}

test('a photo uploads the moment it is chosen, with its progress; a refusal is said beside it; 下一步 goes on', async ({ page }) => {
  await signIn(page, who);
  await toStartDate(page);
  await choose(page, '今天');
  await choose(page, '上传证明材料');
  await expect(page.getByRole('heading', { name: '请上传证明材料的照片' })).toBeVisible();
  await expect(page.getByText('拍照', { exact: true })).toBeVisible();
  await expect(page.getByText('从相册选', { exact: true })).toBeVisible();
  await expect(page.locator('#photo-camera')).toHaveAttribute('capture', 'environment');
  await expect(page.getByRole('button', { name: '上传这张照片' })).toHaveCount(0);
  await expectElderFriendly(page);

  // Hold the upload's answer back a moment, so the progress can be seen.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/flows/remote-care/photos/proofPhotos', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#photo-album').setInputFiles({ name: 'referral.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(page.getByRole('status').filter({ hasText: /正在上传… \d+%/ })).toBeVisible();
  release();
  await expect(page.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
  await expect(page.getByText('照片已上传')).toBeVisible();
  await expect(page.getByRole('heading', { name: '已添加 1 张照片' })).toBeVisible();
  await page.unroute('**/api/flows/remote-care/photos/proofPhotos');
  await expectElderFriendly(page);

  // Not a photo: refused in plain Chinese next to the field, nothing added.
  await page.locator('#photo-camera').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo, just some words') });
  await expect(page.getByRole('alert').filter({ hasText: '只能上传照片' })).toBeVisible();
  await expect(page.locator('.thumbs img')).toHaveCount(1);

  await next(page);
  await expect(page.getByRole('heading', { name: '办理结果发到哪个手机号？' })).toBeVisible();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  // The photo is in the draft: back on the photo step it is still there.
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
});

test('without JavaScript: a file field and 上传这张照片; a photo chosen but not uploaded still goes with 下一步', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    extraHTTPHeaders: sameOrigin(baseURL),
    baseURL,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await signIn(page, who);
  await toStartDate(page);
  await choose(page, '今天');
  await choose(page, '上传证明材料');
  await expect(page.getByRole('button', { name: '上传这张照片' })).toBeVisible();
  await page.locator('#photo').setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: tinyPng });
  await page.getByRole('button', { name: '上传这张照片' }).click();
  await expect(page.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
  // The second one is chosen, and 下一步 pressed straight away.
  await page.locator('#photo').setInputFiles({ name: 'b.png', mimeType: 'image/png', buffer: tinyPng });
  await next(page);
  await expect(page.getByRole('heading', { name: '办理结果发到哪个手机号？' })).toBeVisible();
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '已添加 2 张照片' })).toBeVisible();
  await expect(page.getByRole('img', { name: '第 2 张照片' })).toBeVisible();
  await context.close();
});

test('a day picked in the calendar is the answer: no need to tick 其他日期 first', async ({ page }) => {
  await signIn(page, who);
  await toStartDate(page);
  const day = addDays(await serverToday(page.request), 10);
  await expect(page.getByRole('radio', { name: '其他日期' })).not.toBeChecked();
  await page.locator('#other').fill(day);
  await expect(page.getByRole('radio', { name: '其他日期' })).toBeChecked();
  await next(page);
  await expect(page.getByRole('heading', { name: '用哪种方式证明？' })).toBeVisible();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page.locator('#other')).toHaveValue(day);
  await expect(page.getByRole('radio', { name: '其他日期' })).toBeChecked();

  // Tapping 今天 afterwards empties the calendar: one answer on the page.
  await tapOption(page, '今天');
  await expect(page.locator('#other')).toHaveValue('');

  // The server reads it the same way for a page without JavaScript: a picked day with no choice.
  const res = await page.request.post('/api/flows/remote-care/steps/startDate', { form: { locale: 'zh-CN', other: addDays(day, 1) }, maxRedirects: 0 });
  expect(res.status()).toBe(303);
  expect(res.headers().location).toMatch(/\/services\/remote-care\/commitment\?saved=startDate$/);
});

test('明天 and 后天 are offered where the dates allow them, on the page and to the voice', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, who);
  await toStartDate(page);
  const today = await serverToday(page.request);
  const [, m, d] = addDays(today, 1).split('-').map(Number);
  const tomorrow = page.locator('label.option').filter({ hasText: '明天' });
  await expect(tomorrow).toContainText(`${m}月${d}日`);
  await expect(page.locator('label.option').filter({ hasText: '后天' })).toBeVisible();
  await expect(page.locator('label.option').filter({ hasText: '昨天' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('spoken') ?? '[]') as string[])).toContain('第2个，明天。');
  await expectElderFriendly(page);
  await choose(page, '明天');
  await expect(page.getByRole('heading', { name: '用哪种方式证明？' })).toBeVisible();
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page.getByRole('radio', { name: /明天/ })).toBeChecked();
});

test('a double tap on 下一步 moves one step, and the next page shows no 请选一项', async ({ page }) => {
  await signIn(page, who);
  await startFlow(page, 'remote-care');
  await choose(page, '临时去外地看病');
  await expect(page.getByRole('heading', { name: '具体是哪一种？' })).toBeVisible();
  // The second tap landing on the next page as soon as it shows (下一步 is in the same place): that
  // page's form, posted with nothing chosen within a second of being shown, is ignored, not refused.
  const stray = await page.request.post('/api/flows/remote-care/steps/reason', { form: { locale: 'zh-CN', shown: String(Date.now()) }, maxRedirects: 0 });
  expect(stray.status()).toBe(303);
  expect(stray.headers().location).toMatch(/\/services\/remote-care\/reason$/);

  // A double tap on this page: one step on, 正在保存… in between, no error after.
  await tapOption(page, '本地医院转诊到外地');
  await page.getByRole('button', { name: '下一步' }).dblclick();
  await expect(page.getByRole('heading', { name: '要去哪个省？' })).toBeVisible();
  await page.waitForTimeout(800);
  await expect(page.getByRole('heading', { name: '要去哪个省？' })).toBeVisible();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.getByText('请选一项')).toHaveCount(0);

  // While the answer is being saved, the button says so and further taps send nothing.
  let posts = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/flows/remote-care/steps/destProvinceCode', async (route) => {
    posts += 1;
    await held;
    await route.continue();
  });
  await tapOption(page, '北京市');
  // Taps from the page itself: Playwright waits for a pending navigation before any locator.
  const seen = await page.evaluate(async () => {
    const button = () => document.querySelector<HTMLButtonElement>('.flow-actions button[type="submit"]');
    button()?.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const state = { text: button()?.textContent, disabled: button()?.getAttribute('aria-disabled') };
    button()?.click();
    button()?.click();
    return state;
  });
  expect(seen).toEqual({ text: '正在保存…', disabled: 'true' });
  await expect.poll(() => posts).toBe(1);
  await page.waitForTimeout(300);
  expect(posts).toBe(1);
  release();
  await expect(page.getByRole('heading', { name: '要去哪个城市？' })).toBeVisible();
  await page.unroute('**/api/flows/remote-care/steps/destProvinceCode');
  await page.getByRole('link', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '要去哪个省？' })).toBeVisible();

  // 下一步 with nothing chosen, once the page has been there a while, says what to do.
  const shown = Number(await page.locator('input[name="shown"]').inputValue());
  const late = await page.request.post('/api/flows/remote-care/steps/destProvinceCode', {
    form: { locale: 'zh-CN', shown: String(shown - 5000) },
    maxRedirects: 0,
  });
  expect(late.headers().location).toContain('error=choose-one');
  await page.waitForTimeout(2000);
  await page.locator('input[name="value"]:checked').evaluate((r) => ((r as HTMLInputElement).checked = false));
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('.error-summary')).toContainText('请选一项');
});

test('第 N 步 / 共 M 步: the total is the same from the first step and never grows', async ({ page }) => {
  await signIn(page, who);
  const proof: number[] = [];
  await toStartDate(page, proof);
  await choose(page, '今天');
  proof.push((await position(page)).total);
  await choose(page, '上传证明材料');
  proof.push((await position(page)).total);
  expect(await position(page)).toEqual({ index: 7, total: 8 });
  await page.locator('#photo-album').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(page.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
  await next(page);
  await expect(page.getByRole('heading', { name: '办理结果发到哪个手机号？' })).toBeVisible();
  proof.push((await position(page)).total);
  expect(proof).toEqual([8, 8, 8, 8, 8, 8, 8, 8]);

  // With 个人承诺 the photo step drops out once that is answered: the total can only shrink.
  const promise: number[] = [];
  await toStartDate(page, promise);
  await choose(page, '今天');
  promise.push((await position(page)).total);
  await choose(page, '个人承诺（不用交材料）');
  await expect(page.getByRole('heading', { name: '办理结果发到哪个手机号？' })).toBeVisible();
  promise.push((await position(page)).total);
  expect(await position(page)).toEqual({ index: 7, total: 7 });
  expect(promise).toEqual([8, 8, 8, 8, 8, 8, 7]);
});

test('我的: a text size or a speech rate is saved in place, says 已保存, and takes effect at once', async ({ page }) => {
  await fakeSpeech(page);
  await signIn(page, who);
  await page.goto('/settings');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const size = page.locator('form').filter({ has: page.getByRole('heading', { name: '字号' }) });
  await size.getByRole('button', { name: '大', exact: true }).click();
  await expect(size.getByRole('status')).toHaveText('已保存');
  await expect(page.locator('html')).toHaveClass(/\btext-large\b/);
  await expect(size.getByRole('button', { name: '大', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(size.getByRole('button', { name: '标准', exact: true })).toHaveAttribute('aria-pressed', 'false');

  const rate = page.locator('form').filter({ has: page.getByRole('heading', { name: '语速' }) });
  await rate.getByRole('button', { name: '快', exact: true }).click();
  await expect(rate.getByRole('status')).toHaveText('已保存');
  await expect.poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('spoken') ?? '[]') as string[])).toContain('现在是这个快慢。您听着合适吗？');
  expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('rates') ?? '[]') as number[])).toContain(1.2);

  // No page load happened, and the choices are remembered.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expectElderFriendly(page);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\btext-large\b/);
  await expect(rate.getByRole('button', { name: '快', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('我的 without JavaScript: the plain form still saves the text size', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    extraHTTPHeaders: sameOrigin(baseURL),
    baseURL,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto('/settings');
  await page.getByRole('button', { name: '特大', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/\btext-xlarge\b/);
  await context.close();
});
