import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { idCheckChar } from '../../lib/identity/id-card';
import { BUDGETS } from '../../lib/security/budgets';
import { startFlow, choose, next, tinyPng } from './flows';
import { startOwnServer } from './own-server';
import { DEMO, expectElderFriendly, signIn } from './support';

// Issue 14: the attacks, repeated against a production server with the real budgets
// (RATE_BUDGET_MULTIPLIER=1, its own fresh database), must now fail.
const port = Number(process.env.E2E_PORT ?? 3107) + 4;
const ELDER = { phone: '13800000003', name: '李秀英', id: '371602195809120043' };
let server: Awaited<ReturnType<typeof startOwnServer>>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer('abuse', port, { budgetMultiplier: '1' });
});
test.afterAll(async () => server?.stop());
// A failure shows what the server said meanwhile: CI keeps no trace to open.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && server) console.log(`own server log (last lines):\n${server.log()}`);
});

/** Each test comes from its own address (as if through a proxy that sets X-Forwarded-For). */
async function client(address: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin, 'x-forwarded-for': address } });
}

async function outbox(api: APIRequestContext, phone: string) {
  const res = await api.get(`/api/dev/sms?phone=${phone}`);
  return ((await res.json()) as { messages: { template: string; body: string }[] }).messages;
}

async function signInAs(api: APIRequestContext, phone: string, name?: string) {
  await api.post('/api/dev/clock', { data: { minutes: 2 } }); // past an earlier test's 60-second resend wait for this phone
  expect((await api.post('/api/auth/code', { data: { phone, asFamily: true } })).status()).toBe(200);
  const code = /(\d{6})/.exec((await outbox(api, phone)).find((m) => m.template === 'signInCode')?.body ?? '')?.[1];
  expect((await api.post('/api/auth/session', { data: { phone, code, ...(name ? { name } : {}) } })).status()).toBe(200);
}

test('1000 sign-in code requests at one phone, moving the shared clock past every resend wait, deliver at most the hourly SMS budget', async () => {
  const api = await client('198.51.100.1');
  const victim = '13712340001';
  let delivered = 0;
  const statuses = new Map<number, number>();
  for (let i = 0; i < 1000; i += 1) {
    // A new address for every request: the per-client budget alone would not hold; the per-phone one does.
    const res = await api.post('/api/auth/code', { data: { phone: victim, asFamily: true }, headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } });
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    if (i % 50 === 0) await api.post('/api/dev/clock', { data: { minutes: 2 } }); // the old way past the 60-second wait
  }
  delivered = (await outbox(api, victim)).filter((m) => m.template === 'signInCode').length;
  expect(delivered).toBeGreaterThan(0);
  expect(delivered).toBeLessThanOrEqual(BUDGETS.smsToPhoneHourly.points);
  expect(statuses.get(429)).toBeGreaterThan(900);
  const refused = await api.post('/api/auth/code', { data: { phone: victim, asFamily: true } });
  expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: 'rate-limited',
    message: expect.stringMatching(/分钟后再试|小时后再试/),
  });
  await api.dispose();
});

test('invite → revoke in a loop cannot flood a stranger’s phone', async () => {
  const api = await client('198.51.100.2');
  await signInAs(api, ELDER.phone);
  const stranger = '13712340002';
  for (let i = 0; i < 40; i += 1) {
    const invited = await api.post('/api/family/links', { data: { phone: stranger, relation: 'other', act: [], months: 3 } });
    if (invited.status() !== 201) continue;
    const { id } = (await invited.json()) as { id: string };
    await api.post(`/api/family/links/${id}/revoke`, { data: {} });
  }
  const toStranger = await outbox(api, stranger);
  expect(toStranger.length).toBeLessThanOrEqual(BUDGETS.smsToPhoneHourly.points);
  await api.dispose();
});

