/** A refusal the user can act on; `code` maps to a message key under `errors`. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly status: 400 | 403 | 404 | 409 | 422 | 429 = 422,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

/** Two deciders raced for one application; the loser learns it here. */
export class ConflictError extends DomainError {
  constructor(code = 'conflict') {
    super(code, {}, 409);
    this.name = 'ConflictError';
  }
}
