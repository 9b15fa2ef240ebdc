import { z } from 'zod';
import { inviteInput } from '../family/contracts';

/** 工号: two letters and four digits (KF1001), any case. */
export const staffNoSchema = z
  .string({ message: 'staff-no-format' })
  .trim()
  .regex(/^[A-Z]{2}\d{4}$/i, { message: 'staff-no-format' })
  .transform((s) => s.toUpperCase());

export const staffPasswordSchema = z.string({ message: 'staff-password-required' }).min(1, { message: 'staff-password-required' }).max(200);

/** A 亲情账户 link staff open for the resident: the elder's own choices, and the second staff member who confirms a long one. */
export const staffLinkInput = inviteInput.extend({
  secondStaffNo: z.union([z.literal(''), staffNoSchema]).optional(),
  secondPassword: z.string().max(200).optional(),
});

/** The in-person check: the 身份证号 read from the card (checked on the server against the person). */
export const inPersonInput = z.string({ message: 'id-format' }).max(40, { message: 'id-format' });
