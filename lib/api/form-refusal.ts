import { ZodError } from 'zod';
import { DomainError } from '../errors/domain-error';
import { pathWithRefusal, type RefusalInPath, type RefusalPathOptions } from '../services/refusal-query';
import { ApiError } from './api-error';

export type FormRefusal = Required<Pick<RefusalInPath, 'code' | 'params'>> & { field?: string };

/** A refusal a plain form can show on the page it came from: domain rules, bad fields, 4xx (not sign-in or access, which have their own pages). */
export function formRefusal(error: unknown): FormRefusal | null {
  if (error instanceof DomainError) return error.kind === 'refusal' ? { code: error.code, params: error.params } : null;
  if (error instanceof ApiError && error.status !== 401 && error.status !== 403 && error.status < 500) return { code: error.code, params: error.params };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return {
      code: issue?.message && /^[a-z-]{2,40}$/.test(issue.message) ? issue.message : 'invalid-input',
      params: {},
      ...(issue ? { field: issue.path.join('.') } : {}),
    };
  }
  return null;
}

export type RefuseToOptions = RefusalPathOptions & {
  /** The field to mark, from the refusal (by default the field a bad input names). */
  field?: (refusal: FormRefusal) => string | undefined;
};

/** Where a refusal sends a plain form: a page, or per error (null: answer that one with JSON). */
export type RefusalBack = string | ((error: unknown) => string | null);

/** How a route answers a page's plain form post (no JavaScript): a 303, with any refusal in the address. */
export type FormPost = {
  /** A page's own form post, not a script asking for JSON: answer it with a redirect. */
  readonly isForm: boolean;
  /**
   * From here on, a refusal (see `formRefusal`) of a plain form is a 303 to `back` with the refusal
   * in its query instead of the JSON error; errors before this call are answered as JSON.
   */
  refuseTo(back: RefusalBack, options?: RefuseToOptions): void;
};

export class PlainFormPost implements FormPost {
  private target: { back: RefusalBack; options: RefuseToOptions } | null = null;

  constructor(readonly isForm: boolean) {}

  refuseTo(back: RefusalBack, options: RefuseToOptions = {}): void {
    this.target = { back, options };
  }

  /** Where `error` sends this form back to, with the refusal in the address; null for a JSON answer. */
  refusalPath(error: unknown): string | null {
    if (!this.isForm || !this.target) return null;
    const refusal = formRefusal(error);
    if (!refusal) return null;
    const { back, options } = this.target;
    const path = typeof back === 'string' ? back : back(error);
    if (path === null) return null;
    const { field, ...where } = options;
    return pathWithRefusal(path, { ...refusal, field: field ? field(refusal) : refusal.field }, where);
  }
}