test('guessing an elder’s 身份证号 through 亲情账户 requests: past the budget even the right answer gets the same refusal', async () => {
  const api = await client('198.51.100.3');
  await signInAs(api, '13712340003', '王强');
  const ask = async (idNumber: string) => {
    const res = await api.post('/api/family/requests', { data: { elderName: ELDER.name, idNumber, relation: 'child', act: [] } });
    return { status: res.status(), code: res.status() === 201 ? 'created' : ((await res.json()) as { error: { code: string } }).error.code };
  };
  // The attack as reported: her name, birth date and county are known, the sequence digits guessed
  // (each guess a valid 身份证号). Wrong guesses, then the right one, answer alike once her budget is spent.
  const guess = (seq: string) => `${ELDER.id.slice(0, 14)}${seq}${idCheckChar(`${ELDER.id.slice(0, 14)}${seq}`)}`;
  for (const seq of ['001', '002', '003', '005', '006'].slice(0, BUDGETS.familyRequestsPerElder.points)) {
    expect(await ask(guess(seq))).toEqual({ status: 404, code: 'family-elder-not-found' });
  }
  expect(await ask(ELDER.id)).toEqual({ status: 404, code: 'family-elder-not-found' });
  expect(await outbox(api, ELDER.phone).then((m) => m.filter((x) => x.template === 'familyRequest'))).toEqual([]);
  await api.dispose();
});

test('1000 attempts to flood one elder’s phone through every path together deliver at most the hourly budget, and she can still sign in on her own phone', async () => {
  test.setTimeout(240_000);
  const victim = { phone: '13800000002', name: '王建国', id: '370702195207080018' };
  const smsTo = async (api: APIRequestContext) => (await outbox(api, victim.phone)).length;

  // Before the attack he signed in on his own phone once: that browser is now his device.
  const ownPhone = await client('198.51.100.20');
  await signInAs(ownPhone, victim.phone);
  const before = await smsTo(ownPhone);

  // The attacker has a relative's account, an elder's account (张桂兰, whose codes the attacker reads
  // here as if her phone were theirs) and a service station's staff account.
  const relative = await client('198.51.100.21');
  await signInAs(relative, '13712340021', '刘洋');
  const elder = await client('198.51.100.22');
  await signInAs(elder, '13800000001');
  const staff = await client('198.51.100.23');
  expect((await staff.post('/api/staff/session', { data: { staffNo: 'KF1001', password: 'demo-kefu-1001' } })).status()).toBe(200);
  const stranger = await client('198.51.100.24');

  const paths: Array<(i: number) => Promise<unknown>> = [
    (i) => stranger.post('/api/auth/code', { data: { phone: victim.phone, asFamily: true }, headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } }),
    async () => {
      const asked = await relative.post('/api/family/requests', { data: { elderName: victim.name, idNumber: victim.id, relation: 'child', act: [] } });
      if (asked.status() === 201) await relative.post(`/api/family/links/${((await asked.json()) as { id: string }).id}/withdraw`, { data: {} });
    },
    async () => {
      const invited = await elder.post('/api/family/links', { data: { phone: victim.phone, relation: 'other', act: [], months: 3 } });
      if (invited.status() === 201) await elder.post(`/api/family/links/${((await invited.json()) as { id: string }).id}/revoke`, { data: {} });
    },
    () => staff.post('/api/staff/consent', { data: { key: victim.phone } }),
  ];
  for (let i = 0; i < 1000; i += 1) {
    await paths[i % paths.length]!(i);
    if (i % 40 === 0) await stranger.post('/api/dev/clock', { data: { minutes: 2 } }); // past every resend wait
  }
  const delivered = (await smsTo(ownPhone)) - before;
  expect(delivered).toBeGreaterThan(0);
  expect(delivered + 1).toBeLessThanOrEqual(BUDGETS.smsToPhoneHourly.points); // + his own first code

  // A browser he never signed in on is refused like the attacker…
  const newPhone = await client('198.51.100.25');
  const refused = await newPhone.post('/api/auth/code', { data: { phone: victim.phone } });
  expect(refused.status()).toBe(429);
  // …but on his own phone a code still comes, and he signs in.
  await stranger.post('/api/dev/clock', { data: { minutes: 2 } });
  await signInAs(ownPhone, victim.phone);
  expect((await smsTo(ownPhone)) - before).toBeLessThanOrEqual(BUDGETS.smsToPhoneHourly.points + BUDGETS.smsToOwnDevice.points);
  for (const api of [ownPhone, relative, elder, staff, stranger, newPhone]) await api.dispose();
});

