import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The yardstick for `npm run bench`: a bare App Router app on the product's own dependency versions
// (it resolves them from the repository's node_modules). Never deployed, never imported by the product.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
