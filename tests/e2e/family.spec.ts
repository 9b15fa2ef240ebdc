import { expect, test, type Browser, type Page } from '@playwright/test';
import { fileLongTermToBeijing, tapOption } from './flows';
import { DEMO, expectElderFriendly, inbox, signIn, sameOrigin } from './support';

const ZHANG_GUILAN_ID = '37010219480315002X';

// Two people, several pages each, with axe on every new page: longer than one person's flow.
test.describe.configure({ timeout: 240_000 });

async function personPage(browser: Browser, baseURL: string | undefined, phone: string): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: sameOrigin(baseURL),
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  await signIn(page, phone);
  return page;
}

test('张伟 asks, 张桂兰 gives the code, he files for her, she is told and sees 代办, she revokes and he is refused', async ({ browser, baseURL }) => {
  const wei = await personPage(browser, baseURL, DEMO.zhangWei);
  const gui = await personPage(browser, baseURL, DEMO.zhangGuilan);

  // 张伟 asks to act for his mother: her name and 身份证号, and 代办 for 异地就医备案.
  await wei.goto('/family');
  await expectElderFriendly(wei);
  await wei.getByRole('link', { name: '申请帮家人办理' }).click();
  await expectElderFriendly(wei);
  await wei.getByLabel('老人的姓名').fill('张桂兰');
  await wei.getByLabel('老人的身份证号').fill('370102194803150021'); // one digit off: refused by the check digit
  await wei.getByRole('checkbox', { name: '异地就医备案' }).check();
  await wei.getByRole('button', { name: '发送申请' }).click();
  await expect(wei.getByRole('alert', { name: '有问题需要改正' })).toContainText('身份证号有一位不对');
  await wei.getByLabel('老人的姓名').fill('张桂兰');
  await wei.getByLabel('老人的身份证号').fill(ZHANG_GUILAN_ID);
  await wei.getByRole('checkbox', { name: '异地就医备案' }).check();
  await wei.getByRole('button', { name: '发送申请' }).click();
  await expect(wei.getByText('等老人同意')).toBeVisible();
  await expectElderFriendly(wei);

  // Nothing is active yet: acting for her is refused.
  const early = await wei.request.post('/api/family/acting-for', { data: { elderId: 'demo-zhang-guilan' } });
  expect(early.status()).toBe(403);

  // She gets the code by SMS and reads it to him; he enters it.
  const request = (await inbox(gui.request, DEMO.zhangGuilan)).find((m) => m.template === 'familyRequest');
  expect(request?.body).toContain('张伟');
  const code = /验证码 (\d{6})/.exec(request?.body ?? '')?.[1] ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await wei.getByLabel('老人收到的验证码').fill(code);
  await wei.getByRole('button', { name: '确认验证码' }).click();
  await expect(wei.getByText('已生效')).toBeVisible();
  await expect
    .poll(async () => (await inbox(gui.request, DEMO.zhangGuilan)).some((m) => m.template === 'familyLinked' && m.body.includes('儿子“张伟”')))
    .toBe(true);

  // 为张桂兰办理: the banner says whose business this is on every page.
  await wei.getByRole('button', { name: '为张桂兰办理' }).click();
  // From his side she is his mother: the link records him as her 子女.
  await expect(wei.getByRole('status').filter({ hasText: '正在为 张桂兰（母亲）办理' })).toBeVisible();
  await expectElderFriendly(wei);
  await fileLongTermToBeijing(wei);
  await expect(wei.getByText('正在为 张桂兰（母亲）办理')).toBeVisible();
  await expect(wei.getByText('138****0001')).toBeVisible(); // her phone, prefilled
  await wei.getByRole('button', { name: '确认提交' }).click();
  await expect(wei.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const number = (await wei.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^YD\d{14}$/);

  // She is told by SMS, and 我的办件 says who filed it.
  const told = (await inbox(gui.request, DEMO.zhangGuilan)).find((m) => m.template === 'proxyByRelative');
  expect(told?.body).toContain(`您的家属“张伟”（儿子）为您提交了异地就医备案申请，办件编号 ${number}`);
  await gui.goto('/applications');
  await expect(gui.getByText('由 张伟（儿子）代办')).toBeVisible();
  await expectElderFriendly(gui);

  // Her 亲情账户 shows the link and what he did; she revokes at once.
  await gui.goto('/family');
  await expect(gui.getByRole('heading', { name: '张伟（儿子）' })).toBeVisible();
  await gui.getByRole('link', { name: '查看详情' }).first().click();
  await expect(gui.getByText('张伟为您提交了申请')).toBeVisible();
  await expectElderFriendly(gui);
  // 撤销 asks first, naming whom it ends.
  await gui.getByRole('link', { name: '取消授权' }).click();
  await expect(gui.getByRole('heading', { name: '确定要取消张伟（儿子）的授权吗？' })).toBeVisible();
  await expectElderFriendly(gui);
  await gui.getByRole('button', { name: '确定取消授权' }).click();
  await expect(gui.getByText('已取消')).toBeVisible();
  await expect.poll(async () => (await inbox(wei.request, DEMO.zhangWei)).some((m) => m.template === 'familyRevoked')).toBe(true);

  // His next attempt is refused and explained; acting for her again is refused (403); the banner is gone.
  await wei.goto('/applications');
  await expect(wei.locator('.notice.error')).toContainText('老人的授权已经取消或过期');
  await expectElderFriendly(wei);
  const again = await wei.request.post('/api/family/acting-for', { data: { elderId: 'demo-zhang-guilan' } });
  expect(again.status()).toBe(403);
  await wei.goto('/');
  await expect(wei.getByText(/正在为 张桂兰/)).toHaveCount(0);
  const list = await wei.request.get('/api/applications');
  expect(((await list.json()) as { applications: { number: string }[] }).applications.map((a) => a.number)).not.toContain(number);

  // She can still manage her own filing (and leaves it cancelled for the next tests).
  await gui.goto('/services/remote-care');
  await gui.getByRole('link', { name: '取消备案' }).click();
  await gui.getByRole('button', { name: '确定取消' }).click();
  await expect(gui.getByText('备案已取消，我们已发短信告诉您。')).toBeVisible();
  await wei.context().close();
  await gui.context().close();
});

test('an elder adds a relative by phone; a new relative opens a family account, accepts, and may only look', async ({ browser, baseURL }) => {
  const li = await personPage(browser, baseURL, DEMO.liXiuying);
  await li.goto('/family/add');
  await expectElderFriendly(li);
  await li.getByLabel('家属的手机号').fill('13700000011');
  await tapOption(li, '配偶');
  await li.getByRole('button', { name: '发送邀请' }).click();
  await expect(li.getByText('邀请已发给 137****0011')).toBeVisible();
  await expect(li.getByText('等对方接受')).toBeVisible();

  // The relative is not insured: the sign-in page offers a family account, with a name.
  const context = await browser.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL, viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
  const rel = await context.newPage();
  await rel.goto('/sign-in');
  await rel.getByLabel('手机号码').fill('13700000011');
  await rel.getByRole('button', { name: '我是家属，帮老人办理' }).click();
  await rel.getByLabel('您的姓名').fill('刘志强');
  const invite = (await inbox(rel.request, '13700000011')).find((m) => m.template === 'familyInvite');
  expect(invite?.body).toContain('李秀英');
  const signInCode = /(\d{6})/.exec((await inbox(rel.request, '13700000011')).find((m) => m.template === 'signInCode')?.body ?? '')?.[1] ?? '';
  await rel.getByLabel('短信验证码').fill(signInCode);
  await rel.getByRole('button', { name: '登录' }).click();
  await expect(rel.getByText('您好，刘志强（家属）')).toBeVisible();
  await rel.goto('/family');
  await rel.getByRole('button', { name: '接受' }).click();
  await expect(rel.getByText('已生效')).toBeVisible();
  await rel.getByRole('button', { name: '为李秀英办理' }).click();

  // 查看 only: her applications, yes; starting a filing, no.
  await rel.goto('/applications');
  await expect(rel.getByText('正在为 李秀英（妻子）办理')).toBeVisible();
  await expect(rel.getByText('门诊慢特病待遇认定').first()).toBeVisible();
  await rel.goto('/services/transfer');
  await expect(rel.getByText('老人没有授权您办理这项业务')).toBeVisible();
  expect((await rel.request.post('/api/flows/transfer/start', { data: {} })).status()).toBe(403);

  // The elder sees the look and the refused attempt in her log.
  await li.reload();
  await expect(li.getByText('刘志强查看了您的办件')).toBeVisible();
  await expect(li.getByText('刘志强想做没有授权的事，已拦下')).toBeVisible();
  await li.context().close();
  await context.close();
});
