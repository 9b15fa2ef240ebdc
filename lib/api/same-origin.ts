import { ApiError } from './api-error';

/**
 * A state change must come from one of our own pages (issue 14): a matching Origin, or, where a
 * browser leaves Origin out, `Sec-Fetch-Site: same-origin`. A request with neither (a script, a
 * very old browser, a page whose origin is hidden as "null") is refused; cookies being SameSite=Lax
 * is the second fence, not the only one.
 */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin');
  if (!origin) {
    if (req.headers.get('sec-fetch-site') === 'same-origin') return;
    throw new ApiError(403, 'cross-site');
  }
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, 'cross-site');
  }
  if (originHost !== host) throw new ApiError(403, 'cross-site');
}
