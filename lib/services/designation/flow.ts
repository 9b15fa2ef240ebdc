import { regionBenefits } from '../../data/benefits';
import { facilityByCode } from '../../data/facilities';
import { facilityNicknames } from '../../data/facility-nicknames';
import { choiceValue, contactPhoneStep } from '../common-steps';
import { facilityLevelFilters, facilityOptions, presentFacilities } from '../facility-options';
import type { FlowContext, FlowDefinition, Option } from '../flow';
import { ADD_FACILITY, canAddFacility, changeLimitRefusal, heldFacilityCodes, keptDesignations, regionFacilities, type DesignationFacts } from './policy';

const k = (step: string, option: string, params?: Record<string, string>) => ({
  key: `flows.designation.${step}.options.${option}`,
  ...(params ? { params } : {}),
});

function newFacilityChoices(ctx: FlowContext<DesignationFacts>): Option[] {
  const held = heldFacilityCodes(ctx.facts, ctx.today);
  return facilityOptions(
    regionFacilities(ctx.person.regionCode).filter((f) => !held.has(f.code)),
    ctx.person,
  );
}

/** The 统筹区's yearly change limit (lib/data/benefits.ts, configurable), for the hints. */
function changesWords(ctx: FlowContext<DesignationFacts>): Record<string, string> {
  return { count: String(regionBenefits(ctx.person.regionCode).designation.changesPerYear) };
}

/** 再加一家 as people say it: keep every 定点 and add one more. */
const ADD_WORDS = {
  say: [
    '再加一家',
    '加一家',
    '再加一个',
    '加一个',
    '再加个',
    '再添一家',
    '添一家',
    '增加一家',
    '新增定点',
    '增加定点',
    '多选一家',
    '都留着',
    '再要一家',
    '多要一个',
    '多要一家',
    '多加一个',
  ],
  weak: ['增加', '添加', '多一家'],
};

export const designationFlow: FlowDefinition<DesignationFacts> = {
  service: 'designation',
  startRule: (ctx) => changeLimitRefusal(ctx.facts, ctx.today, ctx.person.regionCode),
  steps: [
    {
      key: 'replaceFacilityCode',
      kind: 'choice',
      schema: choiceValue,
      // Adding a facility is a change too: it uses up the year's change (issue 13), said before the choice.
      hintParams: (_answers, ctx) => changesWords(ctx),
      options: (_answers, ctx) => {
        const replace = keptDesignations(ctx.facts).flatMap((row): Option[] => {
          const f = facilityByCode(row.facilityCode);
          if (!f) return [];
          return [
            {
              value: f.code,
              label: k('replaceFacilityCode', 'replace', { name: f.name }),
              say: [f.name, ...facilityNicknames(f.code)],
              meta: { level: f.level, address: f.address },
            },
          ];
        });
        const add: Option[] = canAddFacility(ctx.facts, ctx.person.regionCode)
          ? [
              {
                value: ADD_FACILITY,
                label: k('replaceFacilityCode', ADD_FACILITY),
                hint: k('replaceFacilityCode', `${ADD_FACILITY}-hint`, changesWords(ctx)),
                ...ADD_WORDS,
              },
            ]
          : [];
        return [...replace, ...add];
      },
    },
    {
      key: 'newFacilityCode',
      kind: 'choice',
      view: 'search',
      schema: choiceValue,
      options: (_answers, ctx) => newFacilityChoices(ctx),
      present: (options, view, _answers, ctx) => presentFacilities(options, view, ctx.person),
      filters: (_answers, ctx) => facilityLevelFilters(newFacilityChoices(ctx)),
    },
    contactPhoneStep<DesignationFacts>(),
  ],
  finalRule: (answers, ctx) => {
    const limit = changeLimitRefusal(ctx.facts, ctx.today, ctx.person.regionCode);
    if (limit) return limit;
    const chosen = typeof answers.newFacilityCode === 'string' ? facilityByCode(answers.newFacilityCode) : undefined;
    if (!chosen || chosen.regionCode !== ctx.person.regionCode) return { code: 'choose-one' };
    if (heldFacilityCodes(ctx.facts, ctx.today).has(chosen.code) || answers.replaceFacilityCode === chosen.code) {
      return { code: 'designation-same' };
    }
    return null;
  },
};
