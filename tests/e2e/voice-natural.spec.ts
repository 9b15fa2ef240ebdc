import { expect, test, type Page } from '@playwright/test';
import { addPhoto } from './flows';
import { fakeSpeech, say, spoken } from './fake-speech';
import { DEMO, signIn } from './support';

/**
 * Issue 16: 语音版 journeys answered as people talk, not with the words on screen — what they call
 * their disease, "再加一家" said another way, "离我最近的", "到青岛", "就用我这个手机号". One ask-back
 * is answered 不是 (the question comes again) and one 是. 异地就医备案's natural journey is in voice.spec.ts.
 */

async function voiceOn(page: Page, baseURL: string) {
  await fakeSpeech(page);
  await page.context().addCookies([{ name: 'yb_voice', value: 'on', url: baseURL }]);
}

/** On a service's start page, 说一说 "开始办理" begins it (a waiting draft is started again by touch). */
async function beginByVoice(page: Page, service: string) {
  await page.goto(`/services/${service}`);
  const restart = page.getByRole('button', { name: '重新开始' });
  if (await restart.isVisible()) await restart.click();
  else await say(page, '开始办理');
  await expect(page.getByText(/^第 1 步 \/ 共 \d+ 步$/)).toBeVisible();
}

/** Says the answer (and the reply to its ask-back, if any), waits for the read-back, then 下一步. */
async function answer(page: Page, question: string, words: string[], chosen: string | null) {
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await say(page, ...words);
  if (chosen) await expect.poll(() => spoken(page)).toContain(`已选：${chosen}`);
  else await expect.poll(async () => (await spoken(page)).some((s) => s.startsWith('已选：'))).toBe(true);
  const url = page.url();
  await say(page, '下一步');
  await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });
}

async function submitByVoice(page: Page, done: string) {
  await expect(page.getByRole('heading', { name: '请核对您填的内容' })).toBeVisible();
  await expect.poll(() => spoken(page)).toContain('都对的话，请说“确认提交”；要改哪一项，请点那一项的“修改”。');
  await say(page, '确认提交', '中');
  await expect(page.getByRole('heading', { name: done })).toBeVisible();
}

test('门诊慢特病 by voice: 血糖高 is asked back and refused (不是), then 老慢支 asked back and confirmed, the nearest hospital in words, her own number', async ({
  page,
  baseURL,
}) => {
  await voiceOn(page, baseURL!);
  await signIn(page, DEMO.liXiuying);
  await beginByVoice(page, 'chronic');

  const question = '您要认定哪种病？';
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await say(page, '我血糖高', '不是');
  await expect.poll(() => spoken(page)).toContain('您说的是“糖尿病”吗？请说“是”或“不是”。');
  await expect.poll(() => spoken(page)).toContain('好的，那我再问一遍。');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  // 老慢支 is COPD only with an obstructed airway: asked back, and 是 chooses it.
  await answer(page, question, ['老慢支', '是'], '慢性阻塞性肺疾病');
  await expect.poll(() => spoken(page)).toContain('您说的是“慢性阻塞性肺疾病”吗？请说“是”或“不是”。');

  // The list is nearest first: 离我最近的 is asked back by the first option's name, and 是 chooses it.
  const nearest = (await page.locator('.option').first().innerText()).split('\n')[0]!.trim();
  await answer(page, '在哪家医院看这个病？', ['离我最近的', '是'], null);
  await expect.poll(() => spoken(page)).toContain(`您说的是“${nearest}”吗？请说“是”或“不是”。`);
  await expect(page.getByRole('heading', { name: '请上传诊断证明或病历的照片' })).toBeVisible();
  await addPhoto(page);
  const url = page.url();
  await say(page, '下一步');
  await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });
  await answer(page, '办理结果发到哪个手机号？', ['就用我这个手机号'], '用我的手机号 138****0003');
  await submitByVoice(page, '已经提交');
});

test('定点医疗机构变更 by voice: 增加 is asked back and confirmed (是), then 离我最近的', async ({ page, baseURL }) => {
  await voiceOn(page, baseURL!);
  await signIn(page, DEMO.liXiuying);
  await beginByVoice(page, 'designation');

  await expect(page.getByRole('heading', { name: '您想怎么变？' })).toBeVisible();
  await say(page, '我想增加', '是');
  await expect.poll(() => spoken(page)).toContain('您说的是“再加一家”吗？请说“是”或“不是”。');
  await expect.poll(() => spoken(page)).toContain('已选：再加一家');
  const url = page.url();
  await say(page, '下一步');
  await page.waitForURL((u) => u.toString() !== url, { waitUntil: 'load' });

  await answer(page, '换成哪一家？', ['离我最近的', '是'], null);
  await answer(page, '办理结果发到哪个手机号？', ['用原来的号'], '用我的手机号 138****0003');
  await submitByVoice(page, '已经办好了');
});

test('医保关系转移 by voice: 到青岛 names the province and then the city; 第一个 for her number', async ({ page, baseURL }) => {
  await voiceOn(page, baseURL!);
  await signIn(page, DEMO.liXiuying);
  await beginByVoice(page, 'transfer');
  await answer(page, '要转到哪个省？', ['到青岛'], '山东省');
  await answer(page, '要转到哪个城市？', ['去青岛'], '青岛市');
  await answer(page, '办理进度发到哪个手机号？', ['第一个'], '用我的手机号 138****0003');
  await submitByVoice(page, '已经提交');
});
