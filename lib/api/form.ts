import { isLocale, type Locale } from '../i18n/routing';
import { BODY_LIMITS, readCappedFormData, readCappedText } from './body';

/**
 * The one test of a plain form post: a form body (urlencoded or multipart) from a page, answered
 * with a redirect. A script that sends form data but asks for JSON (the photo picker) is answered
 * with JSON.
 */
export function isFormPost(req: Request): boolean {
  const type = req.headers.get('content-type') ?? '';
  const formBody = type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
  return formBody && !(req.headers.get('accept') ?? '').includes('application/json');
}

/** Reads a small urlencoded form (the no-JavaScript path) into plain strings. */
export async function readForm(req: Request): Promise<Record<string, string>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return {};
  if (!type.includes('multipart')) {
    return Object.fromEntries(new URLSearchParams(await readCappedText(req, BODY_LIMITS.form, 'body-too-large')).entries());
  }
  const data = await readCappedFormData(req, BODY_LIMITS.multipartForm, 'body-too-large').catch(() => null);
  const out: Record<string, string> = {};
  data?.forEach((value, key) => {
    if (typeof value === 'string' && value.length <= 1000) out[key] = value;
  });
  return out;
}

export function localeHome(locale: Locale): string {
  return locale === 'zh-CN' ? '/' : `/${locale}`;
}

const SAME_SITE = 'http://same-site.invalid';

/**
 * A path on this site to go back to, or `fallback`. Browsers drop tab, newline and carriage return
 * from URLs and read a backslash as a slash, so "/\t/evil.example/" or "/\\evil.example" would leave
 * the site: any control character or backslash is refused, and what is kept must resolve to this site.
 */
export function safeReturnTo(value: string | undefined, fallback: string): string {
  if (!value || value.length > 300 || !value.startsWith('/') || value.startsWith('//')) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const url = new URL(value, SAME_SITE);
  return url.origin === SAME_SITE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

export function formLocale(form: Record<string, string>, fallback: Locale): Locale {
  return isLocale(form.locale) ? form.locale : fallback;
}

export function withQuery(path: string, key: string, value: string): string {
  const [base, query = ''] = path.split('?', 2);
  const params = new URLSearchParams(query);
  params.set(key, value);
  return `${base}?${params.toString()}`;
}
