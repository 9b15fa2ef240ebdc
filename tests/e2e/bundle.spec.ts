import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech } from './fake-speech';
import { DEMO, signIn } from './support';

/** Strings that only the Azure Speech ponyfill and SDK carry, and that survive minification. */
const AZURE = /web-speech-cognitive-services|cognitiveservices|SpeechServiceConnection/;

function builtChunks(dir = join(process.cwd(), '.next', 'static', 'chunks')): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every script the page fetched by the time it has loaded and settled, without anyone touching it. */
async function firstLoadScripts(page: Page, path: string): Promise<{ url: string; body: string }[]> {
  const scripts: Promise<{ url: string; body: string }>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  return Promise.all(scripts);
}

test('the Azure Speech code is built as its own chunk, and no page loads it on first load (语音版 on or off)', async ({ page, context, baseURL }) => {
  const azureChunks = builtChunks().filter((file) => AZURE.test(readFileSync(file, 'utf8')));
  // The marker finds the ponyfill in this build; otherwise the check below could not fail.
  expect(azureChunks.length).toBeGreaterThan(0);

  const pages = ['/', '/en', '/sign-in', '/services/remote-care', '/services/chronic', '/services/designation', '/services/transfer', '/family'];
  for (const voice of ['off', 'on']) {
    await context.clearCookies();
    await context.addCookies([{ name: 'yb_voice', value: voice, url: baseURL! }]);
    for (const path of pages) {
      const scripts = await firstLoadScripts(page, path);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(
        scripts.filter((s) => AZURE.test(s.body)).map((s) => s.url),
        `${path} with 语音版 ${voice}`,
      ).toEqual([]);
    }
    await signIn(page, DEMO.zhangWei);
    for (const path of ['/applications', '/settings']) {
      const scripts = await firstLoadScripts(page, path);
      expect(
        scripts.filter((s) => AZURE.test(s.body)).map((s) => s.url),
        `${path} with 语音版 ${voice}`,
      ).toEqual([]);
    }
    await page.goto('/services/designation');
    await page
      .getByRole('button', { name: /开始办理|重新开始|继续办理/ })
      .first()
      .click();
    await expect(page.locator('.progress')).toBeVisible();
    const step = new URL(page.url()).pathname;
    const scripts = await firstLoadScripts(page, step);
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((s) => AZURE.test(s.body)).map((s) => s.url),
      `${step} with 语音版 ${voice}`,
    ).toEqual([]);
  }
});

test.describe('with Azure Speech configured', () => {
  // A second production server whose Azure key is not a real one: the token route cannot get a token.
  const port = Number(process.env.E2E_PORT ?? 3107) + 1;
  const origin = `http://127.0.0.1:${port}`;
  // The page's requests go to this server: they must carry its Origin, not the shared server's.
  test.use({ extraHTTPHeaders: { origin } });
  let server: ChildProcess | null = null;

  test.beforeAll(async () => {
    const dataDir = join(process.cwd(), 'tests', '.artifacts', 'pglite-azure');
    rmSync(dataDir, { recursive: true, force: true });
    server = spawn(join(process.cwd(), 'node_modules', '.bin', 'next'), ['start', '-p', String(port)], {
      env: {
        ...process.env,
        PGLITE_DATA_DIR: dataDir,
        DEMO_MODE: 'true',
        SMS_PROVIDER: 'outbox',
        AZURE_SPEECH_REGION: 'eastasia',
        AZURE_SPEECH_KEY: 'not-a-real-key',
      },
      stdio: 'ignore',
    });
    await expect.poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000, intervals: [250] }).toBe(200);
  });
  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  test('the ponyfill loads only when voice is used; when no token can be had the phone reads in its own voice', async ({ page, context }) => {
    await fakeSpeech(page);
    const tokenStatuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/voice/token')) tokenStatuses.push(r.status());
    });

    // 语音版 off: nothing of Azure is fetched, not even later.
    const quiet = await firstLoadScripts(page, `${origin}/`);
    expect(quiet.filter((s) => AZURE.test(s.body))).toEqual([]);
    expect(tokenStatuses).toEqual([]);
    await expect(page.locator('[data-voice-provider]')).toHaveCount(0);
    await page.goto(`${origin}/settings`);
    await expect(page.locator('[data-voice-provider="azure"]')).toContainText('医保语音服务');

    // 语音版 on: reading on arrival fetches the ponyfill and asks for a token.
    await context.addCookies([{ name: 'yb_voice', value: 'on', url: origin }]);
    const lazy: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') lazy.push(r.text());
    });
    await page.goto(`${origin}/`);
    await expect.poll(async () => (await Promise.all(lazy)).some((body) => AZURE.test(body))).toBe(true);
    await expect.poll(() => tokenStatuses).toEqual([424]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.length)).toBeGreaterThan(0);
  });
});

test('a page sends the browser only the words its client components read (none on home, the sign-in words on 登录)', async ({ request }) => {
  // Distinctive entries of three namespaces: an error, a sign-in line, a 我的办件 line.
  const error = '请求内容不完整，请重试。';
  const home = await (await request.get('/')).text();
  expect(home).not.toContain(error);
  const signInPage = await (await request.get('/sign-in')).text();
  expect(signInPage).toContain(error);
  // …but not the 我的办件 words (applications.empty), which only the 我的办件 pages read in the browser.
  expect(home).not.toContain('您还没有办过业务。');
  expect(signInPage).not.toContain('您还没有办过业务。');
});
