import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';

// Lighthouse 12 dropped its PWA audits; this asks Chromium directly, as those audits did, whether the
// production build can be put on the home screen (issue 18). A test's usual context is incognito, where
// Chromium never offers to install ("in-incognito"), so this one runs in a profile of its own, as a phone's browser does.
test('the app is installable: Chromium finds no installability or manifest errors, and the icons load', async ({ baseURL, browserName }) => {
  test.setTimeout(90_000);
  expect(browserName).toBe('chromium');
  const profile = mkdtempSync(path.join(tmpdir(), 'yb-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
    baseURL,
    viewport: { width: 360, height: 740 },
    locale: 'zh-CN',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /\/manifest\.webmanifest/);
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', '/icons/apple-touch-icon-180.png');
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0b3d91');
    // The offline worker (components/offline/service-worker.tsx) is registered after load: wait for it, as a phone would.
    await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);

    const cdp = await page.context().newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
      parsed?: { name?: string };
    };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const parsed = JSON.parse(manifest.data ?? '{}') as { name?: string; short_name?: string; display?: string };
    expect(parsed).toMatchObject({ name: '医保长辈版', short_name: '医保长辈版', display: 'standalone' });

    // The installability check fetches the icons first; poll briefly while it does.
    await expect
      .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors, {
        timeout: 15_000,
      })
      .toEqual([]);

    for (const [url, type] of [
      ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)/],
      ['/icons/icon-192.png', /^image\/png/],
      ['/icons/icon-512.png', /^image\/png/],
      ['/icons/maskable-512.png', /^image\/png/],
      ['/icons/apple-touch-icon-180.png', /^image\/png/],
    ] as const) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      expect(res.headers()['content-type'], url).toMatch(type);
    }
    const res = await page.request.get('/manifest.webmanifest');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
