import { expect, test } from '@playwright/test';

test('pages and API answers carry the security headers; CSP has no unsafe-eval', async ({ request }) => {
  for (const path of ['/', '/sign-in', '/api/health']) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['x-powered-by'], path).toBeUndefined();
  }
});

test('the session cookie is HttpOnly, SameSite=Lax and Path=/', async ({ request }) => {
  await request.post('/api/dev/clock', { data: { minutes: 2 } });
  await request.post('/api/auth/code', { data: { phone: '13800000002' } });
  const sms = (await (await request.get('/api/dev/sms?phone=13800000002')).json()) as { messages: { body: string }[] };
  const code = /(\d{6})/.exec(sms.messages[0]?.body ?? '')?.[1] ?? '';
  const res = await request.post('/api/auth/session', { data: { phone: '13800000002', code } });
  expect(res.status()).toBe(200);
  const cookie = res.headersArray().find((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('yb_session='))?.value ?? '';
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=lax/i);
  expect(cookie).toMatch(/Path=\//);
  // `next start` runs in production mode: the cookie is Secure (browsers accept it on localhost).
  expect(cookie).toMatch(/Secure/i);
});
