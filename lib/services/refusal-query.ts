import type { Refusal } from './flow';

/** A refusal carried back to the step page in its address (the no-JavaScript path). */
export function refusalQuery(refusal: Refusal, fromCheck: boolean): string {
  const q = new URLSearchParams({ error: refusal.code });
  for (const [k, v] of Object.entries(refusal.params ?? {})) q.set(`p.${k}`, String(v));
  if (fromCheck) q.set('from', 'check');
  return q.toString();
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
