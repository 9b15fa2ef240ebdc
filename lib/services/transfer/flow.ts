import { cityOptions, codeValue, contactPhoneStep, provinceOptions } from '../common-steps';
import type { FlowDefinition } from '../flow';
import { automaticTransferRefusal, pendingTransferRefusal, regionName, type TransferFacts } from './policy';

/** 转出地 is the person's own 参保地: known, shown in the first hint, never asked. */
export const transferFlow: FlowDefinition<TransferFacts> = {
  service: 'transfer',
  startRule: (ctx) => pendingTransferRefusal(ctx.facts),
  steps: [
    {
      key: 'toProvinceCode',
      kind: 'choice',
      view: 'grid',
      schema: codeValue,
      options: () => provinceOptions(),
      // 职工 hear that 省内 needs no application (002 第9条); 居民 are told to pick 山东省 for 省内.
      hintParams: (_answers, ctx, locale) => ({ from: regionName(ctx.person.regionCode, locale), kind: ctx.person.insuranceType }),
      rule: (value, _answers, ctx) => automaticTransferRefusal(ctx.person.insuranceType, value),
    },
    {
      key: 'toCityCode',
      kind: 'choice',
      view: 'grid',
      schema: codeValue,
      // Transferring to one's own 统筹区 is no transfer.
      options: (answers, ctx) => cityOptions(answers.toProvinceCode, [ctx.person.regionCode]),
    },
    contactPhoneStep<TransferFacts>(),
  ],
  finalRule: (answers, ctx) => automaticTransferRefusal(ctx.person.insuranceType, answers.toProvinceCode) ?? pendingTransferRefusal(ctx.facts),
  startNotes: (ctx) => (ctx.person.insuranceType === 'employee' ? ['noteEmployee', 'yearsEmployee'] : []),
};
