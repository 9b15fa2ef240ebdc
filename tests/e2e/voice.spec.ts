import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, say, spoken } from './fake-speech';
import { lunarReading } from '@/lib/voice/lunar';
import { cancelFilingInForce } from './flows';
import { DEMO, inbox, serverToday, signIn, zhDate } from './support';

/** Answers the step by voice (several utterances: an answer, then the reply to its ask-back), then says 下一步. */
async function answer(page: Page, words: string | string[], expectChecked: string | null) {
  await say(page, ...[words].flat());
  if (expectChecked) await expect(page.getByRole('radio', { name: expectChecked })).toBeChecked();
  const url = page.url();
  await say(page, '下一步');
  await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });
}

test('语音版: 异地就医备案 completed by voice alone, every step read aloud and the answers read back', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.zhangWei);
  // 张伟 filed in an earlier test: cancel it so he can file again (a filing with no costs may be cancelled at once).
  await cancelFilingInForce(page);
  await page.goto('/services/remote-care');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();

  // Natural answers, not the words on screen: an ask-back answered 是 (the category), one answered
  // 不是 (the reason: the question is read again, then answered), a 农历 date read back with its 公历
  // date and answered 不是, positions on the date and phone steps.
  const steps: [string, string | string[], string | null][] = [
    ['您属于哪种情况？', ['医院让我转到外地去看病', '是'], '临时去外地看病 转诊到外地医院，或其他临时去外地看病'],
    ['具体是哪一种？', '转诊', '本地医院转诊到外地'],
    ['要去哪个省？', '去北京', '北京市'],
    ['要去哪个城市？', '第一个', '北京市'],
    ['从哪天开始？', '第一个', '今天'],
    ['用哪种方式证明？', '个人承诺', null],
    ['办理结果发到哪个手机号？', '第一个', null],
  ];
  for (const [question, words, checked] of steps) {
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    // The step line, the question, then the options, each its own sentence.
    const optionsAfterQuestion = async () => {
      const said = await spoken(page);
      const from = said.lastIndexOf(question);
      // 共 8 步 while the proof-photos step may still come; 共 7 once 个人承诺 is chosen.
      const total = question === '办理结果发到哪个手机号？' ? 7 : 8;
      return from > 0 && new RegExp(`^第 \\d 步，共 ${total} 步。$`).test(said[from - 1] ?? '') && said.slice(from + 1).some((s) => s.startsWith('第1个，'));
    };
    await expect.poll(optionsAfterQuestion).toBe(true);
    if (question === '您属于哪种情况？') {
      await say(page, ...[words].flat());
      await expect.poll(() => spoken(page)).toContain('您说的是“临时去外地看病”吗？请说“是”或“不是”。');
      await expect.poll(() => spoken(page)).toContain('已选：临时去外地看病');
      await expect(page.getByRole('radio', { name: checked!.split(' ')[0]! })).toBeChecked();
      const url = page.url();
      await say(page, '下一步');
      await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });
      continue;
    }
    if (question === '具体是哪一种？') {
      // 不是: nothing is chosen and the question is read again.
      await say(page, '大夫让我去的', '不是');
      await expect.poll(() => spoken(page)).toContain('您说的是“本地医院转诊到外地”吗？请说“是”或“不是”。');
      await expect.poll(() => spoken(page)).toContain('好的，那我再问一遍。');
      await expect.poll(async () => (await spoken(page)).slice((await spoken(page)).lastIndexOf('好的，那我再问一遍。')).includes(question)).toBe(true);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    }
    if (question === '从哪天开始？') {
      // 腊月初八 by the app's own 农历 conversion on the server's (demo) clock: asked back with its 公历 date; 不是 chooses nothing.
      const lunar = lunarReading('腊月初8', await serverToday(page.request));
      const readBack = new RegExp(`^农历腊月初八，就是(${lunar!.dates.map(zhDate).join('|')})，对吗？请说“是”或“不是”。$`);
      await say(page, '腊月初八', '不是');
      // Read back, then (after 不是) the question asked again.
      const askedAgainAfterReadBack = async () => {
        const said = await spoken(page);
        const at = said.findIndex((s) => readBack.test(s));
        return (
          at >= 0 && said.slice(at).includes('好的，那我再问一遍。') && said.slice(at).lastIndexOf(question) > said.slice(at).indexOf('好的，那我再问一遍。')
        );
      };
      await expect.poll(askedAgainAfterReadBack).toBe(true);
      await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    }
    await answer(page, words, checked ? checked.split(' ')[0]! : null);
  }

  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  // Sentences are spoken one after another: wait for the last one before reading the list.
  await expect.poll(() => spoken(page)).toContain('都对的话，请说“确认提交”；要改哪一项，请点那一项的“修改”。');
  const readBack = await spoken(page);
  const start = readBack.lastIndexOf('请核对您填的内容');
  expect(readBack.slice(start)).toEqual([
    '请核对您填的内容',
    '备案类型：临时去外地看病。',
    '具体情况：本地医院转诊到外地。',
    '去哪个省：北京市。',
    '去哪个城市：北京市。',
    expect.stringMatching(/^开始日期：\d{4}年\d{1,2}月\d{1,2}日。$/),
    '证明方式：个人承诺（不用交材料）。',
    '联系电话：139****0001。',
    '都对的话，请说“确认提交”；要改哪一项，请点那一项的“修改”。',
  ]);

  await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.push('确认提交', '是的'));
  await page.getByRole('button', { name: '说一说' }).click();
  await expect.poll(() => spoken(page)).toContain('确定提交吗？请说“是”。');
  await expect(page.getByRole('heading', { name: '已经办好了' })).toBeVisible();
  const sms = (await inbox(page.request, DEMO.zhangWei)).find((m) => m.template === 'completed');
  expect(sms?.body).toContain('有效期到');
});

