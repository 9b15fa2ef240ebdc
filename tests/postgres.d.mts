// Types for tests/postgres.mjs (plain JavaScript, so that tests/run-all.mjs can run it with node alone).
export function ensurePostgres(): Promise<string>;
export function createDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }>;