test('a stranger’s wrong codes never lock the code the phone’s owner asked for', async () => {
  const owner = await client('198.51.100.30');
  const stranger = await client('198.51.100.31');
  const phone = '13712340030';
  expect((await owner.post('/api/auth/code', { data: { phone, asFamily: true } })).status()).toBe(200);
  const code = /(\d{6})/.exec((await outbox(owner, phone)).find((m) => m.template === 'signInCode')?.body ?? '')?.[1];
  const wrong = code === '000000' ? '111111' : '000000';
  for (let i = 0; i < 6; i += 1) {
    const res = await stranger.post('/api/auth/session', { data: { phone, code: wrong, name: '刘洋' } });
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('code-no-code');
  }
  // Even the right code is no use to a browser that did not ask for it.
  expect((await stranger.post('/api/auth/session', { data: { phone, code, name: '刘洋' } })).status()).toBe(400);
  expect((await owner.post('/api/auth/session', { data: { phone, code, name: '刘洋' } })).status()).toBe(200);
  await owner.dispose();
  await stranger.dispose();
});

test('an upload → delete loop for one person stops at the day’s photos, and the photo step says so in plain words', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    extraHTTPHeaders: { origin: server.origin, 'x-forwarded-for': '198.51.100.4' },
  });
  const page = await context.newPage();
  await signIn(page, DEMO.zhangGuilan);
  await startFlow(page, 'chronic');
  await choose(page, '高血压');
  await page.locator('.option').first().click();
  await next(page);
  await expect(page.getByRole('heading', { name: '请上传诊断证明或病历的照片' })).toBeVisible();

  const { points } = BUDGETS.photoUploadsPerPerson;
  for (let i = 0; i < points; i += 1) {
    const res = await page.request.post('/api/uploads', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: tinyPng } } });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await page.request.delete(`/api/uploads/${id}`)).status()).toBe(204);
  }
  const over = await page.request.post('/api/uploads', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: tinyPng } } });
  expect(over.status()).toBe(429);
  expect(((await over.json()) as { error: { code: string } }).error.code).toBe('upload-daily-limit');

  // The person's own next photo on the step: refused next to the buttons, saying how many a day and when again.
  await page.locator('#photo-album').setInputFiles({ name: 'diagnosis.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(page.locator('#photo-error[role=alert]')).toHaveText(
    `今天已经上传了 ${points} 次照片，这是每天最多的次数。请明天再传。已经传好的照片都还在，不用重传。急事请拨打 12393。`,
  );
  await expect(page.locator('.thumbs img')).toHaveCount(0);
  await expectElderFriendly(page);
  await context.close();
});

test('after sign-in, a return address that leaves the site (/%09/evil.example/) lands on our own home page', async ({ browser }) => {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
    extraHTTPHeaders: { origin: server.origin, 'x-forwarded-for': '198.51.100.40' },
  });
  const page = await context.newPage();
  await page.goto('/sign-in?next=/%09/evil.example/');
  await page.getByLabel('手机号码').fill('13900000001');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByLabel('短信验证码')).toBeVisible();
  // The outbox lists newest first: the code this attempt asked for.
  const code = /(\d{6})/.exec((await outbox(page.request, '13900000001')).find((m) => m.template === 'signInCode')?.body ?? '')?.[1];
  await page.getByLabel('短信验证码').fill(code ?? '');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // Signed in, and on our own home page rather than still on the sign-in page or anywhere else.
  await expect(page.getByText('张伟，您好')).toBeVisible();
  expect(new URL(page.url()).host).toBe(new URL(server.origin).host);
  expect(new URL(page.url()).pathname).toMatch(/^\/(zh-CN\/?)?$/);
  await context.close();
});

