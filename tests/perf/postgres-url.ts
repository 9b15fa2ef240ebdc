/** The PostgreSQL server the bench may use (a fresh database is made on it): BENCH_DATABASE_URL, or none. */
export async function postgresUrlForBench(): Promise<string | null> {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
}
