import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { IsoDate } from '../../lib/time/dates';

/**
 * The Origin our own pages send: request contexts need it to change state (lib/api/same-origin.ts).
 * (Not Sec-Fetch-Site: a browser context refuses to load anything with a Sec- header set by hand.)
 */
export function sameOrigin(baseURL: string | undefined): Record<string, string> {
  return baseURL ? { origin: new URL(baseURL).origin } : {};
}

export const DEMO = {
  zhangGuilan: '13800000001',
  wangJianguo: '13800000002',
  liXiuying: '13800000003',
  zhangWei: '13900000001',
} as const;

type Sms = { id: number; template: string; body: string; status: string; sender: string; tag: string };

export async function inbox(request: APIRequestContext, phone: string): Promise<Sms[]> {
  // A read, so safe to repeat: once, when a kept-alive socket the server has just closed is reused (ECONNRESET).
  const get = () => request.get(`/api/dev/sms?phone=${phone}`);
  const res = await get().catch(async (error: unknown) => {
    if (!String(error).includes('ECONNRESET')) throw error;
    return get();
  });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { messages: Sms[] }).messages;
}

export async function latestCode(request: APIRequestContext, phone: string): Promise<string> {
  const code = (await inbox(request, phone)).find((m) => m.template === 'signInCode');
  const digits = code ? /(\d{6})/.exec(code.body)?.[1] : undefined;
  if (!digits) throw new Error(`no sign-in code for ${phone}`);
  return digits;
}

export async function advanceClock(request: APIRequestContext, body: { days?: number; minutes?: number; reset?: boolean }) {
  const res = await request.post('/api/dev/clock', { data: body });
  expect(res.ok()).toBeTruthy();
}

/** Today on the server's shared (demo) clock, 'YYYY-MM-DD': expectations follow the app's clock, never the machine's date. */
export async function serverToday(request: APIRequestContext): Promise<IsoDate> {
  const res = await request.get('/api/dev/clock');
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { today: IsoDate }).today;
}

/** '2027年2月28日', as the pages write a date. */
export function zhDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Asks for a code through the API; a previous test's code may still block resending, so step past 60 s. */
export async function requestCode(request: APIRequestContext, phone: string): Promise<void> {
  let res = await request.post('/api/auth/code', { data: { phone } });
  // Many tests sign the same demo people in: step past the 60-second and the 10-an-hour limits.
  for (let i = 0; i < 3 && res.status() === 429; i += 1) {
    const { error } = (await res.json()) as { error: { code: string } };
    await advanceClock(request, { minutes: error.code === 'code-hourly-limit' ? 61 : 2 });
    res = await request.post('/api/auth/code', { data: { phone } });
  }
  expect(res.status()).toBe(200);
}

/** Signs the page's browser context in (cookies are shared with page.request). */
export async function signIn(page: Page, phone: string): Promise<void> {
  await requestCode(page.request, phone);
  const res = await page.request.post('/api/auth/session', { data: { phone, code: await latestCode(page.request, phone) } });
  expect(res.status()).toBe(200);
}

/**
 * axe on a page that has settled. After a tap on a link, Next swaps the content first and its
 * <title> a moment later (the old one is removed, the new one streamed in), so a single pass can
 * catch the page in between. A real violation stays, and still fails once the wait runs out.
 */
export async function expectNoAxeViolations(page: Page, configure: (axe: AxeBuilder) => AxeBuilder): Promise<void> {
  await expect(page, 'the page has a title').toHaveTitle(/\S/);
  await expect(async () => {
    const result = await configure(new AxeBuilder({ page })).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      'axe violations',
    ).toEqual([]);
  }).toPass({ intervals: [250, 500, 1000], timeout: 10_000 });
}

/**
 * The measurable bars for older users on one rendered page: axe WCAG 2.2 AA with AAA contrast,
 * no text under 20 px, no tap target under 60 × 60, one h1, the page language, no sideways scroll.
 */
export async function expectElderFriendly(page: Page, lang = 'zh-CN'): Promise<void> {
  // A rule enabled by name runs beside the tags: the AAA contrast rule is judged in this same pass.
  await expectNoAxeViolations(page, (axe) =>
    axe
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .options({ rules: { 'color-contrast-enhanced': { enabled: true } } }),
  );

  const report = await page.evaluate(() => {
    const small: string[] = [];
    const tiny: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.bottom > 0 && !el.closest('.visually-hidden');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !visible(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 20) small.push(`${size}px "${node.textContent.trim().slice(0, 20)}"`);
    }
    for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=switch], [role=button]')) {
      if (!visible(el)) continue;
      // A radio or checkbox is tapped through its label, which is the real target.
      const target = el.matches('input[type=radio], input[type=checkbox]') ? (el.closest('label') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width < 60 || r.height < 60)
        tiny.push(`${el.tagName.toLowerCase()} ${Math.round(r.width)}×${Math.round(r.height)} "${(el.textContent ?? '').trim().slice(0, 15)}"`);
    }
    return {
      small,
      tiny,
      h1: document.querySelectorAll('h1').length,
      lang: document.documentElement.lang,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  expect(report.small, 'text under 20px').toEqual([]);
  expect(report.tiny, 'tap targets under 60×60').toEqual([]);
  expect(report.h1).toBe(1);
  expect(report.lang).toBe(lang);
  expect(report.overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
}
