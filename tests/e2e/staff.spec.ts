import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cancelFilingInForce, fileLongTermToBeijing } from './flows';
import { DEMO, inbox, signIn, sameOrigin } from './support';

/** The staff console is a desktop page: WCAG 2.2 AA (not the residents' larger bars). */
async function expectAA(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('staff sign in with 工号 + password; the review desk and the call scripts pass axe AA', async ({ page }) => {
  await page.goto('/staff');
  await expectAA(page);
  await page.getByLabel('工号').fill('JB3001');
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert', { name: '有问题需要改正' })).toContainText('工号或密码不对');
  await page.getByLabel('工号').fill('JB3001');
  await page.getByLabel('密码').fill('demo-jingban-3001');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('周敏（JB3001，经办）')).toBeVisible();

  await page.getByRole('link', { name: '待审核的办件' }).click();
  await expect(page.getByRole('heading', { name: '待审核的办件' })).toBeVisible();
  await expectAA(page);

  // The script reads the same words as the resident's page.
  await page.goto('/staff');
  await page.getByRole('link', { name: '通话脚本：异地就医备案' }).click();
  await expect(page.getByRole('heading', { name: '您属于哪种情况？' })).toBeVisible();
  await expect(page.locator('[data-step="category"]')).toContainText('在外地长期住');
  // A hint naming the caller's own facts gets a placeholder to fill in, never a raw message key.
  await expect(page.locator('[data-step="commitment"]')).toContainText('备案后 〔月数〕 个月内回参保地看病');
  expect(await page.locator('ol').first().innerText()).not.toContain('flows.');
  await expectAA(page);
  await page.goto('/staff/script/transfer');
  await expect(page.locator('[data-step="toProvinceCode"]')).toContainText('您现在的参保地是〔他的参保地〕');
  expect(await page.locator('ol').first().innerText()).not.toContain('flows.');
});

test('a resident session is not a staff session: the desk API refuses it', async ({ request }) => {
  expect((await request.get('/api/staff/reviews')).status()).toBe(401);
});

test('坐席代办: with the code the resident reads out, the agent files for him (channel 电话办, 工号 recorded) and sees his 我的办件', async ({ page }) => {
  test.setTimeout(120_000);
  expect((await page.request.post('/api/staff/session', { data: { staffNo: 'KF1001', password: 'demo-kefu-1001' } })).status()).toBe(200);
  await page.goto('/staff/resident');
  await expectAA(page);
  await page.getByLabel('居民的手机号或身份证号').fill('370102197506010016');
  await page.getByRole('button', { name: '发验证码给居民' }).click();
  await expect(page.getByText('验证码已发到 139****0001')).toBeVisible();
  const sms = (await inbox(page.request, DEMO.zhangWei)).find((m) => m.template === 'staffConsent');
  expect(sms?.body).toContain('工号 KF1001');
  await page.getByLabel('居民念的验证码').fill('000000' === /(\d{6})/.exec(sms?.body ?? '')?.[1] ? '111111' : '000000');
  await page.getByRole('button', { name: '确认，开始代办' }).click();
  await expect(page.getByRole('alert', { name: '有问题需要改正' })).toContainText('验证码不对');
  await page.getByLabel('居民念的验证码').fill(/(\d{6})/.exec(sms?.body ?? '')?.[1] ?? '');
  await page.getByRole('button', { name: '确认，开始代办' }).click();
  await expect(page.getByRole('heading', { name: '正在为 张伟 办理' })).toBeVisible();

  // 张伟 filed in an earlier test: with his consent the agent cancels it first (no costs there, so at once).
  await cancelFilingInForce(page);
  await fileLongTermToBeijing(page);
  await expect(page.getByText('坐席代办：正在为 张伟 办理（工号 KF1001）')).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';

  const list = (await (await page.request.get('/api/applications')).json()) as { applications: { number: string; actorKind: string; channel: string }[] };
  expect(list.applications.find((a) => a.number === number)).toMatchObject({ actorKind: 'staff', channel: 'phone' });
  expect((await inbox(page.request, DEMO.zhangWei)).some((m) => m.template === 'completed' && m.body.includes(number))).toBe(true);

  await page.getByRole('button', { name: '结束代办' }).click();
  expect((await page.request.get('/api/applications')).status()).toBe(401);
});

test('at a station: an in-person ID check lets staff open a 亲情账户 link for an elder without a phone; he is told and can revoke it', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  expect((await page.request.post('/api/staff/session', { data: { staffNo: 'ZD2001', password: 'demo-zhandian-2001' } })).status()).toBe(200);
  await page.goto('/staff/resident');
  await page.getByLabel('居民的手机号或身份证号').fill('370702195207080018');
  await page.getByRole('button', { name: '发验证码给居民' }).click();
  await page.getByRole('button', { name: '本人到场，已核验身份证原件' }).click();
  await expect(page.getByRole('heading', { name: '正在为 王建国 办理' })).toBeVisible();
  await page.getByLabel('家属的手机号').fill('13700000055');
  await page.getByLabel('家属的姓名（可以不填）').fill('王小红');
  await page.getByRole('checkbox', { name: '门诊慢特病待遇认定' }).check();
  await page.getByRole('button', { name: '开通' }).click();
  await expect(page.getByText('已开通，已发短信告诉老人和家属。')).toBeVisible();
  await expectAA(page);

  const told = (await inbox(page.request, DEMO.wangJianguo)).find((m) => m.template === 'familyLinkedByStaff');
  expect(told?.body).toContain('工号 ZD2001');
  expect((await inbox(page.request, '13700000055')).some((m) => m.template === 'familyLinkedRelative')).toBe(true);

  const elder = await browser.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL });
  const wang = await elder.newPage();
  await signIn(wang, DEMO.wangJianguo);
  const links = (await (await wang.request.get('/api/family/links')).json()) as { asElder: { id: string; state: string; initiatedBy: string }[] };
  const made = links.asElder.find((l) => l.initiatedBy === 'staff');
  expect(made?.state).toBe('active');
  expect((await wang.request.post(`/api/family/links/${made?.id}/revoke`, { data: {} })).status()).toBe(200);
  await elder.close();
});
