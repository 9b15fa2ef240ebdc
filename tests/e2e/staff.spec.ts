import { expect, test, type Page } from '@playwright/test';
import { cancelFilingInForce, fileLongTermToBeijing } from './flows';
import { DEMO, expectElderFriendly, expectNoAxeViolations, inbox, sameOrigin, signIn } from './support';

/** The staff console is a desktop page: WCAG 2.2 AA (not the residents' larger bars). */
async function expectAA(page: Page) {
  await expectNoAxeViolations(page, (axe) => axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']));
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
  // Answers that depend on an earlier one are read once for each: the reasons of both kinds of filing.
  const reason = page.locator('[data-step="reason"]');
  await expect(reason.getByRole('heading', { name: '如果是“在外地长期住”：' })).toBeVisible();
  await expect(reason).toContainText('退休后到外地安置生活');
  await expect(reason.getByRole('heading', { name: '如果是“临时去外地看病”：' })).toBeVisible();
  await expect(reason).toContainText('本地医院转诊到外地');
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
  // Asked where to go in person, the agent opens the stations nearest his registered 区县 (历下区).
  await page.getByRole('link', { name: '张伟附近的医保服务站（按登记的区县）' }).click();
  await expect(page.getByTestId('stations-basis')).toHaveText('按离历下区中心从近到远排列，历下区的站点在前。');
  await expect(page.getByTestId('station').first().getByTestId('station-call')).toHaveAttribute('href', /^tel:0531/);
  // Acting for him, the call script reads his own 参保地 where it otherwise has a placeholder.
  await page.goto('/staff/script/transfer');
  await expect(page.locator('[data-step="toProvinceCode"]')).toContainText('您现在的参保地是济南市');
  await expect(page.locator('[data-step="toProvinceCode"]')).not.toContainText('〔');

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

test('at a station: the ID number from the card lets staff act for an elder without a phone; he is told at once, a long link needs a second 工号, and he can undo both', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect((await page.request.post('/api/staff/session', { data: { staffNo: 'ZD2001', password: 'demo-zhandian-2001' } })).status()).toBe(200);
  await page.goto('/staff/resident');
  await page.getByLabel('居民的手机号或身份证号').fill('370702195207080018');
  await page.getByRole('button', { name: '发验证码给居民' }).click();
  // Issue 14.7: no checkbox any more; the number read from the card must be the person's own.
  await expect(page.getByRole('heading', { name: '本人到场：核对身份证' })).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByLabel('居民身份证上的号码').fill('37010219480315002X');
  await page.getByRole('button', { name: '核对身份证，开始代办' }).click();
  await expect(page.getByRole('alert', { name: '有问题需要改正' })).toContainText('身份证号和这位居民登记的不一致');
  await expect(page.getByRole('heading', { name: '正在为 王建国 办理' })).toHaveCount(0);
  // A station desk may be a phone: the form fits 360 px without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAA(page);
  await page.getByLabel('居民身份证上的号码').fill('370702 19520708 0018');
  await page.getByRole('button', { name: '核对身份证，开始代办' }).click();
  await expect(page.getByRole('heading', { name: '正在为 王建国 办理' })).toBeVisible();
  const checked = (await inbox(page.request, DEMO.wangJianguo)).find((m) => m.template === 'staffInPersonCheck');
  expect(checked?.body).toContain('历下区甸柳庄社区医保服务站的工作人员（工号 ZD2001）');
  expect(checked?.body).toContain('在“亲情账户”里取消授权');

  // 1 年 (the default) on an ID check alone is refused; with 钱芳 (ZD2002, same station, her own password) it is made.
  const fillLink = async () => {
    await page.getByLabel('家属的手机号').fill('13700000055');
    await page.getByLabel('家属的姓名（可以不填）').fill('王小红');
    await page.getByRole('checkbox', { name: '门诊慢特病待遇认定' }).check();
  };
  await fillLink();
  await page.getByRole('button', { name: '开通' }).click();
  await expect(page.getByRole('alert', { name: '有问题需要改正' })).toContainText('要本站另一位工作人员核对');
  await fillLink();
  await page.getByLabel('第二位工作人员的工号').fill('ZD2001');
  await page.getByLabel('第二位工作人员的密码').fill('demo-zhandian-2001');
  await page.getByRole('button', { name: '开通' }).click();
  await expect(page.getByRole('alert', { name: '有问题需要改正' })).toContainText('不能是您自己');
  await fillLink();
  await page.getByLabel('第二位工作人员的工号').fill('ZD2002');
  await page.getByLabel('第二位工作人员的密码').fill('demo-zhandian-2002');
  await page.getByRole('button', { name: '开通' }).click();
  await expect(page.getByText('已开通，已发短信告诉老人和家属。')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAA(page);

  const told = (await inbox(page.request, DEMO.wangJianguo)).find((m) => m.template === 'familyLinkedByStaff');
  expect(told?.body).toContain('工号 ZD2001、ZD2002');
  expect((await inbox(page.request, '13700000055')).some((m) => m.template === 'familyLinkedRelative')).toBe(true);

  // The elder, in 亲情账户: who checked his ID and who opened the link; he ends the check, then revokes the link.
  const elder = await browser.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL, viewport: { width: 360, height: 740 } });
  const wang = await elder.newPage();
  await signIn(wang, DEMO.wangJianguo);
  await wang.goto('/family');
  await expect(wang.getByText('由历下区甸柳庄社区医保服务站（工号 ZD2001、ZD2002）开通')).toBeVisible();
  const consents = wang.getByTestId('staff-consents');
  await expect(consents.getByRole('heading', { name: '历下区甸柳庄社区医保服务站（工号 ZD2001）' }).first()).toBeVisible();
  await expect(consents.getByText('在服务站核对了您的身份证').first()).toBeVisible();
  await expectElderFriendly(wang);
  await consents.getByRole('link', { name: '取消授权' }).first().click();
  await expect(wang.getByTestId('ask-end-consent')).toContainText('确定要取消工号 ZD2001 的授权吗？');
  await wang.getByRole('button', { name: '确定取消授权' }).click();
  await expect(wang.getByRole('status')).toContainText('已取消，工号 ZD2001 不能再为您办理。');
  // …and the station no longer acts for him.
  expect((await page.request.get('/api/applications')).status()).toBe(401);
  await page.goto('/staff/resident');
  await expect(page.getByRole('heading', { name: '坐席代办 / 查询' })).toBeVisible();

  const links = (await (await wang.request.get('/api/family/links')).json()) as {
    asElder: { id: string; state: string; initiatedBy: string; madeByText: string | null }[];
  };
  const made = links.asElder.find((l) => l.initiatedBy === 'staff' && l.state === 'active');
  expect(made?.madeByText).toContain('ZD2002');
  await wang.goto(`/family/links/${made?.id}?ask=revoke`);
  await wang.getByRole('button', { name: '确定取消授权' }).click();
  await expect(wang.getByText('已取消')).toBeVisible();
  await elder.close();
});
