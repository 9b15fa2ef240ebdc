// First-load JavaScript as transferred (gzip): every script a fresh browser context fetches to
// show the page, with nothing cached, as on a first visit.
import { chromium } from '@playwright/test';

export async function firstLoadKb(pages: { url: string; cookie?: string }[]): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const sizes: number[] = [];
    for (const { url, cookie } of pages) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
      if (cookie) {
        const [name, value] = cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url }]);
      }
      const tab = await context.newPage();
      const scripts: Promise<number>[] = [];
      tab.on('requestfinished', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.sizes().then((s) => s.responseBodySize));
      });
      const response = await tab.goto(url, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      await context.close();
      sizes.push((await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024);
    }
    return sizes;
  } finally {
    await browser.close();
  }
}
