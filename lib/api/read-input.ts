import type { z } from 'zod';
import { BODY_LIMITS, readCappedText } from './body';
import { readJson } from './server';

/**
 * A body sent as JSON (scripts, tests) or as a plain form (pages without JavaScript), validated by
 * one schema. `lists` names the form fields that repeat (checkboxes) and become arrays.
 */
export async function readInput<S extends z.ZodType>(req: Request, schema: S, lists: readonly string[] = []): Promise<{ data: z.infer<S> }> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  if (!type.includes('application/x-www-form-urlencoded')) return { data: await readJson(req, schema) };
  const text = await readCappedText(req, BODY_LIMITS.form, 'body-too-large');
  const params = new URLSearchParams(text);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) raw[key] = lists.includes(key) ? params.getAll(key) : (params.get(key) ?? '');
  return { data: schema.parse(raw) };
}
