/**
 * The unique index or constraint a statement broke, when that is why it failed (SQLSTATE 23505), else
 * null. Drizzle wraps the driver's error (node-postgres or PGlite, both carrying `code` and `constraint`)
 * in `cause`.
 */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, constraint, cause } = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
    current = cause;
  }
  return null;
}
