import type { Refusal } from './flow';

export type RefusalInPath = Refusal & { field?: string };

export type RefusalPathOptions = {
  /** The query name of the code: `error` (what `refusalFromQuery` reads) unless the page reads its own. */
  name?: string;
  /** The person came from check-answers and goes back there once the step is answered. */
  fromCheck?: boolean;
};

/**
 * The one way a refusal travels back to a page in its address (the no-JavaScript path):
 * `error=<code>`, `p.<name>=<value>` for its words' parameters, `from=check`, and `field=` for the
 * field to mark. What the path's query already holds is kept.
 */
export function pathWithRefusal(path: string, refusal: RefusalInPath, options: RefusalPathOptions = {}): string {
  const [base, query = ''] = path.split('?', 2);
  const q = new URLSearchParams(query);
  q.set(options.name ?? 'error', refusal.code);
  for (const [k, v] of Object.entries(refusal.params ?? {})) q.set(`p.${k}`, String(v));
  if (options.fromCheck) q.set('from', 'check');
  if (refusal.field) q.set('field', refusal.field);
  return `${base}?${q.toString()}`;
}

export function refusalFromQuery(search: Record<string, string | string[] | undefined>): Refusal | null {
  const code = typeof search.error === 'string' && /^[a-z-]{2,40}$/.test(search.error) ? search.error : null;
  if (!code) return null;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(search)) {
    if (k.startsWith('p.') && typeof v === 'string' && v.length <= 40) params[k.slice(2)] = v;
  }
  return { code, params };
}
