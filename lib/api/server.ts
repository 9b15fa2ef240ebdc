import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { type z, ZodError } from 'zod';
import { translatorFor } from '../i18n/translator';
import { isFormPost } from './form';
import { localePath } from '../i18n/paths';
import { defaultLocale, isLocale, type Locale } from '../i18n/routing';
import { DomainError } from '../errors/domain-error';
import type { ApiErrorBody } from './error-shape';
import { ApiError } from './api-error';
import { BODY_LIMITS, readCappedText } from './body';
import { PlainFormPost, type FormPost } from './form-refusal';
import { redirectToPath } from './redirect';

export { ApiError };
export type { FormPost };

export const MAX_JSON_BYTES = BODY_LIMITS.json;

export function requestLocale(req: Request): Locale {
  const header = req.headers.get('x-locale');
  if (isLocale(header)) return header;
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(req.headers.get('cookie') ?? '')?.[1];
  return isLocale(cookie) ? cookie : defaultLocale;
}

type ErrorKey = Parameters<ReturnType<typeof translatorFor>>[0];

export function errorMessage(locale: Locale, code: string, params: Record<string, string | number> = {}): string {
  const t = translatorFor(locale);
  const key = `errors.${code}` as ErrorKey;
  return t.has(key) ? t(key, params) : t('errors.invalid-input');
}

export function errorResponse(locale: Locale, status: number, code: string, params: Record<string, string | number> = {}, fields?: Record<string, string>) {
  const body: ApiErrorBody = { error: { code, message: errorMessage(locale, code, params), ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

function zodFields(locale: Locale, error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    if (!fields[path]) fields[path] = errorMessage(locale, issue.message);
  }
  return fields;
}

/**
 * Wraps a route handler: domain refusals become 4xx JSON, or for a plain form post (`form.refuseTo`)
 * a 303 back to its page with the refusal; anything unexpected is logged as the bug it is.
 */
export function handle<C>(fn: (req: NextRequest, ctx: C, locale: Locale, form: FormPost) => Promise<Response>) {
  return async (req: NextRequest, ctx: C): Promise<Response> => {
    const locale = requestLocale(req);
    const form = new PlainFormPost(isFormPost(req));
    try {
      return await fn(req, ctx, locale, form);
    } catch (error) {
      const back = form.refusalPath(error);
      if (back) return redirectToPath(back);
      // A page's own form (no JavaScript) would show the JSON: send the person to a page that explains instead.
      const denied = deniedAccess(error);
      if (denied && form.isForm && req.method === 'POST' && (req.headers.get('accept') ?? '').includes('text/html')) return formDeniedRedirect(locale, denied);
      if (error instanceof ApiError) return errorResponse(locale, error.status, error.code, error.params, error.fields);
      if (error instanceof DomainError) return errorResponse(locale, error.status, error.code, error.params);
      if (error instanceof ZodError) return errorResponse(locale, 400, 'invalid-input', {}, zodFields(locale, error));
      // The caller hung up while its body was being read: nobody to answer, and not our bug.
      if (clientGone(req, error)) return errorResponse(locale, 400, 'invalid-input');
      console.error('[api] unexpected error', req.method, req.nextUrl.pathname, error);
      return errorResponse(locale, 500, 'server');
    }
  };
}

function clientGone(req: Request, error: unknown): boolean {
  return req.signal.aborted || (error instanceof Error && (error as NodeJS.ErrnoException).code === 'ECONNRESET');
}

/** Not signed in or not allowed (not a post from another site: that gets no friendly page, only the refusal). */
function deniedAccess(error: unknown): { status: number; code: string } | null {
  if (error instanceof DomainError) return error.kind === 'access' ? error : null;
  if (error instanceof ApiError) return (error.status === 401 || error.status === 403) && error.code !== 'cross-site' ? error : null;
  return null;
}

function formDeniedRedirect(locale: Locale, error: { status: number; code: string }): Response {
  return redirectToPath(localePath(locale, error.status === 401 ? '/sign-in' : `/family/denied?reason=${encodeURIComponent(error.code)}`));
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().includes('application/json')) throw new ApiError(415, 'invalid-json');
  const text = await readCappedText(req, MAX_JSON_BYTES, 'body-too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid-json');
  }
  return schema.parse(raw);
}

export function readQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  return schema.parse(Object.fromEntries(req.nextUrl.searchParams.entries()));
}

/** Validates what we send back too, so the typed client never gets a shape it does not expect. */
export function ok<S extends z.ZodType>(schema: S, data: z.infer<S>, init?: ResponseInit) {
  return NextResponse.json(schema.parse(data), { ...init, headers: { 'cache-control': 'no-store', ...init?.headers } });
}
