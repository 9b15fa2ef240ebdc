import { expect, test, type Page } from '@playwright/test';
import { advanceClock, DEMO, expectElderFriendly, inbox, latestCode } from './support';

async function askForCode(page: Page, phone: string) {
  await page.goto('/sign-in');
  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(/验证码已经发出/)).toBeVisible();
}

test.beforeEach(async ({ request }) => {
  // Step past the 60-second resend limit left by an earlier test on the same phone.
  await advanceClock(request, { minutes: 2 });
});

test('张桂兰 signs in with the code from the outbox, sees her name, and signs out', async ({ page }) => {
  await askForCode(page, DEMO.zhangGuilan);
  const sms = (await inbox(page.request, DEMO.zhangGuilan))[0];
  expect(sms?.sender).toBe('10639239');
  expect(sms?.tag).toBe('CHS');
  expect(sms?.body).toMatch(/^【中国医疗保障】您的登录验证码是 \d{6}/);
  await page.getByLabel('短信验证码').fill(await latestCode(page.request, DEMO.zhangGuilan));
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('张桂兰，您好')).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'yb_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '我的', exact: true }).click();
  await expect(page.getByText('138****0001')).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('您已退出登录。')).toBeVisible();
  await page.goto('/applications');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('a wrong code says how many tries are left', async ({ page }) => {
  await askForCode(page, DEMO.wangJianguo);
  const right = await latestCode(page.request, DEMO.wangJianguo);
  const wrong = right === '000000' ? '111111' : '000000';
  await page.getByLabel('短信验证码').fill(wrong);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert').getByText('验证码不对，还可以再试 4 次。')).toBeVisible();
  await expect(page.getByLabel('短信验证码')).toHaveAttribute('aria-invalid', 'true');
});

test('an expired code says it has expired and to ask for a new one', async ({ page }) => {
  await askForCode(page, DEMO.zhangWei);
  const code = await latestCode(page.request, DEMO.zhangWei);
  await advanceClock(page.request, { minutes: 6 });
  await page.getByLabel('短信验证码').fill(code);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert').getByText('验证码已过期（5 分钟内有效），请重新获取。')).toBeVisible();
});

test('five wrong tries void the code, and even the right one is then refused', async ({ page }) => {
  await askForCode(page, DEMO.liXiuying);
  const right = await latestCode(page.request, DEMO.liXiuying);
  const wrong = right === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i += 1) {
    await page.getByLabel('短信验证码').fill(wrong);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeEnabled();
  }
  await expect(page.getByRole('alert').getByText('验证码输错太多次，这个验证码已作废。请重新获取。')).toBeVisible();
  await page.getByLabel('短信验证码').fill(right);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert').getByText('验证码输错太多次，这个验证码已作废。请重新获取。')).toBeVisible();
});

test('asking again within 60 seconds is refused with the seconds to wait', async ({ page }) => {
  await askForCode(page, DEMO.zhangGuilan);
  const res = await page.request.post('/api/auth/code', { data: { phone: DEMO.zhangGuilan } });
  expect(res.status()).toBe(429);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('code-too-soon');
  expect(body.error.message).toMatch(/请 \d+ 秒后再获取/);
  await expect(page.getByRole('button', { name: /秒后可以重新获取/ })).toBeDisabled();
});

test('a phone with no account gets the same answer as a registered one, and no SMS (nobody can tell which phones are registered)', async ({ page }) => {
  const stranger = '13712345678';
  const registered = await page.request.post('/api/auth/code', { data: { phone: DEMO.liXiuying } });
  const unknown = await page.request.post('/api/auth/code', { data: { phone: stranger } });
  expect([registered.status(), unknown.status()]).toEqual([200, 200]);
  expect(await unknown.json()).toEqual(await registered.json());
  // Asked again at once, both are held back alike.
  const [again1, again2] = [
    await page.request.post('/api/auth/code', { data: { phone: DEMO.liXiuying } }),
    await page.request.post('/api/auth/code', { data: { phone: stranger } }),
  ];
  expect([again1.status(), again2.status()]).toEqual([429, 429]);
  // A wrong code answers alike too.
  const wrong = async (phone: string) => {
    const res = await page.request.post('/api/auth/session', { data: { phone, code: '000000' } });
    return { status: res.status(), code: ((await res.json()) as { error: { code: string } }).error.code };
  };
  expect(await wrong(stranger)).toEqual(await wrong(DEMO.liXiuying));
  expect(await inbox(page.request, stranger)).toEqual([]);

  // On screen: a plain sentence that does not say either way, and what to do if nothing arrives.
  await page.goto('/sign-in');
  await page.getByLabel('手机号码').fill('13712345679');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('status')).toHaveText('如果 137****5679 已登记，验证码已经发出，5 分钟内有效。');
  await expect(page.getByText(/还没收到短信？请核对号码是不是参保时登记的/)).toBeVisible();
  await expect(page.getByRole('link', { name: '拨打 12393', exact: true })).toHaveAttribute('href', 'tel:12393');
  await page.getByRole('button', { name: '换一个号码' }).click();
  await expect(page.getByLabel('手机号码')).toBeVisible();
  await expectElderFriendly(page);
});

test('a malformed phone number is explained next to the field and in the summary', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('手机号码').fill('12345');
  await page.getByRole('button', { name: '获取验证码' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: '手机号应为 11 位数字，以 1 开头。' })).toHaveAttribute('href', '#phone');
  await expect(page.locator('#phone-error')).toHaveText('手机号应为 11 位数字，以 1 开头。');
});
