import { isIsoDate } from '../time/dates';
import { z } from 'zod';
import { applicationStatuses } from '../jingban/status';
import { serviceKeys } from '../services/modules';
import { phoneSchema } from '../identity/phone';

export { phoneSchema } from '../identity/phone';
export { isUuid } from '../identity/uuid';

/** Shared by the route handlers (validation) and the client (types only, via z.infer). */

export const codeSchema = z
  .string({ message: 'code-format' })
  .transform((s) => s.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { message: 'code-format' }));

/** `asFamily`: a phone with no insured person signs in as a relative (亲情账户). */
export const requestCodeInput = z.object({ phone: phoneSchema, asFamily: z.boolean().optional() }).strict();
/** Says nothing about whether the phone is registered (issue 14.5). */
export const requestCodeOutput = z.object({ sent: z.literal(true), resendInSeconds: z.number().int() });

export const signInInput = z
  .object({
    phone: phoneSchema,
    code: codeSchema,
    name: z.string().max(40).optional(),
  })
  .strict();
export const signInOutput = z.object({ name: z.string(), kind: z.enum(['resident', 'family']) });

export const applicationSummary = z.object({
  id: z.string(),
  number: z.string(),
  service: z.enum(serviceKeys),
  status: z.enum(applicationStatuses),
  stage: z.string().nullable(),
  submittedAt: z.string().nullable(),
  expectedBy: z.string().nullable(),
  expectedEstimated: z.boolean(),
  decidedAt: z.string().nullable(),
  actorKind: z.string(),
  channel: z.string(),
  /** 海南省琼海市: where a 异地就医备案 is for, or where a transfer goes. */
  place: z.string().nullable(),
  /** The place as the card says it, in the service's words (备案地：海南省琼海市 / 转到：北京市). */
  placeText: z.string().nullable(),
  /** 由 张伟（儿子）代办, when a relative filed it through 亲情账户. */
  actedBy: z.string().nullable(),
  /** What it is about: 高血压 · 滨州市人民医院, 海南省三亚市 · 临时 · 到 2027年5月30日. */
  subject: z.string().nullable(),
  /** The 异地备案 it made, when that is no longer in force (cancelled, changed, expired): derived, never stored. */
  filingEnded: z.object({ state: z.enum(['cancelled', 'changed', 'expired']), on: z.string(), place: z.string() }).nullable(),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

export const applicationListOutput = z.object({ applications: z.array(applicationSummary) });
export type ApplicationListOutput = z.infer<typeof applicationListOutput>;

export const applicationEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  kind: z.string(),
  toStatus: z.string().nullable(),
  stage: z.string().nullable(),
  actorKind: z.string(),
  channel: z.string(),
});

export const applicationDetailOutput = z.object({
  application: applicationSummary.extend({
    resultText: z.string().nullable(),
    rejectReason: z.string().nullable(),
    /** A note under `applications` for an application the 经办 system started by itself (省内 免申即享). */
    systemStartedNote: z.string().nullable(),
    events: z.array(applicationEvent),
    /** The answers as filed, worded by the flow's own step descriptions. */
    answers: z.array(z.object({ label: z.string(), text: z.string() })),
  }),
});
export type ApplicationDetail = z.infer<typeof applicationDetailOutput>['application'];

export const idParam = z.string().uuid({ message: 'not-found' });
/** Record ids in paths are UUIDs; anything else is not found without asking the database. */

export const preferencesInput = z
  .object({
    textSize: z.enum(['standard', 'large', 'xlarge']).optional(),
    voice: z.enum(['on', 'off']).optional(),
    rate: z.enum(['slow', 'medium', 'fast']).optional(),
    returnTo: z.string().max(300).optional(),
  })
  .strict();

export const smsListOutput = z.object({
  messages: z.array(
    z.object({
      id: z.number().int(),
      phone: z.string(),
      sender: z.string(),
      tag: z.string(),
      template: z.string(),
      body: z.string(),
      status: z.enum(['pending', 'sent', 'failed']),
      attempts: z.number().int(),
      /** Null once a failed message will not be tried again (or before its first try). */
      nextAttemptAt: z.string().nullable(),
      createdAt: z.string(),
      applicationId: z.string().nullable(),
    }),
  ),
});

/** 模拟经办 settlement: which filing, where, the day and the amount in yuan (two decimals at most). */
export const settlementInput = z
  .object({
    filingId: z.string().uuid({ message: 'settlement-no-filing' }),
    place: z.enum(['filed-place', 'home']),
    date: z.string().refine(isIsoDate, { message: 'date-format' }),
    amount: z.coerce
      .number({ message: 'settlement-amount' })
      .positive({ message: 'settlement-amount' })
      .max(10_000_000, { message: 'settlement-amount' })
      .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, { message: 'settlement-amount' }),
  })
  .strict();

export const clockInput = z
  .object({
    days: z.coerce.number().int().min(1).max(400).optional(),
    minutes: z.coerce.number().int().min(1).max(1440).optional(),
    reset: z.coerce.boolean().optional(),
  })
  .strict();
