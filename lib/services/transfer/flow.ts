import { cityOptions, codeValue, contactPhoneStep, provinceOptions } from '../common-steps';
import type { FlowDefinition } from '../flow';
import { pendingTransferRefusal, regionName, type TransferFacts } from './policy';

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
      hintParams: (_answers, ctx, locale) => ({ from: regionName(ctx.person.regionCode, locale) }),
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
  finalRule: (_answers, ctx) => pendingTransferRefusal(ctx.facts),
};
