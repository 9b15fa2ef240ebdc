import { z } from 'zod';
import { phoneSchema } from '../identity/phone';
import { validateIdNumber } from '../identity/id-card';
import { personNameSchema } from '../identity/person-name';
import { serviceKeys } from '../services/modules';
import { FAMILY_RULES, relations } from './config';

const actSchema = z
  .array(z.enum(serviceKeys, { message: 'invalid-input' }))
  .max(serviceKeys.length)
  .transform((list) => [...new Set(list)]);
const relationSchema = z.enum(relations, { message: 'choose-one' });
export { personNameSchema };

export const inviteInput = z
  .object({
    phone: phoneSchema,
    name: z.union([z.literal(''), personNameSchema]).optional(),
    relation: relationSchema,
    act: actSchema.default([]),
    months: z.coerce
      .number({ message: 'choose-one' })
      .refine((m) => (FAMILY_RULES.durationsMonths as readonly number[]).includes(m), { message: 'choose-one' })
      .default(FAMILY_RULES.durationsMonths[0]),
    locale: z.string().max(10).optional(),
  })
  .strict();

export const idNumberSchema = z.string({ message: 'id-format' }).transform((value, ctx) => {
  const checked = validateIdNumber(value);
  if (checked.ok) return checked.value;
  ctx.addIssue({ code: 'custom', message: `id-${checked.reason}` });
  return z.NEVER;
});

export const requestInput = z
  .object({
    elderName: personNameSchema,
    idNumber: idNumberSchema,
    relation: relationSchema,
    act: actSchema.default([]),
    locale: z.string().max(10).optional(),
  })
  .strict();

export const linkActions = ['accept', 'confirm', 'decline', 'revoke', 'withdraw', 'code'] as const;
export type LinkAction = (typeof linkActions)[number];

export const linkActionInput = z.object({ code: z.string().max(20).optional(), locale: z.string().max(10).optional() }).strict();

export const actingForInput = z
  .object({
    elderId: z.union([z.literal(''), z.string().regex(/^[a-z0-9-]{1,64}$/, { message: 'not-found' })]),
    locale: z.string().max(10).optional(),
    returnTo: z.string().max(300).optional(),
  })
  .strict();