test('an oversized body is refused with a 413 as it streams, whatever its length header says, and the server goes on', async () => {
  const api = await client('198.51.100.41');
  const huge = JSON.stringify({ phone: '13800000001', padding: 'x'.repeat(2_000_000) });
  const res = await api.post('/api/auth/code', { data: huge, headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(413);
  expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
    code: 'body-too-large',
    message: expect.stringContaining('太多'),
  });
  await signInAs(api, '13900000001'); // 张伟: an insured person, who may upload
  const photo = await api.post('/api/uploads', {
    multipart: { photo: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(8 * 1024 * 1024, 0xff) } },
  });
  expect(photo.status()).toBe(413);
  expect((await api.get('/api/health')).status()).toBe(200);
  await api.dispose();
});

test('staff lock-out: a stranger’s wrong passwords lock only the stranger’s address, and unknown 工号 answer alike', async () => {
  const stranger = await client('198.51.100.42');
  const wrong = async (staffNo: string) => {
    const res = await stranger.post('/api/staff/session', { data: { staffNo, password: 'guess-1234' } });
    return { status: res.status(), code: ((await res.json()) as { error: { code: string } }).error.code };
  };
  expect(await wrong('ZD9999')).toEqual(await wrong('ZD2001'));
  for (let i = 0; i < BUDGETS.staffFailuresPerClient.points; i += 1) await wrong('KF1001');
  expect((await wrong('KF1001')).status).toBe(429);
  // The staff member, at their own desk, signs in as usual.
  const desk = await client('198.51.100.43');
  expect((await desk.post('/api/staff/session', { data: { staffNo: 'KF1001', password: 'demo-kefu-1001' } })).status()).toBe(200);
  await stranger.dispose();
  await desk.dispose();
});

test('names that read as instructions, or hide characters, are refused before any SMS can carry them', async () => {
  const api = await client('198.51.100.44');
  expect((await api.post('/api/auth/code', { data: { phone: '13712340044', asFamily: true } })).status()).toBe(200);
  const code = /(\d{6})/.exec((await outbox(api, '13712340044')).find((m) => m.template === 'signInCode')?.body ?? '')?.[1];
  for (const name of ['请访问evil.com领补贴', '张\u200b伟', '王\u202e强', '李明2']) {
    const res = await api.post('/api/auth/session', { data: { phone: '13712340044', code, name } });
    expect(res.status(), name).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code, name).toMatch(/^name-/);
  }
  await api.dispose();
});

test('a photo step accepts only the person’s own photos made for it: another person’s upload or any UUID is refused', async () => {
  const other = await client('198.51.100.45');
  await signInAs(other, '13900000001'); // 张伟, another insured person
  const theirs = await other.post('/api/uploads', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: tinyPng } } });
  expect(theirs.status()).toBe(201);
  const theirId = ((await theirs.json()) as { id: string }).id;

  const elder = await client('198.51.100.46');
  await signInAs(elder, ELDER.phone);
  expect((await elder.post('/api/flows/chronic/start', { data: {} })).status()).toBeLessThan(300);
  for (const id of [theirId, '0f8fad5b-d9cb-469f-a165-70867728950e']) {
    const res = await elder.post('/api/flows/chronic/steps/evidence', { data: { value: [id] } });
    expect(res.status(), id).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('upload-not-found');
  }
  await other.dispose();
  await elder.dispose();
});

test('请客服帮我 codes from one address stop at the budget', async () => {
  const api = await client('198.51.100.47');
  const statuses: number[] = [];
  for (let i = 0; i < BUDGETS.assistCodesPerClient.points + 5; i += 1) statuses.push((await api.post('/api/assist', { data: {} })).status());
  expect(statuses.slice(0, BUDGETS.assistCodesPerClient.points).every((s) => s < 300)).toBe(true);
  expect(statuses.slice(BUDGETS.assistCodesPerClient.points)).toEqual([429, 429, 429, 429, 429]);
  await api.dispose();
});
