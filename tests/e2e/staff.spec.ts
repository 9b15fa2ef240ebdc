import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

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
  await expectAA(page);
});

test('a resident session is not a staff session: the desk API refuses it', async ({ request }) => {
  expect((await request.get('/api/staff/reviews')).status()).toBe(401);
});
