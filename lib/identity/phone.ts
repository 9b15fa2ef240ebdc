import { z } from 'zod';

/** A mainland mobile number as people write it (spaces and dashes allowed), normalised to 11 digits. */
export const phoneSchema = z
  .string({ message: 'phone-format' })
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^1[3-9]\d{9}$/, { message: 'phone-format' }));
