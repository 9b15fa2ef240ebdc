/**
 * The Content-Security-Policy (issue 14): pages allow only scripts carrying this response's nonce
 * (Next marks its own with it) and what those load ('strict-dynamic'); no 'unsafe-inline' scripts.
 * Styles keep 'unsafe-inline': React's style attributes need it, and styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string | null, development = process.env.NODE_ENV !== 'production'): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    // Development only: React's dev tools evaluate code. A production build never allows eval.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Azure Speech from the browser (tokens come from our own route): recognition over wss, synthesis and voice lists over https.
    "connect-src 'self' https://*.speech.microsoft.com wss://*.speech.microsoft.com https://*.speech.azure.cn wss://*.speech.azure.cn",
    "media-src 'self' blob:",
    // The offline service worker (public/sw.js): named, as 'strict-dynamic' would otherwise drop 'self'.
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a fresh one for every page response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The API's policy: its answers are JSON or redirects, never documents that load anything. The
 * strictest policy (OWASP's for REST APIs), and one without a colon: Next runs every header value from
 * next.config.ts that has one through path-to-regexp on every request, which showed in the API's profile.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
