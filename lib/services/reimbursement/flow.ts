import { z } from 'zod';
import { reimbursementTerms } from '../../data/reimbursement-terms';
import { isIsoDate, type IsoDate } from '../../time/dates';
import { choiceValue, cityOptions, codeValue, contactPhoneStep, photosValue, provinceOptions } from '../common-steps';
import type { Answers, FlowContext, FlowDefinition, FlowStep, Option } from '../flow';
import { freeTextValue } from '../free-text';
import {
  CARD_ACCOUNT,
  careTypes,
  DESCRIPTION_MAX,
  earliestClaimableCare,
  hospitalOptions,
  isInpatient,
  isOutpatient,
  noAccountRefusal,
  NOT_LISTED,
  presentHospitals,
  type ReimbursementFacts,
} from './policy';

type Ctx = FlowContext<ReimbursementFacts>;
/** 门诊/住院 as people say it (the hint: 急诊也算门诊). */
const CARE_TYPE_WORDS: Readonly<Record<(typeof careTypes)[number], string[]>> = {
  outpatient: ['看门诊', '门诊看的', '急诊', '没住院', '当天回家', '当天就回来了'],
  inpatient: ['住院', '住过院', '住了院', '住院了', '办了住院'],
};

const k = (step: string, option: string) => ({ key: `flows.reimbursement.${step}.options.${option}` });
const dateValue = z.string().refine(isIsoDate, { message: 'date-format' });

/** Care already happened: no day after today; none before the 统筹区's claim deadline when its data has one. */
const pastCare = (min: (answers: Answers, ctx: Ctx) => IsoDate | null) => (answers: Answers, ctx: Ctx) => ({ min: min(answers, ctx), max: ctx.today });
const claimable = (_answers: Answers, ctx: Ctx) => earliestClaimableCare(ctx.today, ctx.person.regionCode);

const photoStep = (key: string, when?: (answers: Answers) => boolean): FlowStep<ReimbursementFacts> => ({
  key,
  kind: 'photos',
  ...(when ? { when } : {}),
  schema: photosValue,
});

/** 002 第6条: paid out of pocket (care elsewhere before filing, settled at discharge) → 手工报销 under the 参保地's rules. */
export const reimbursementFlow: FlowDefinition<ReimbursementFacts> = {
  service: 'reimbursement',
  startRule: (ctx) => noAccountRefusal(ctx.facts),
  steps: [
    { key: 'careProvinceCode', kind: 'choice', view: 'grid', schema: codeValue, options: () => provinceOptions() },
    {
      key: 'careCityCode',
      kind: 'choice',
      view: 'grid',
      schema: codeValue,
      // 002 第6条 is about care away from the 参保地: care at home is settled at the hospital.
      options: (answers, ctx) => cityOptions(answers.careProvinceCode, [ctx.person.regionCode]),
    },
    {
      key: 'hospitalCode',
      kind: 'choice',
      view: 'search',
      schema: choiceValue,
      options: (answers) => hospitalOptions(answers.careCityCode),
      present: (options, view) => presentHospitals(options, view),
    },
    {
      key: 'hospitalDescription',
      kind: 'text',
      maxLength: DESCRIPTION_MAX,
      when: (answers) => answers.hospitalCode === NOT_LISTED,
      schema: freeTextValue(DESCRIPTION_MAX),
    },
    {
      key: 'careType',
      kind: 'choice',
      schema: choiceValue,
      options: () => careTypes.map((c): Option => ({ value: c, label: k('careType', c), hint: k('careType', `${c}-hint`), say: CARE_TYPE_WORDS[c] })),
    },
    { key: 'visitDate', kind: 'date', when: isOutpatient, schema: dateValue, dateRange: pastCare(claimable) },
    { key: 'admissionDate', kind: 'date', when: isInpatient, schema: dateValue, dateRange: pastCare(() => null) },
    {
      key: 'dischargeDate',
      kind: 'date',
      when: isInpatient,
      schema: dateValue,
      // Not before the admission; the claim deadline, when the data has one, counts from discharge.
      dateRange: pastCare((answers, ctx) => latest(typeof answers.admissionDate === 'string' ? answers.admissionDate : null, claimable(answers, ctx))),
    },
    photoStep('invoicePhotos'),
    photoStep('feeListPhotos', isInpatient),
    photoStep('dischargeSummaryPhotos', isInpatient),
    photoStep('recordPhotos', isOutpatient),
    {
      key: 'payeeAccount',
      kind: 'choice',
      schema: choiceValue,
      // Only the 社保卡's own account is offered; another account only by staff at a station (the hint says so).
      // The number never breaks across lines (NBSP), so it reads as one number on the card and the check page.
      options: (_answers, ctx) =>
        ctx.facts.cardAccount
          ? [
              {
                value: CARD_ACCOUNT,
                label: {
                  ...k('payeeAccount', 'card'),
                  params: { bank: ctx.facts.cardAccount.bank, account: ctx.facts.cardAccount.masked.replaceAll(' ', '\u00a0') },
                },
                say: ['社保卡', '社保卡账户', '银行卡'],
              },
            ]
          : [],
      preselect: (_answers, ctx) => (ctx.facts.cardAccount ? CARD_ACCOUNT : null),
    },
    {
      ...contactPhoneStep<ReimbursementFacts>(),
      // 一般 N 个工作日 only when the 统筹区's data has a figure (0: the sentence is left out).
      hintParams: (_answers, ctx) => ({ days: reimbursementTerms(ctx.person.regionCode).reviewWorkingDays ?? 0 }),
    },
  ],
  finalRule: (_answers, ctx) => noAccountRefusal(ctx.facts),
};

function latest(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
