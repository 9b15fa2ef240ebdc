export type ErrorParams = Record<string, string | number>;

/** The HTTP status a refusal suggests; only `lib/api` turns it into a response. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

/**
 * What a refusal is about: `refusal`, a rule or an input the person can act on where they are (a plain
 * form goes back to its page with the words); `access`, not signed in or not allowed (pages of their own).
 */
export type RefusalKind = 'refusal' | 'access';

/** The one error domain code throws: `code` maps to a message key under `errors`, `params` fill it in. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: ErrorParams = {},
    readonly status: RefusalStatus = 422,
    readonly kind: RefusalKind = 'refusal',
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** Not signed in (401) or not allowed (403): the person is sent to sign in or told why, not back to the form. */
export function accessDenied(status: 401 | 403, code: string): DomainError {
  return new DomainError(code, {}, status, 'access');
}

/** Two deciders raced for one application; the loser learns it here. */
export class ConflictError extends DomainError {
  constructor(code = 'conflict') {
    super(code, {}, 409);
    this.name = 'ConflictError';
  }
}
