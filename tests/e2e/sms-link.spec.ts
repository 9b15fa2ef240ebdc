import { expect, test, type Page } from '@playwright/test';
import { advanceClock, DEMO, expectElderFriendly, inbox, latestCode, signIn } from './support';

// Issue 18: "an SMS link from the outbox opens the 办件 after sign-in; an expired or foreign token gets a
// plain page with 12393, not an error."
test.beforeEach(async ({ request }) => {
  // Step past the 60-second resend limit left by an earlier test on the same phone.
  await advanceClock(request, { minutes: 2 });
});
test.afterAll(async ({ request }) => {
  await advanceClock(request, { reset: true });
});

/** Signs in on the 登录 page the link led to, as a person on their phone would. */
async function signInHere(page: Page, phone: string) {
  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(/验证码已经发出/)).toBeVisible();
  await page.getByLabel('短信验证码').fill(await latestCode(page.request, phone));
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

const hotline = (page: Page) => page.getByRole('main').getByRole('link', { name: /12393/ });

const TOKEN = /\/m\/([2-9A-Za-z]{9})$/;

/** A 办件 for 张桂兰 with an SMS about it: a hospital applies 免申即享 for her in 模拟经办. */
async function hospitalFilesForZhangGuilan(page: Page): Promise<{ number: string; token: string; body: string }> {
  await page.goto('/dev/jingban');
  const form = page.locator('section', { has: page.getByRole('heading', { name: '医院发起免申即享' }) });
  await form.getByLabel('病人').selectOption({ label: '张桂兰（居民医保，济南市）' });
  await form.getByRole('button', { name: '医院提交申请' }).click();
  const notice = page.getByRole('status').filter({ hasText: /MT\d{14}/ });
  await expect(notice).toBeVisible();
  const number = /MT\d{14}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.body.includes(number));
  expect(sms?.template).toBe('hospitalApplied');
  const token = TOKEN.exec(sms!.body)?.[1];
  expect(token, sms!.body).toBeTruthy();
  return { number, token: token!, body: sms!.body };
}

test('the link in an SMS opens that 办件 after sign-in, in one tap from the 模拟短信 inbox', async ({ page, browser }) => {
  const { number, token, body } = await hospitalFilesForZhangGuilan(page);
  expect(body).toMatch(/点开查看办件：\S+\/m\/[2-9A-Za-z]{9}$/);

  // On her phone, signed out: the link asks her to sign in, then lands on the 办件 itself.
  const phone = await browser.newContext();
  const elder = await phone.newPage();
  await elder.goto(`/m/${token}`);
  await expect(elder).toHaveURL(/\/sign-in\?next=/);
  await expectElderFriendly(elder);
  await signInHere(elder, DEMO.zhangGuilan);
  await expect(elder).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(elder.getByText(number)).toBeVisible();
  await expect(elder.getByTestId('started-for-you')).toBeVisible();
  await expectElderFriendly(elder);

  // Already signed in on that phone: the message in the inbox opens it directly.
  await elder.goto(`/dev/sms?phone=${DEMO.zhangGuilan}`);
  await elder
    .locator('article', { hasText: number })
    .getByRole('link', { name: new RegExp(`/m/${token}$`) })
    .click();
  await expect(elder).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
  await expect(elder.getByText(number)).toBeVisible();
  await phone.close();
});

test('someone else signed in gets a plain page with 12393 and a way to sign in as themselves', async ({ page }) => {
  const { token } = await hospitalFilesForZhangGuilan(page);
  await signIn(page, DEMO.wangJianguo);
  const res = await page.goto(`/m/${token}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '这不是您的办件' })).toBeVisible();
  await expect(page.getByText('请老人在“亲情账户”里同意您帮忙办')).toBeVisible();
  await expect(hotline(page)).toHaveAttribute('href', 'tel:12393');
  await expect(page.getByText(/MT\d{14}|张桂兰/)).toHaveCount(0);
  await expectElderFriendly(page);

  // 换个手机号登录: signed out, and back to the link after signing in as her.
  await page.getByRole('button', { name: '换个手机号登录' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1&next=/);
  await advanceClock(page.request, { minutes: 2 });
  await signInHere(page, DEMO.zhangGuilan);
  await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
});

test('an expired link or a mistyped one gets a plain page with 12393 and 我的办件, at 特大 too', async ({ page, context, baseURL }) => {
  const { token } = await hospitalFilesForZhangGuilan(page);
  await signIn(page, DEMO.zhangGuilan);
  await advanceClock(page.request, { days: 31 });
  await context.addCookies([{ name: 'yb_text', value: 'xlarge', url: baseURL! }]);
  const res = await page.goto(`/m/${token}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '这条短信里的链接已过期' })).toBeVisible();
  await expect(page.getByText('短信里的链接 30 天内能打开')).toBeVisible();
  await expect(hotline(page)).toHaveAttribute('href', 'tel:12393');
  await expectElderFriendly(page);
  // The way on is on the first screen, above the bottom bar.
  const mine = page.getByRole('main').getByRole('link', { name: '我的办件' });
  await expect(mine).toBeInViewport();
  await mine.click();
  await expect(page).toHaveURL(/\/applications$/);

  const mistyped = await page.goto(`/m/${token.slice(0, 8)}`);
  expect(mistyped?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '这个链接打不开' })).toBeVisible();
  await expect(hotline(page)).toBeVisible();
});
