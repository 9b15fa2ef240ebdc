import { expect, test, type Page } from '@playwright/test';
import { startFlow, tapOption, next } from './flows';
import { advanceClock, DEMO, expectElderFriendly, inbox, signIn } from './support';

// 免申即享, as the sources put it: the person never taps anything for the benefit (鲁医保办发〔2023〕14号).
test.afterAll(async ({ request }) => {
  await advanceClock(request, { reset: true });
});

async function fromNotice(page: Page, pattern: RegExp): Promise<string> {
  const notice = page.getByRole('status').filter({ hasText: pattern });
  await expect(notice).toBeVisible();
  return pattern.exec((await notice.textContent()) ?? '')?.[0] ?? '';
}

test('002 第12条: a hospital starts 免申即享 in 模拟经办, the 经办 confirms it, and 李秀英 gets 已认定 and the benefit SMS without tapping anything', async ({
  page,
}) => {
  await page.goto('/dev/jingban');
  const form = page.locator('section', { has: page.getByRole('heading', { name: '医院发起免申即享' }) });
  await form.getByLabel('病人').selectOption({ label: '李秀英（居民医保，滨州市）' });
  // Only the 免申即享 list of her catalogue is offered.
  await expect(form.getByLabel('病种').locator('option')).toHaveText(['恶性肿瘤', '器官移植抗排异']);
  await form.getByLabel('病种').selectOption({ label: '器官移植抗排异' });
  await form.getByRole('button', { name: '医院提交申请' }).click();
  const number = await fromNotice(page, /MT\d{14}/);
  expect(number).not.toBe('');

  // She looks: the hospital has applied, she need do nothing, 12393 if anything is wrong.
  await signIn(page, DEMO.liXiuying);
  await page.goto('/applications');
  const card = page.getByRole('link', { name: new RegExp(`门诊慢特病待遇认定 器官移植抗排异 · .*${number}`) });
  await expect(card.locator('[data-status="pending-confirmation"]')).toHaveText('医院已帮您申请');
  await card.click();
  await expect(page.getByTestId('started-for-you')).toHaveText('这是医院在您出院后帮您申请的。有不对的地方，请拨打 12393。');
  await expect(page.getByRole('button', { name: /确认/ })).toHaveCount(0);
  const timeline = page.locator('.timeline');
  await expect(timeline.locator('li:not(.future) .what')).toHaveText(['医院已帮您申请']);
  await expect(timeline.locator('li.future .what')).toHaveText(['医保经办机构确认', '已认定']);
  await expectElderFriendly(page);
  const first = (await inbox(page.request, DEMO.liXiuying)).find((m) => m.body.includes(number));
  expect(first?.template).toBe('hospitalApplied');

  // The 经办 side: the scheduler confirms it when the clock passes the day's cut-off.
  await page.goto('/dev/jingban');
  await page.getByRole('button', { name: '往后拨 1 天' }).click();
  await expect(page.getByText('已往后拨 1 天')).toBeVisible();

  await page.goto('/applications');
  await expect(card.locator('[data-status="completed"]')).toHaveText('已办结');
  await card.click();
  await expect(timeline.locator('li .what')).toHaveText(['医院已帮您申请', '医保经办机构确认', '已认定']);
  await expect(page.getByText(/门诊费用报销 65%，这个病种每年最多报销 3000 元/)).toBeVisible();
  await expectElderFriendly(page);

  const mine = (await inbox(page.request, DEMO.liXiuying)).filter((m) => m.body.includes(number));
  expect(mine.map((m) => m.template).reverse()).toEqual(['hospitalApplied', 'jingbanConfirmed', 'completed']);
  await page.goto(`/dev/sms?phone=${DEMO.liXiuying}`);
  await expect(page.locator('article[data-template="completed"]', { hasText: number })).toContainText('门诊慢特病待遇已生效');
});

test('002 第9条: 张伟 (职工) is told 省内 needs no application; registered in 青岛 via 模拟经办, his transfer starts by itself', async ({ page }) => {
  await signIn(page, DEMO.zhangWei);
  await page.goto('/services/transfer');
  await expect(page.getByText('您参加的是职工医保：在山东省内换城市参保的')).toBeVisible();
  await expect(page.getByText('缴费年限合并计算')).toBeVisible();
  await startFlow(page, 'transfer');
  await expect(page.getByText('在山东省内换城市的，不用申请，会自动转过去。')).toBeVisible();
  await tapOption(page, '山东省');
  await next(page);
  await expect(page.locator('.error-summary')).toContainText('新城市给您参保以后，医保关系会自动转过去，不用申请');
  await expect(page.getByText(/^第 1 步/)).toBeVisible();
  await expectElderFriendly(page);

  await page.goto('/dev/jingban');
  const form = page.locator('section', { has: page.getByRole('heading', { name: '在新城市参保' }) });
  // 职工 only: 居民 are not offered.
  await expect(form.getByLabel('职工').locator('option')).toHaveText(['王建国（职工医保，潍坊市）', '张伟（职工医保，济南市）']);
  await form.getByLabel('职工').selectOption({ label: '张伟（职工医保，济南市）' });
  await form.getByLabel('新的参保城市').selectOption({ label: '青岛市' });
  await form.getByRole('button', { name: '登记参保' }).click();
  const number = await fromNotice(page, /ZY\d{14}/);
  expect(number).not.toBe('');

  await page.goto('/applications');
  const card = page.getByRole('link', { name: new RegExp(`医保关系转移接续.*${number}`) });
  await expect(card.getByTestId('application-place')).toHaveText('转到：山东省青岛市');
  await expect(card.locator('[data-status="accepted"]')).toHaveText('已受理');
  await card.click();
  await expect(page.getByTestId('started-for-you')).toContainText('自动开始转的，不用申请');
  await expect(page.locator('.timeline li:not(.future) .what')).toHaveText(['在新城市参保，自动开始转移', '医保经办机构已受理']);
  await expectElderFriendly(page);
  await page.goto(`/dev/sms?phone=${DEMO.zhangWei}`);
  await expect(page.locator('article[data-template="transferAutoStarted"]', { hasText: number })).toContainText('已自动开始办理，不用申请');

  // 省内 9 working days: then it is done, and for a 职工 the years are merged.
  await advanceClock(page.request, { days: 30 });
  const done = (await inbox(page.request, DEMO.zhangWei)).find((m) => m.template === 'completed' && m.body.includes(number));
  expect(done?.body).toContain('缴费年限已合并计算');
});
