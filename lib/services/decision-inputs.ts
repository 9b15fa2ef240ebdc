import { z } from 'zod';

/**
 * What a case worker must enter to approve, declared by a service (the amount approved for a
 * 手工报销 claim, the reason from a list). Words are message keys; values are validated here, on the
 * server, and stored with the decision's result under `inputs`.
 */
export type DecisionInput =
  | { kind: 'amount-yuan'; name: string; label: string; hint?: string }
  | { kind: 'choice'; name: string; label: string; options: readonly { value: string; label: string }[] };

export type DecisionValues = Record<string, string>;

/** Yuan with at most two decimals (fen), more than zero, below a billion: kept as a string so no float rounds it. */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

export const amountYuan = z
  .string({ message: 'decision-amount' })
  .trim()
  .transform((v) => v.replace(/[,，\s]/g, '').replace(/^￥|元$/g, ''))
  .refine((v) => YUAN.test(v) && Number(v) > 0, { message: 'decision-amount' })
  .transform((v) => {
    const [, whole = '0', fen = ''] = YUAN.exec(v) ?? [];
    return `${String(Number(whole))}.${fen.padEnd(2, '0')}`;
  });

/** The zod schema of a service's decision inputs, field by field; an empty object when it has none. */
export function decisionInputSchema(inputs: readonly DecisionInput[]): z.ZodType<DecisionValues> {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const input of inputs) {
    shape[input.name] =
      input.kind === 'amount-yuan' ? amountYuan : z.enum(input.options.map((o) => o.value) as [string, ...string[]], { message: 'decision-choice' });
  }
  return z.object(shape).strict() as unknown as z.ZodType<DecisionValues>;
}

/** Form fields `inputs.<name>` (a page without JavaScript) as the nested `inputs` object JSON sends. */
export function liftInputs(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('inputs.')) inputs[key.slice('inputs.'.length)] = value;
    else out[key] = value;
  }
  return Object.keys(inputs).length > 0 ? { ...out, inputs: { ...(out.inputs as object | undefined), ...inputs } } : out;
}
