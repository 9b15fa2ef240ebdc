/**
 * A 303 to a path on this site. The Location stays relative so the browser keeps the host it
 * used (behind a proxy or on 127.0.0.1 the server's own idea of its host may differ, and
 * cookies would not follow).
 */
export function redirectToPath(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } });
}
