import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // PostgreSQL-only suites (pool behaviour PGlite does not have) run in the PostgreSQL pass alone.
    exclude: [...configDefaults.exclude, ...(process.env.TEST_DATABASE_URL ? [] : ['tests/integration/postgres-*.test.ts'])],
    environment: 'node',
    // The demo data is seeded on the demo clock, pinned as the e2e server's is: no test may depend on
    // the real date or hour (after 16:00 UTC it is already tomorrow in Shanghai).
    env: { DEMO_CLOCK_START: '2026-11-30' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
