import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// The Content-Security-Policy is set per response in proxy.ts (a nonce for every page).
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
      // HSTS only where the request came over HTTPS (browsers ignore it over plain HTTP anyway).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
