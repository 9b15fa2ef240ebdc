import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { advanceClock, DEMO, inbox, latestCode, requestCode, serverToday, sameOrigin } from './support';

/**
 * Every API route × who is asking → allowed or refused, over the real server.
 * (Named to run last: its expired row moves the shared demo clock 100 days, which completes
 * every review then due, and the specs before it rely on the seeded waiting ones.)
 * The owner is 李秀英. Her relatives are family accounts (not insured here), so when a link
 * no longer lets them act for her they have nothing of their own to fall back on:
 *   scoped   – active link, 代办 for 门诊慢特病, 异地就医备案 and 转移接续
 *   unscoped – active link, 查看 only
 *   revoked  – link revoked by her
 *   expired  – link past its date (3 months; the clock is moved 100 days on for that row)
 *   stranger – a family account with no link to her; resident – 张伟, insured, no link to her
 *   signedOut
 * "own" means allowed, but answered with the caller's own data, never hers.
 */
type Role = 'owner' | 'scoped' | 'unscoped' | 'revoked' | 'expired' | 'stranger' | 'resident' | 'signedOut';
type Expect = 'allow' | 'deny' | 'own';

const ROLE_PHONES: Record<Exclude<Role, 'owner' | 'resident' | 'signedOut'>, string> = {
  scoped: '13700000021',
  unscoped: '13700000022',
  revoked: '13700000023',
  expired: '13700000024',
  stranger: '13700000025',
};
const OWNER_ID = 'demo-li-xiuying';
const NAMES: Partial<Record<Role, string>> = { scoped: '刘一', unscoped: '刘二', revoked: '刘三', expired: '刘四', stranger: '陈五' };

const sessions = new Map<Role, APIRequestContext>();
const ids = { application: '', filing: '', upload: '', link: '', smsLink: '' };
const everyone = {
  owner: 'allow',
  scoped: 'allow',
  unscoped: 'allow',
  revoked: 'allow',
  expired: 'allow',
  stranger: 'allow',
  resident: 'allow',
  signedOut: 'deny',
} as const;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function newSession(baseURL: string, phone: string | null, name?: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL });
  if (!phone) return ctx;
  // A family account is opened by the first sign-in; requestCode steps the demo clock past the resend limits.
  const first = await ctx.post('/api/auth/code', { data: { phone, asFamily: true } });
  if (first.status() !== 200) await requestCode(ctx, phone);
  const res = await ctx.post('/api/auth/session', { data: { phone, code: await latestCode(ctx, phone), ...(name ? { name } : {}) } });
  expect(res.status(), `sign in ${phone}`).toBe(200);
  return ctx;
}

async function ok(res: Awaited<ReturnType<APIRequestContext['post']>>, what: string) {
  expect(res.status(), `${what}: ${await res.text()}`).toBeLessThan(300);
  return res;
}

/** A link from the owner to `phone`, made active by her act (in-app consent to the relative's request). */
async function link(owner: APIRequestContext, relative: APIRequestContext, act: string[]): Promise<string> {
  const asked = await ok(
    await relative.post('/api/family/requests', { data: { elderName: '李秀英', idNumber: '371602195809120043', relation: 'child', act } }),
    'request',
  );
  const { id } = (await asked.json()) as { id: string };
  await ok(await owner.post(`/api/family/links/${id}/confirm`, { data: {} }), 'confirm');
  await ok(await relative.post('/api/family/acting-for', { data: { elderId: OWNER_ID } }), 'act for');
  return id;
}

/** `notFoundDenies`: routes about a link answer 404 to anyone who is not one of its two sides. */
type Call = { name: string; call: (c: APIRequestContext) => Promise<{ status: number; body: string }>; expect: Record<Role, Expect>; notFoundDenies?: boolean };

const send = async (p: Promise<Awaited<ReturnType<APIRequestContext['get']>>>) => {
  const res = await p;
  return { status: res.status(), body: await res.text() };
};

const asOwner = { owner: 'allow', scoped: 'allow', revoked: 'deny', expired: 'deny', signedOut: 'deny' } as const;
const viewing = { ...asOwner, unscoped: 'allow' } as const;
const acting = { ...asOwner, unscoped: 'deny' } as const;

