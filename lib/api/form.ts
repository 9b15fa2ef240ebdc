import { isLocale, type Locale } from '../i18n/routing';

/** A plain form submission (urlencoded or multipart), as opposed to JSON from a script. */
export function isFormPost(req: Request): boolean {
  const type = req.headers.get('content-type') ?? '';
  return type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data');
}

/** Reads a small urlencoded form (the no-JavaScript path) into plain strings. */
export async function readForm(req: Request): Promise<Record<string, string>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return {};
  const text = type.includes('multipart') ? null : await req.text();
  if (text !== null) {
    if (text.length > 4096) return {};
    return Object.fromEntries(new URLSearchParams(text).entries());
  }
  const data = await req.formData().catch(() => null);
  const out: Record<string, string> = {};
  data?.forEach((value, key) => {
    if (typeof value === 'string' && value.length <= 1000) out[key] = value;
  });
  return out;
}

export function localeHome(locale: Locale): string {
  return locale === 'zh-CN' ? '/' : `/${locale}`;
}

/** Only a path on this site, never another host: `//evil.example` and `/\evil` are refused. */
export function safeReturnTo(value: string | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value.length > 300 ? fallback : value;
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
