// First-load JavaScript (as transferred, gzip) of our pages on the production build.
// Usage: node tests/perf/first-load-js.mjs   (builds first if needed; uses its own PGlite directory and port)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const port = process.env.BENCH_PORT ?? '3400';
const base = `http://127.0.0.1:${port}`;
const dataDir = path.resolve('tests/.artifacts/pglite-bench');
rmSync(dataDir, { recursive: true, force: true });
if (!existsSync('.next/BUILD_ID') && spawnSync('npx', ['next', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', port], { env: { ...process.env, PGLITE_DATA_DIR: dataDir }, stdio: 'ignore' });
try {
  for (let i = 0; i < 120; i++) {
    if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', baseURL: base });
  const page = await context.newPage();

  // Signed in as 张伟 with a transfer draft, so the flow step and 我的办件 render as a resident sees them.
  await page.request.post('/api/auth/code', { data: { phone: '13900000001' } });
  const sms = await (await page.request.get('/api/dev/sms?phone=13900000001')).json();
  const code = /(\d{6})/.exec(sms.messages.find((m) => m.template === 'signInCode').body)[1];
  await page.request.post('/api/auth/session', { data: { phone: '13900000001', code } });
  const started = await page.request.post('/api/flows/transfer/start', { data: {}, maxRedirects: 0 });
  const stepPath = started.headers().location ?? '/services/transfer';

  const signedIn = await context.storageState();
  const pages = { home: '/', 'flow step': stepPath, 我的办件: '/applications', 亲情账户: '/family' };
  const rows = [];
  for (const [name, url] of Object.entries(pages)) {
    // A fresh context per page: nothing cached, as on a first visit.
    const fresh = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', baseURL: base, storageState: signedIn });
    const tab = await fresh.newPage();
    const scripts = [];
    tab.on('requestfinished', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
    });
    await tab.goto(url, { waitUntil: 'networkidle' });
    await fresh.close();
    const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    rows.push({ page: name, scripts: scripts.length, 'first-load JS (KB, transferred)': (bytes / 1024).toFixed(1) });
  }
  console.table(rows);
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