const calls: Call[] = [
  { name: 'GET /api/applications', call: (c) => send(c.get('/api/applications')), expect: { ...viewing, stranger: 'deny', resident: 'own' } },
  {
    name: 'GET /api/applications/:id',
    call: (c) => send(c.get(`/api/applications/${ids.application}`)),
    expect: { ...viewing, stranger: 'deny', resident: 'deny' },
  },
  {
    name: 'POST /api/flows/transfer/start',
    call: (c) => send(c.post('/api/flows/transfer/start', { data: {}, maxRedirects: 0 })),
    expect: { ...acting, stranger: 'deny', resident: 'own' },
  },
  {
    name: 'POST /api/flows/transfer/steps/:step',
    call: (c) => send(c.post('/api/flows/transfer/steps/toProvinceCode', { data: { value: '110000' } })),
    expect: { ...acting, stranger: 'deny', resident: 'own' },
  },
  {
    name: 'POST /api/flows/transfer/submit',
    call: (c) => send(c.post('/api/flows/transfer/submit', { data: { draftId: '00000000-0000-4000-8000-000000000000' } })),
    expect: { ...acting, stranger: 'deny', resident: 'own' },
  },
  {
    name: 'POST /api/flows/chronic/photos/:step',
    call: (c) =>
      send(c.post('/api/flows/chronic/photos/evidence', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: PNG } }, maxRedirects: 0 })),
    expect: { ...acting, stranger: 'deny', resident: 'own' },
  },
  {
    name: 'POST /api/uploads',
    call: (c) => send(c.post('/api/uploads', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: PNG } } })),
    expect: { ...acting, stranger: 'deny', resident: 'own' },
  },
  { name: 'GET /api/uploads/:id', call: (c) => send(c.get(`/api/uploads/${ids.upload}`)), expect: { ...viewing, stranger: 'deny', resident: 'deny' } },
  { name: 'DELETE /api/uploads/:id', call: (c) => send(c.delete(`/api/uploads/${ids.upload}`)), expect: { ...acting, stranger: 'deny', resident: 'deny' } },
  { name: 'GET /api/family/links', call: (c) => send(c.get('/api/family/links')), expect: everyone },
  {
    name: 'GET /api/family/links/:id',
    call: (c) => send(c.get(`/api/family/links/${ids.link}`)),
    expect: { owner: 'allow', scoped: 'allow', unscoped: 'deny', revoked: 'deny', expired: 'deny', stranger: 'deny', resident: 'deny', signedOut: 'deny' },
    notFoundDenies: true,
  },
  // Only an insured person adds relatives to themselves: a family account cannot, a resident adds to their own.
  {
    name: 'POST /api/family/links',
    call: (c) => send(c.post('/api/family/links', { data: { phone: '13700000029', relation: 'other', act: [] } })),
    expect: { owner: 'allow', scoped: 'deny', unscoped: 'deny', revoked: 'deny', expired: 'deny', stranger: 'deny', resident: 'own', signedOut: 'deny' },
  },
  // Staff consents are the insured person's own (issue 14.7): a relative cannot see or end them for her.
  {
    name: 'GET /api/family/staff-consents',
    call: (c) => send(c.get('/api/family/staff-consents')),
    expect: { owner: 'allow', scoped: 'deny', unscoped: 'deny', revoked: 'deny', expired: 'deny', stranger: 'deny', resident: 'own', signedOut: 'deny' },
  },
  {
    name: 'POST /api/family/staff-consents/:id/end',
    call: (c) => send(c.post('/api/family/staff-consents/1/end', { data: {} })),
    expect: { owner: 'allow', scoped: 'deny', unscoped: 'deny', revoked: 'deny', expired: 'deny', stranger: 'deny', resident: 'own', signedOut: 'deny' },
  },
  // The link in an SMS about her filing (issue 18): opens for her and anyone who may view her 办件.
  {
    name: 'GET /m/:token',
    call: async (c) => {
      const res = await c.get(`/m/${ids.smsLink}`, { maxRedirects: 0 });
      const to = res.headers().location ?? '';
      // Opened: a redirect to her 办件. Asked to sign in, or a plain page (not yours, expired): refused.
      const status = /\/applications\/[0-9a-f-]{36}$/.test(to) ? 200 : to.includes('/sign-in') ? 401 : res.status() === 200 ? 403 : res.status();
      return { status, body: to };
    },
    expect: { ...viewing, stranger: 'deny', resident: 'deny' },
  },
  {
    name: 'POST /api/remote-filings/:id/cancel',
    call: (c) => send(c.post(`/api/remote-filings/${ids.filing}/cancel`, { data: {} })),
    expect: { ...acting, stranger: 'deny', resident: 'deny' },
  },
];

/** The order rows are asked in: refusals first, so the allowed state changes (cancel, delete) come last. */
const ROLES: Role[] = ['signedOut', 'stranger', 'resident', 'unscoped', 'revoked', 'scoped', 'owner'];

/** Whether an answer is what the row expects: refused (401/403), allowed (anything else but a 5xx), or allowed with nothing of hers in it. */
function meets(expected: Expect, status: number, body: string, ownerNumbers: string[], notFoundDenies = false): boolean {
  const denied = status === 401 || status === 403 || (notFoundDenies && status === 404);
  if (expected === 'deny') return denied;
  if (denied || status >= 500) return false;
  return expected === 'allow' || !(ownerNumbers.some((n) => body.includes(n)) || body.includes(OWNER_ID));
}

