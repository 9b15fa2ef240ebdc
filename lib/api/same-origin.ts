import { ApiError } from './server';

/** Cookies are SameSite=Lax; this also refuses a state change sent from another site's page. */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get('origin');
  if (!origin) return;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, 'cross-site');
  }
  if (originHost !== host) throw new ApiError(403, 'cross-site');
}
