import { z } from 'zod';
import { maskPhone } from '../identity/id-card';
import { COMMON_DESTINATION_PROVINCES } from '../data/common-destinations';
import { provinceNicknames } from '../data/place-nicknames';
import { provinces, citiesOf, cityShortNames, SHANDONG } from '../data/divisions';
import { MAX_UPLOADS_PER_APPLICATION } from '../data/photo-limits';
import type { FlowStep, Option } from './flow';

export const phoneValue = z.string().regex(/^1[3-9]\d{9}$/, { message: 'phone-format' });

/**
 * The 联系电话 option for the number we already know is this word, not the number: option values
 * reach the page, 语音版 and the staff live view, which must never carry a full phone (issue 14).
 */
export const REGISTERED_PHONE = 'registered';

const contactPhoneValue = z.string().refine((v) => v === REGISTERED_PHONE || phoneValue.safeParse(v).success, { message: 'phone-format' });

/** The number a 联系电话 answer stands for (older answers hold the number itself); null when it is none. */
export function contactPhoneOf(answer: unknown, registered: string): string | null {
  if (answer === REGISTERED_PHONE) return registered;
  const parsed = phoneValue.safeParse(answer);
  return parsed.success ? parsed.data : null;
}

/** 联系电话: the number the system knows, one tap; another number only if they want one. */
export function contactPhoneStep<F>(): FlowStep<F> {
  return {
    key: 'contactPhone',
    kind: 'phone',
    schema: contactPhoneValue,
    options: (_answers, ctx) => [
      { value: REGISTERED_PHONE, label: { key: 'common.useMyPhone', params: { phone: maskPhone(ctx.person.phone) } }, say: [maskPhone(ctx.person.phone)] },
    ],
  };
}

/** Where people most often go first (常去的地方, `lib/data/common-destinations.ts`), then every other province in the usual order. */
export function provinceOptions(): Option[] {
  const all = provinces();
  const common = COMMON_DESTINATION_PROVINCES.flatMap((code) => all.filter((p) => p.code === code));
  const rest = all.filter((p) => !common.includes(p));
  const option = (p: (typeof all)[number], group: string): Option => ({
    value: p.code,
    label: { text: p.name },
    say: [p.short, ...provinceNicknames(p.code)],
    group: { key: `flow.placeGroups.${group}` },
  });
  return [...common.map((p) => option(p, 'common')), ...rest.map((p) => option(p, 'other'))];
}

export function cityOptions(provinceCode: unknown, exclude: string[] = []): Option[] {
  if (typeof provinceCode !== 'string') return [];
  return citiesOf(provinceCode)
    .filter((c) => !exclude.includes(c.code))
    .map((c) => {
      const say = cityShortNames(c);
      return say.length > 0 ? { value: c.code, label: { text: c.name }, say } : { value: c.code, label: { text: c.name } };
    });
}

export function isInShandong(provinceCode: unknown): boolean {
  return provinceCode === SHANDONG;
}

export const codeValue = z.string({ message: 'choose-one' }).regex(/^\d{6}$/, { message: 'choose-one' });
export const choiceValue = z.string({ message: 'choose-one' }).min(1, { message: 'choose-one' }).max(64);

/** A photos step's answer: the ids of the person's own uploads, at least one, at most as many as one step may hold. */
export const photosValue = z
  .array(z.string().uuid({ message: 'photos-required' }), { message: 'photos-required' })
  .min(1, { message: 'photos-required' })
  .max(MAX_UPLOADS_PER_APPLICATION, { message: 'upload-too-many' });
