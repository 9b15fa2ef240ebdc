import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const isProduction = process.env.NODE_ENV === 'production';

// No eval in production; Next's inline bootstrap scripts still need 'unsafe-inline'.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Azure Speech from the browser (tokens come from our own route): recognition over wss, synthesis and voice lists over https.
  "connect-src 'self' https://*.speech.microsoft.com wss://*.speech.microsoft.com https://*.speech.azure.cn wss://*.speech.azure.cn",
  "media-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'geolocation=(self), microphone=(self), camera=(self)' },
];

const nextConfig: NextConfig = {
  // sharp: native libvips, loaded from node_modules at run time (photos are decoded and re-encoded on upload).
  serverExternalPackages: ['@electric-sql/pglite', 'rate-limiter-flexible', 'sharp'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
