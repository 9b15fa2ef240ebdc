import { expect, type Page } from '@playwright/test';
import { STRAY_TAP_MS } from '../../lib/services/stray-tap';

export const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();

/**
 * 下一步 with nothing chosen, as a person who has read the question taps it. The same tap within a
 * second of the page being shown is taken for the second tap of a double tap and ignored (STRAY_TAP_MS),
 * so this waits until that second has passed by the page's own `shown` time.
 */
export async function nextWithNothingChosen(page: Page) {
  const shown = Number(await page.locator('input[name="shown"]').first().inputValue());
  const wait = shown + STRAY_TAP_MS + 100 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await next(page);
}

/** Taps an answer tile and 下一步. */
/** Taps the option card whose words are `label` (the card is the target: its input covers it). */
export async function tapOption(page: Page, label: string | RegExp) {
  const card = page
    .locator('label.option')
    .filter({ has: page.getByText(label, { exact: typeof label === 'string' }) })
    .first();
  // Centred first: at the larger sizes a card scrolled just into view can sit under the pinned 下一步.
  await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await card.click();
}

export async function choose(page: Page, label: string | RegExp) {
  await tapOption(page, label);
  await next(page);
}

export async function startFlow(page: Page, service: string) {
  await page.goto(`/services/${service}`);
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await expect(page.getByText(/^第 1 步 \/ 共 \d+ 步$/)).toBeVisible();
}

/** A real (tiny) PNG, as a phone's camera or gallery would hand over. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Chooses a photo from the album: it uploads at once, with no other tap, and is shown. */
export async function addPhoto(page: Page, name = 'diagnosis.png') {
  const before = await page.locator('.thumbs img').count();
  await page.locator('#photo-album').setInputFiles({ name, mimeType: 'image/png', buffer: tinyPng });
  await expect(page.locator('.thumbs img')).toHaveCount(before + 1);
}

/** 异地就医备案, long-term to 北京, every answer by touch: no fill, no type, no key press. Ends on the check-answers page. */
export async function fileLongTermToBeijing(page: Page) {
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: '开始办理' }).click();
  // 共 8 步 until 承诺制 is chosen: the proof-photos step may still come.
  await expect(page.getByText('第 1 步 / 共 8 步')).toBeVisible();
  for (const label of ['在外地长期住', '退休后到外地安置生活', '北京市']) await chooseExact(page, label);
  await expect(page.getByRole('heading', { name: '要去哪个城市？' })).toBeVisible();
  for (const label of ['北京市', '昨天', '个人承诺（不用交材料）']) await chooseExact(page, label);
  await expect(page.getByRole('radio', { name: /用我的手机号/ })).toBeChecked();
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
}

async function chooseExact(page: Page, label: string) {
  await tapOption(page, label);
  await next(page);
}

/** Earlier specs may have left a filing in force: cancel it (through its confirmation page) so a new one can be made. */
export async function cancelFilingInForce(page: Page) {
  await page.goto('/services/remote-care');
  const cancel = page.getByRole('link', { name: '取消备案' });
  if ((await cancel.count()) > 0) {
    await cancel.click();
    await page.getByRole('button', { name: '确定取消' }).click();
    await expect(page.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
  }
}
