import type { z } from 'zod';
import { demoToolsEnabled } from '../server/demo-mode';
import { readForm, safeReturnTo } from './form';
import { assertSameOrigin } from './same-origin';
import { ApiError, readJson } from './server';

/** The 模拟短信 and 模拟经办 tools exist only in demo mode (DEMO_MODE=true) with SMS kept in the outbox. */
export function assertOutboxMode(): void {
  if (!demoToolsEnabled()) throw new ApiError(404, 'outbox-only');
}

/**
 * A 模拟经办 action's input, from JSON (scripts, tests) or from the page's plain form, checked by one
 * schema; `back` is the form's `returnTo` on this site (or 模拟经办 itself). Demo mode and same origin only.
 */
export async function readDevAction<S extends z.ZodType>(req: Request, schema: S): Promise<{ input: z.infer<S>; isJson: boolean; back: string }> {
  assertOutboxMode();
  assertSameOrigin(req);
  const isJson = (req.headers.get('content-type') ?? '').includes('application/json');
  const { returnTo, ...fields } = isJson ? {} : await readForm(req);
  const back = safeReturnTo(returnTo, '/dev/jingban');
  return { input: isJson ? await readJson(req, schema) : schema.parse(fields), isJson, back };
}