test('when it cannot match, it says what it heard and offers the two closest', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.wangJianguo);
  await page.goto('/services/chronic');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await say(page, '高');
  await expect(page.getByRole('status').filter({ hasText: '没听懂“高”' })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).some((s) => s.startsWith('没听懂“高”。您是想选'))).toBe(true);
});

test('a service starts by voice: 开始 on its start page presses 开始办理 (or 继续办理)', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.wangJianguo);
  await page.goto('/services/transfer');
  await say(page, '吃了吗');
  await expect(page.getByRole('status').filter({ hasText: '没听懂“吃了吗”。要开始，请说“开始办理”' })).toBeVisible();
  await say(page, '开始');
  await page.waitForURL(/\/services\/transfer\/[^/?]+/);
  await expect(page.locator('legend h2, h2.question-legend').first()).toBeVisible();
});

test('speech rate 慢/中/快 is chosen in 我的 and used when reading; the speech service in use is shown', async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: '语速' })).toBeVisible();
  await expect(page.getByRole('button', { name: '慢' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: '语音服务' })).toBeVisible();
  await expect(page.locator('[data-voice-provider="native"]')).toContainText('用手机自带的声音朗读');
  await expect.poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('rates') ?? '[]') as number[])).toContain(0.8);

  await page.getByRole('button', { name: '快' }).click();
  await expect(page.getByRole('button', { name: '快' })).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => sessionStorage.removeItem('rates'));
  await page.getByRole('button', { name: '听一听' }).click();
  await expect.poll(() => page.evaluate(() => JSON.parse(sessionStorage.getItem('rates') ?? '[]') as number[])).toContain(1.2);
  const rates = await page.evaluate(() => JSON.parse(sessionStorage.getItem('rates') ?? '[]') as number[]);
  expect(new Set(rates)).toEqual(new Set([1.2]));
  await page.getByRole('button', { name: '慢' }).click();
  await expect(page.getByRole('button', { name: '慢' })).toHaveAttribute('aria-pressed', 'true');
});

test("when the phone's recognition cannot reach its service, it says so plainly and reading aloud still works", async ({ page, context, baseURL }) => {
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.wangJianguo);
  await page.goto('/services/transfer');
  await page.getByRole('button', { name: /开始办理|重新开始/ }).click();
  await say(page, '<network>');
  const plain = '用说话回答要连上语音识别服务，现在连不上。读题照常可以用，请直接点选。';
  await expect(page.getByRole('status').filter({ hasText: plain })).toBeVisible();
  await expect.poll(() => spoken(page)).toContain(plain);
  await page.evaluate(() => sessionStorage.removeItem('spoken'));
  await page.getByRole('button', { name: '听一听' }).click();
  const question = (await page.locator('legend h2').textContent())?.trim();
  expect(question).toBeTruthy();
  await expect.poll(() => spoken(page)).toContain(question);
});
