import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { decisionInputSchema, liftInputs, type DecisionInput } from '@/lib/services/decision-inputs';

// A fifth service (医疗费手工报销) asks the case worker for the amount approved and a reason from a list.
const inputs: DecisionInput[] = [
  { kind: 'amount-yuan', name: 'amount', label: 'flows.test.desk.amount' },
  {
    kind: 'choice',
    name: 'reason',
    label: 'flows.test.desk.reason',
    options: [
      { value: 'full', label: 'flows.test.desk.full' },
      { value: 'partial', label: 'flows.test.desk.partial' },
    ],
  },
];
const schema = decisionInputSchema(inputs);
const issue = (value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : { path: result.error.issues[0]?.path.join('.'), message: result.error.issues[0]?.message };
};

describe('decision inputs', () => {
  it('keep an amount in yuan as an exact decimal with two places (commas, spaces, ￥ and 元 tolerated)', () => {
    expect(schema.parse({ amount: '1234.5', reason: 'full' })).toEqual({ amount: '1234.50', reason: 'full' });
    expect(schema.parse({ amount: ' 1,234 元', reason: 'partial' })).toEqual({ amount: '1234.00', reason: 'partial' });
    expect(schema.parse({ amount: '￥0.01', reason: 'full' }).amount).toBe('0.01');
    expect(schema.parse({ amount: '007.10', reason: 'full' }).amount).toBe('7.10');
  });

  it('refuse zero, negatives, words, fractions of a fen and amounts beyond reason, naming the field', () => {
    for (const amount of ['0', '0.00', '-5', 'abc', '1.234', '', '1e3', '12345678901']) {
      expect(issue({ amount, reason: 'full' })).toEqual({ path: 'amount', message: 'decision-amount' });
    }
    expect(issue({ reason: 'full' })).toEqual({ path: 'amount', message: 'decision-amount' });
  });

  it('take a reason only from the list, and nothing the service did not ask for', () => {
    expect(issue({ amount: '10', reason: 'because' })).toEqual({ path: 'reason', message: 'decision-choice' });
    expect(() => schema.parse({ amount: '10', reason: 'full', extra: 'x' })).toThrow(ZodError);
    // A service with no inputs accepts only none.
    expect(decisionInputSchema([]).parse({})).toEqual({});
    expect(() => decisionInputSchema([]).parse({ amount: '10' })).toThrow(ZodError);
  });

  it('read a plain form’s inputs.<name> fields as the inputs JSON sends', () => {
    expect(liftInputs({ decision: 'approve', version: '3', 'inputs.amount': '12', 'inputs.reason': 'full' })).toEqual({
      decision: 'approve',
      version: '3',
      inputs: { amount: '12', reason: 'full' },
    });
    expect(liftInputs({ decision: 'refuse' })).toEqual({ decision: 'refuse' });
  });
});
