import { ZodError } from 'zod';
import { DomainError } from '../jingban/errors';
import { refusalQuery } from '../services/refusal-query';
import { ApiError } from './server';

/** A refusal a plain form can show on the page it came from: domain rules, bad fields, 4xx (not sign-in or access, which have their own pages). */
export function formRefusal(error: unknown): { code: string; params: Record<string, string | number>; field?: string } | null {
  if (error instanceof DomainError) return { code: error.code, params: error.params };
  if (error instanceof ApiError && error.status !== 401 && error.status !== 403 && error.status < 500) return { code: error.code, params: error.params };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return { code: issue?.message && /^[a-z-]{2,40}$/.test(issue.message) ? issue.message : 'invalid-input', params: {}, ...(issue ? { field: issue.path.join('.') } : {}) };
  }
  return null;
}

/** `path?error=…&p.x=…` (and `field=` for the field to mark), keeping any query the path already has. */
export function pathWithRefusal(path: string, refusal: NonNullable<ReturnType<typeof formRefusal>>): string {
  const query = refusalQuery({ code: refusal.code, params: refusal.params }, false);
  return `${path}${path.includes('?') ? '&' : '?'}${query}${refusal.field ? `&field=${encodeURIComponent(refusal.field)}` : ''}`;
}
