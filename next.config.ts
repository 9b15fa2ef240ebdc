import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { API_CONTENT_SECURITY_POLICY } from './lib/security/csp';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// The Content-Security-Policy: per response in proxy.ts for pages (a nonce for every page); the API's,
// which has no nonce and never changes, below.
const securityHeaders = [
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
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
      // HSTS only where the request came over HTTPS (browsers ignore it over plain HTTP anyway).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
};

// Every build also writes the self-contained server the container image runs (.next/standalone/server.js
// with only the traced node_modules; the Dockerfile and tests/e2e/standalone.spec.ts copy static/ and
// public/ beside it). Only while building: `next start`, which `npm start` and the e2e suite run on the
// same .next, warns that it "does not work with output: standalone" when it reads that setting.
export default function config(phase: string): NextConfig {
  return withNextIntl(phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, output: 'standalone' } : nextConfig);
}
