import { expect, test } from '@playwright/test';
import { choose, next, startFlow, tapOption } from './flows';
import { DEMO, expectElderFriendly, inbox, signIn } from './support';

// 000 / 002 第18条: progress and results by SMS — to the number the person asked for in the flow,
// with a copy to the registered phone, and the done page says which number that is.
const DAUGHTER = '13912345678';

test('张桂兰 asks for results on another number: the SMS go there (and a copy to her own), and the done page names it', async ({ page }) => {
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'transfer');
  await choose(page, '北京市');
  await choose(page, '北京市');
  await tapOption(page, '用另一个号码');
  await page.getByLabel(/另一个手机号/).fill(DAUGHTER);
  await next(page);
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await page.getByRole('button', { name: '确认提交' }).click();
  await expect(page.getByRole('heading', { name: '已经提交' })).toBeVisible();
  const number = (await page.getByTestId('reference').getAttribute('data-number')) ?? '';
  expect(number).toMatch(/^ZY\d{14}$/);
  await expect(page.getByTestId('sms-to')).toHaveText('办理进度和结果会发短信到您留的 139****5678，也抄送您登记的 138****0001。');
  await expectElderFriendly(page);

  const toDaughter = (await inbox(page.request, DAUGHTER)).filter((m) => m.body.includes(number));
  const toHer = (await inbox(page.request, DEMO.zhangGuilan)).filter((m) => m.body.includes(number));
  expect(toDaughter.map((m) => m.template)).toEqual(['accepted']);
  expect(toHer.map((m) => m.template)).toEqual(['accepted']);
  // The same words; each recipient's message ends with a link of its own (issue 18).
  const words = (body: string) => body.replace(/点开查看办件：\S+\/m\/[2-9A-Za-z]{9}$/, '');
  expect(words(toDaughter[0]!.body)).toBe(words(toHer[0]!.body));
  expect(words(toHer[0]!.body)).not.toBe(toHer[0]!.body);
  expect(toDaughter[0]!.body).not.toBe(toHer[0]!.body);
});
