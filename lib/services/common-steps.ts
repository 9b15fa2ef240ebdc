import { z } from 'zod';
import { maskPhone } from '../identity/id-card';
import { provinces, citiesOf, SHANDONG } from '../data/divisions';
import type { FlowStep, Option } from './flow';

export const phoneValue = z.string().regex(/^1[3-9]\d{9}$/, { message: 'phone-format' });

/** 联系电话: the number the system knows, one tap; another number only if they want one. */
export function contactPhoneStep<F>(): FlowStep<F> {
  return {
    key: 'contactPhone',
    kind: 'phone',
    schema: phoneValue,
    options: (_answers, ctx) => [
      { value: ctx.person.phone, label: { key: 'common.useMyPhone', params: { phone: maskPhone(ctx.person.phone) } } },
    ],
  };
}

export function provinceOptions(): Option[] {
  return provinces().map((p) => ({ value: p.code, label: { text: p.name }, say: [p.short] }));
}

export function cityOptions(provinceCode: unknown, exclude: string[] = []): Option[] {
  if (typeof provinceCode !== 'string') return [];
  return citiesOf(provinceCode)
    .filter((c) => !exclude.includes(c.code))
    .map((c) => ({ value: c.code, label: { text: c.name }, say: [c.name.replace(/(市|地区|自治州|盟)$/, '')] }));
}

export function isInShandong(provinceCode: unknown): boolean {
  return provinceCode === SHANDONG;
}

export const codeValue = z.string({ message: 'choose-one' }).regex(/^\d{6}$/, { message: 'choose-one' });
export const choiceValue = z.string({ message: 'choose-one' }).min(1, { message: 'choose-one' }).max(64);
