/**
 * A route's own refusal of its input (a body too large, not JSON, an id that names nothing): HTTP
 * status, a stable code for the client, words' parameters and the fields to mark. Domain code throws
 * `DomainError` (lib/errors) instead; both become the one error shape in `handle()`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, string>,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}
