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

test('pages allow only scripts with this response’s nonce: no unsafe-inline, a fresh nonce each time, and the page runs', async ({ page, request }) => {
  const scriptSrc = async (path: string) => {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    return /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  };
  const first = await scriptSrc('/');
  const second = await scriptSrc('/');
  expect(first).not.toContain('unsafe-inline');
  expect(first).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(second).not.toEqual(first);
  // The API answers with JSON or redirects only: nothing may load from its answers.
  expect((await request.get('/api/health')).headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");

  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto('/sign-in');
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()['content-security-policy'] ?? '')?.[1];
  // Next puts the nonce on its inline scripts; the form works, so nothing it needs was blocked.
  expect(await page.locator('script[nonce]').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('script')].filter((s) => !s.src && !s.nonce).length)).toBe(0);
  expect(nonce).toBeTruthy();
  await page.getByLabel('手机号码').fill('1380000');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  expect(refused).toEqual([]);
});

test('HSTS is sent when the request came over HTTPS (through the proxy), not over plain HTTP', async ({ request }) => {
  expect((await request.get('/api/health')).headers()['strict-transport-security']).toBeUndefined();
  const secure = await request.get('/api/health', { headers: { 'x-forwarded-proto': 'https' } });
  expect(secure.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/);
});

test('a state change without Origin or Sec-Fetch-Site: same-origin is refused', async ({ baseURL }) => {
  // Node's fetch, as a script would send it: no Origin, no Sec-Fetch-Site.
  const post = (headers: Record<string, string> = {}) =>
    fetch(`${baseURL}/api/auth/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ phone: '13800000002' }),
    });
  for (const res of [await post(), await post({ 'sec-fetch-site': 'cross-site' }), await post({ origin: 'https://evil.example' })]) {
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross-site');
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
