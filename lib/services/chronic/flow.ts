import { z } from 'zod';
import { colloquialNames } from '../../data/disease-colloquial';
import { diseaseCatalogue } from '../../data/diseases';
import { choiceValue, contactPhoneStep } from '../common-steps';
import { facilityLevelFilters, facilityOptions, presentFacilities } from '../facility-options';
import type { FlowDefinition, Option } from '../flow';
import { chronicCareHospitals, diseaseSearchOrder, duplicateDiseaseRefusal, type ChronicFacts } from './policy';

export const chronicFlow: FlowDefinition<ChronicFacts> = {
  service: 'chronic',
  steps: [
    {
      key: 'diseaseCode',
      kind: 'choice',
      view: 'search',
      schema: choiceValue,
      // Disease names stay Chinese on every page: they are the names on the 诊断证明.
      // What people call them (lib/data/disease-colloquial.ts): a vague word only ever asks back.
      options: (_answers, ctx) =>
        diseaseCatalogue(ctx.person.insuranceType).map((d): Option => {
          const names = colloquialNames(d.code);
          return {
            value: d.code,
            label: { text: d.name },
            say: [...new Set([d.name, ...names.say])],
            ...(names.weak.length > 0 ? { weak: [...names.weak] } : {}),
          };
        }),
      present: (options, view, _answers, ctx) => {
        const byCode = new Map(options.map((o) => [o.value, o]));
        return diseaseSearchOrder(ctx.person.insuranceType, view.q)
          .map((code) => byCode.get(code))
          .filter((o): o is Option => o !== undefined);
      },
      rule: (value, _answers, ctx) => duplicateDiseaseRefusal(value, ctx.facts),
    },
    {
      key: 'hospitalCode',
      kind: 'choice',
      view: 'search',
      schema: choiceValue,
      options: (_answers, ctx) => facilityOptions(chronicCareHospitals(ctx.person.regionCode), ctx.person),
      present: (options, view, _answers, ctx) => presentFacilities(options, view, ctx.person),
      filters: (_answers, ctx) => facilityLevelFilters(facilityOptions(chronicCareHospitals(ctx.person.regionCode), ctx.person)),
    },
    {
      key: 'evidence',
      kind: 'photos',
      // 免申即享 (002 第12条): the hospital that filed holds the records; the person uploads nothing.
      when: (answers) => answers._hospitalInitiated !== true,
      schema: z
        .array(z.string().uuid({ message: 'photos-required' }), { message: 'photos-required' })
        .min(1, { message: 'photos-required' })
        .max(9, { message: 'upload-too-many' }),
    },
    contactPhoneStep<ChronicFacts>(),
  ],
  finalRule: (answers, ctx) => duplicateDiseaseRefusal(answers.diseaseCode, ctx.facts),
};