test('authorisation matrix: every route × owner, proxy with and without scope, revoked, expired, stranger, signed out', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const owner = await newSession(baseURL!, DEMO.liXiuying);
  sessions.set('owner', owner);
  sessions.set('resident', await newSession(baseURL!, DEMO.zhangWei));
  sessions.set('signedOut', await newSession(baseURL!, null));
  for (const [role, phone] of Object.entries(ROLE_PHONES) as [Role, string][]) sessions.set(role, await newSession(baseURL!, phone, NAMES[role]));

  // Her things: an application (the 高血压 one she filed), a filing (filed here through the flow API), a photo.
  const mine = (await (await owner.get('/api/applications')).json()) as {
    applications: { id: string; number: string; status: string; service: string; channel: string }[];
  };
  const hypertension = mine.applications.find((a) => a.service === 'chronic' && a.channel !== 'hospital');
  expect(hypertension).toBeTruthy();
  ids.application = hypertension!.id;
  await owner.post('/api/flows/remote-care/start', { data: {}, maxRedirects: 0 });
  const today = await serverToday(owner);
  let draftId = '';
  for (const [step, value] of [
    ['category', 'temporary'],
    ['reason', 'referral'],
    ['destProvinceCode', '110000'],
    ['destCityCode', '110100'],
    ['startDate', today],
    ['commitment', 'promise'],
    ['contactPhone', DEMO.liXiuying],
  ] as const) {
    const res = await ok(await owner.post(`/api/flows/remote-care/steps/${step}`, { data: { value } }), step);
    draftId = ((await res.json()) as { draftId: string }).draftId;
  }
  await ok(await owner.post('/api/flows/remote-care/submit', { data: { draftId } }), 'submit filing');
  const filings = await owner.get('/services/remote-care');
  // 取消备案 asks first: the start page links to the confirmation page, which carries the filing's id.
  ids.filing = /\/services\/remote-care\/cancel\/([0-9a-f-]{36})/.exec(await filings.text())?.[1] ?? '';
  expect(ids.filing).not.toBe('');
  const smsAboutIt = (await inbox(owner, DEMO.liXiuying)).find((m) => /\/m\/[2-9A-Za-z]{9}$/.test(m.body));
  ids.smsLink = /\/m\/([2-9A-Za-z]{9})$/.exec(smsAboutIt?.body ?? '')?.[1] ?? '';
  expect(ids.smsLink).not.toBe('');
  const upload = await ok(await owner.post('/api/uploads', { multipart: { photo: { name: 'a.png', mimeType: 'image/png', buffer: PNG } } }), 'upload');
  ids.upload = ((await upload.json()) as { id: string }).id;
  const ownerNumbers = ((await (await owner.get('/api/applications')).json()) as { applications: { number: string }[] }).applications.map((a) => a.number);

  // Her links, made by her act; one revoked; one that will expire.
  ids.link = await link(owner, sessions.get('scoped')!, ['chronic', 'remote-care', 'transfer']);
  await link(owner, sessions.get('unscoped')!, []);
  const revokedLink = await link(owner, sessions.get('revoked')!, ['chronic', 'remote-care', 'transfer']);
  await ok(await owner.post(`/api/family/links/${revokedLink}/revoke`, { data: {} }), 'revoke');
  const expiring = sessions.get('expired')!;
  const invite = await ok(
    await owner.post('/api/family/links', {
      data: { phone: ROLE_PHONES.expired, relation: 'sibling', act: ['chronic', 'remote-care', 'transfer'], months: 3 },
    }),
    'invite',
  );
  const invited = ((await invite.json()) as { id: string }).id;
  await ok(await expiring.post(`/api/family/links/${invited}/accept`, { data: {} }), 'accept');
  await ok(await expiring.post('/api/family/acting-for', { data: { elderId: OWNER_ID } }), 'act for (expiring)');
  // The stranger cannot even choose her.
  expect((await sessions.get('stranger')!.post('/api/family/acting-for', { data: { elderId: OWNER_ID } })).status()).toBe(403);

  const mismatches: string[] = [];
  const check = async (role: Role) => {
    for (const c of calls) {
      const { status, body } = await c.call(sessions.get(role)!);
      if (!meets(c.expect[role], status, body, ownerNumbers, c.notFoundDenies))
        mismatches.push(`${c.name} as ${role}: expected ${c.expect[role]}, got ${status} ${body.slice(0, 120)}`);
    }
  };
  for (const role of ROLES) await check(role);
  // The expired row: 100 days on, the 3-month link has run out (the 1-year ones have not).
  // (A new photo first: the one above was deleted by an allowed row.)
  const again = await ok(await owner.post('/api/uploads', { multipart: { photo: { name: 'b.png', mimeType: 'image/png', buffer: PNG } } }), 'upload again');
  ids.upload = ((await again.json()) as { id: string }).id;
  await advanceClock(owner, { days: 100 });
  try {
    await check('expired');
    const stillActive = await sessions.get('unscoped')!.get('/api/applications');
    expect(stillActive.status()).toBe(200);
  } finally {
    await advanceClock(owner, { reset: true });
  }
  expect(mismatches).toEqual([]);

  // The refused attempts of a relative whose link ended are in her log for that link.
  const log = await owner.get(`/api/family/links/${revokedLink}`);
  expect(((await log.json()) as { log: { denied: boolean }[] }).log.filter((l) => l.denied).length).toBeGreaterThanOrEqual(5); // at least every by-id route
  expect((await inbox(owner, DEMO.liXiuying)).some((m) => m.template === 'familyLinked')).toBe(true);
  for (const s of sessions.values()) await s.dispose();
});
