import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn, sameOrigin } from './support';

/**
 * API fuzz over the real server: random, malformed, oversized, wrongly typed and unicode input
 * to every route. Never a 5xx; every refusal is the JSON error shape; nothing is filed on refusal.
 * (The demo-only /api/dev routes and sign-out are left out: they are meant to change state.)
 */
const UUID = '0c6b8f0e-3a1d-4b7e-9f2a-5d4c3b2a1f00';
const routes: { method: 'GET' | 'POST'; path: string }[] = [
  ...[
    '/api/auth/code',
    '/api/auth/session',
    '/api/preferences',
    '/api/uploads',
    '/api/family/links',
    '/api/family/requests',
    '/api/family/acting-for',
    '/api/voice/token',
    '/api/assist/page',
  ].map((path) => ({ method: 'POST' as const, path })),
  ...['/api/staff/session', '/api/staff/assist/claim', '/api/staff/consent', '/api/staff/consent/verify', '/api/staff/family-links'].map((path) => ({
    method: 'POST' as const,
    path,
  })),
  ...['remote-care', 'chronic', 'designation', 'transfer', 'nope'].flatMap((service) => [
    { method: 'POST' as const, path: `/api/flows/${service}/start` },
    { method: 'POST' as const, path: `/api/flows/${service}/submit` },
    { method: 'POST' as const, path: `/api/flows/${service}/steps/category` },
    { method: 'POST' as const, path: `/api/flows/${service}/photos/evidence` },
  ]),
  { method: 'POST', path: `/api/remote-filings/${UUID}/cancel` },
  { method: 'POST', path: `/api/family/links/${UUID}/accept` },
  { method: 'POST', path: `/api/family/links/${UUID}/code` },
  { method: 'POST', path: `/api/staff/reviews/${UUID}` },
  { method: 'POST', path: '/api/family/staff-consents/1/end' },
  ...[
    '/api/applications',
    `/api/applications/${UUID}`,
    '/api/applications/not-a-uuid',
    `/api/uploads/${UUID}`,
    '/api/family/links',
    `/api/family/links/${UUID}`,
    '/api/family/staff-consents',
    '/api/staff/reviews',
    '/api/health',
  ].map((path) => ({ method: 'GET' as const, path })),
];

const jsonValue = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom(
      'phone',
      'code',
      'name',
      'value',
      'draftId',
      'elderId',
      'idNumber',
      'act',
      'relation',
      'months',
      'hint',
      'staffNo',
      'password',
      'textSize',
      'voice',
      'rate',
      'key',
      'decision',
      'version',
      'personId',
      'secondStaffNo',
      'secondPassword',
    ),
    fc.jsonValue(),
  ),
  fc.record({ phone: fc.string(), code: fc.string() }),
  fc.record({ value: fc.oneof(fc.integer(), fc.double(), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constant(Number.MAX_SAFE_INTEGER * 10)) }),
);
const body = fc.oneof(
  jsonValue.map((v) => ({ type: 'application/json', data: JSON.stringify(v) })),
  fc.string({ maxLength: 300 }).map((s) => ({ type: 'application/json', data: `{${s}` })),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => ({ type: 'application/x-www-form-urlencoded', data: s })),
  fc.string({ maxLength: 100 }).map((s) => ({ type: 'text/plain', data: s })),
  fc.constant({ type: 'application/json', data: JSON.stringify({ value: 'x'.repeat(200_000) }) }),
);
const query = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 50 }), { maxKeys: 3 });

async function expectSafe(res: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  const status = res.status();
  expect(status, what).toBeLessThan(500);
  if (status >= 400) {
    expect(res.headers()['content-type'] ?? '', what).toContain('application/json');
    const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof json.error?.code, what).toBe('string');
    expect(typeof json.error?.message, what).toBe('string');
  }
}

for (const signedIn of [false, true]) {
  test(`API fuzz ${signedIn ? 'signed in' : 'signed out'}: never a 5xx, always the JSON error shape, nothing filed`, async ({ page, playwright, baseURL }) => {
    test.setTimeout(240_000);
    if (signedIn) await signIn(page, DEMO.liXiuying);
    const api = signedIn ? page.request : await playwright.request.newContext({ extraHTTPHeaders: sameOrigin(baseURL), baseURL });
    const before = signedIn ? ((await (await api.get('/api/applications')).json()) as { applications: unknown[] }).applications.length : 0;
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(body, query, async (b, q) => {
          const url = `${route.path}?${new URLSearchParams(q).toString()}`;
          const res =
            route.method === 'GET'
              ? await api.get(url, { maxRedirects: 0 })
              : await api.post(url, { headers: { 'content-type': b.type }, data: b.data, maxRedirects: 0 });
          await expectSafe(res, `${route.method} ${route.path} ${b.type} ${b.data.slice(0, 80)}`);
        }),
        { numRuns: 25 },
      );
    }
    if (signedIn) {
      const after = ((await (await api.get('/api/applications')).json()) as { applications: unknown[] }).applications.length;
      expect(after).toBe(before);
    }
  });
}
