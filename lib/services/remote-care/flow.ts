import { z } from 'zod';
import { regionBenefits } from '../../data/benefits';
import { addDays, isIsoDate } from '../../time/dates';
import { choiceValue, codeValue, cityOptions, contactPhoneStep, provinceOptions } from '../common-steps';
import type { FlowDefinition, Option } from '../flow';
import { CATEGORY_WORDS, COMMITMENT_WORDS, REASON_WORDS } from './voice-words';
import { categories, changePossibleFrom, earliestStartDate, MAX_DAYS_AHEAD, reasonsByCategory, type RemoteCareFacts } from './policy';

const k = (step: string, option: string) => ({ key: `flows.remote-care.${step}.options.${option}` });

export const remoteCareFlow: FlowDefinition<RemoteCareFacts> = {
  service: 'remote-care',
  steps: [
    {
      key: 'category',
      kind: 'choice',
      schema: choiceValue,
      options: () => categories.map((c): Option => ({ value: c, label: k('category', c), hint: k('category', `${c}-hint`), ...CATEGORY_WORDS[c] })),
    },
    {
      key: 'reason',
      kind: 'choice',
      schema: choiceValue,
      options: (answers) => {
        const category = answers.category === 'temporary' ? 'temporary' : 'long-term';
        return reasonsByCategory[category].map((r): Option => ({ value: r, label: k('reason', r), ...REASON_WORDS[r] }));
      },
    },
    {
      key: 'destProvinceCode',
      kind: 'choice',
      view: 'grid',
      schema: codeValue,
      options: () => provinceOptions(),
    },
    {
      key: 'destCityCode',
      kind: 'choice',
      view: 'grid',
      schema: codeValue,
      // Filing to one's own 统筹区 makes no sense: it is not 异地.
      options: (answers, ctx) => cityOptions(answers.destProvinceCode, [ctx.person.regionCode]),
    },
    {
      key: 'startDate',
      kind: 'date',
      schema: z.string().refine(isIsoDate, { message: 'date-format' }),
      // Long-term residence: at most 5 days back (补办); temporary: not limited (002 第7条).
      dateRange: (answers, ctx) => ({
        min: earliestStartDate(String(answers.category), ctx.today, ctx.person.regionCode),
        max: addDays(ctx.today, MAX_DAYS_AHEAD),
      }),
    },
    {
      key: 'commitment',
      kind: 'choice',
      schema: choiceValue,
      options: () =>
        (['promise', 'proof'] as const).map((c): Option => ({
          value: c,
          label: k('commitment', c),
          hint: k('commitment', `${c}-hint`),
          ...COMMITMENT_WORDS[c],
        })),
      // 002 第8条: the one place where the easy choice costs money later; said before the choice, for long-term only.
      hintWhen: (answers) => answers.category === 'long-term',
      hintParams: (_answers, ctx) => ({ months: regionBenefits(ctx.person.regionCode).remoteFiling.promiseOnlyHomeMonths }),
    },
    {
      key: 'proofPhotos',
      kind: 'photos',
      when: (answers) => answers.commitment === 'proof',
      schema: z
        .array(z.string().uuid({ message: 'photos-required' }), { message: 'photos-required' })
        .min(1, { message: 'photos-required' })
        .max(9, { message: 'upload-too-many' }),
    },
    contactPhoneStep<RemoteCareFacts>(),
  ],
  finalRule: (answers, ctx) => {
    const replacing = typeof answers._replaces === 'string' ? ctx.facts.activeFilings.find((f) => f.id === answers._replaces) : undefined;
    const others = ctx.facts.activeFilings.filter((f) => f.id !== replacing?.id);
    if (others.length > 0) return { code: 'filing-exists' };
    if (replacing) {
      const from = changePossibleFrom(replacing, ctx.today, ctx.person.regionCode);
      if (from) return { code: 'filing-change-locked', params: { date: from } };
    }
    return null;
  },
};
