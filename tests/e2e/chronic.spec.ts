import { expect, test } from '@playwright/test';
import { addPhoto, choose, next, startFlow } from './flows';
import { DEMO, expectElderFriendly, inbox, signIn } from './support';

test('张桂兰 applies for 高血压 by touch: catalogue, nearest hospital, a photo; the monthly review date is given', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'chronic');
  await expectElderFriendly(page);
  await choose(page, '高血压');
  // Nearest first: the first tile is the closest chronic-care hospital to her district.
  const first = page.locator('.option').first();
  await expect(first).toContainText('公里');
  await expectElderFriendly(page);
  await first.click();
  await next(page);
  await expect(page.getByRole('heading', { name: '请上传诊断证明或病历的照片' })).toBeVisible();
  await addPhoto(page);
  await expect(page.getByRole('img', { name: '第 1 张照片' })).toBeVisible();
  await expectElderFriendly(page);
  await next(page);
  await expectElderFriendly(page);
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect(page.getByText('1 张照片')).toBeVisible();
  await expectElderFriendly(page);
  await page.getByRole('button', { name: '确认提交' }).click();

  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
  await expectElderFriendly(page);
  await expect(page.locator('[data-status="accepted"]')).toHaveText('已受理');
  await expect(page.getByText(/预计 \d{4}年\d{1,2}月\d{1,2}日 前办结/)).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  await page.getByRole('link', { name: '在我的办件里查看' }).click();
  await expect(page.getByText(`办件编号 ${number}`)).toBeVisible();
  const sms = (await inbox(page.request, DEMO.zhangGuilan)).find((m) => m.template === 'accepted');
  expect(sms?.body).toContain(`您的门诊慢特病待遇认定申请已受理，办件编号 ${number}`);
});

test('the catalogue search accepts pinyin initials: gxy → 高血压', async ({ page }) => {
  await signIn(page, DEMO.wangJianguo);
  await startFlow(page, 'chronic');
  await page.getByText('找不到？搜索或筛选').click();
  await page.getByRole('searchbox').fill('gxy');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page.locator('.option').first()).toContainText('高血压');
  await expect(page.getByText('正在找“gxy”')).toBeVisible();
});

test('applying again for the same disease is refused in plain Chinese', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'chronic');
  await choose(page, '高血压');
  await expect(page.locator('.error-summary')).toContainText('这个病您已经申请过了，请到“我的办件”里看办理进度。');
  await expect(page.getByText(/^第 1 步/)).toBeVisible();
});
