import { describe, expect, it } from 'vitest';
import { careHospitalsIn } from '@/lib/data/care-hospitals';
import { DEMO_IDS } from '@/lib/data/demo-people';
import { createWorkingCalendar } from '@/lib/calendar/working-days';
import { REGISTERED_PHONE } from '@/lib/services/common-steps';
import { applicableSteps, validateAll, validateStep } from '@/lib/services/engine';
import type { Answers, FlowContext, FlowPerson } from '@/lib/services/flow';
import { decisionInputSchema } from '@/lib/services/decision-inputs';
import { reimbursementDecisionInputs } from '@/lib/services/reimbursement/decision';
import { reimbursementFacts } from '@/lib/services/reimbursement/facts';
import { reimbursementFlow as flow } from '@/lib/services/reimbursement/flow';
import { reimbursementOutcome, reimbursementSmsParams } from '@/lib/services/reimbursement/outcome';
import { CARD_ACCOUNT, maskBankAccount, NOT_LISTED, presentHospitals, type ReimbursementFacts } from '@/lib/services/reimbursement/policy';
import { decideReimbursement, planReimbursement } from '@/lib/services/reimbursement/review-plan';
import { reimbursementSubject } from '@/lib/services/reimbursement/subject';
import type { ReviewContext } from '@/lib/services/review';
import { atShanghaiTime } from '@/lib/time/dates';
import { inpatientInSanya, PHOTO } from '@/tests/helpers/reimbursement-answers';

const TODAY = '2026-11-10';
const li: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '371600', districtCode: '371602', phone: '13800000003' };
const account = { bank: '中国建设银行', masked: '6217 **** **** 4321' };
const ctx = (facts: ReimbursementFacts = { cardAccount: account }): FlowContext<ReimbursementFacts> => ({ today: TODAY, person: li, facts });

const inpatient: Answers = inpatientInSanya;
const outpatient: Answers = {
  careProvinceCode: '370000',
  careCityCode: '370100',
  hospitalCode: NOT_LISTED,
  hospitalDescription: '  历下区  一家社区医院 ',
  careType: 'outpatient',
  visitDate: TODAY,
  invoicePhotos: [PHOTO],
  recordPhotos: [PHOTO],
  payeeAccount: CARD_ACCOUNT,
  contactPhone: REGISTERED_PHONE,
};
const keys = (answers: Answers) => applicableSteps(flow, answers, ctx()).map((s) => s.key);

describe('医疗费手工报销: the flow', () => {
  it('asks 住院 for admission, discharge, 费用清单 and 出院小结; 门诊 for the visit day and the 病历', () => {
    expect(keys(inpatient)).toEqual([
      'careProvinceCode',
      'careCityCode',
      'hospitalCode',
      'careType',
      'admissionDate',
      'dischargeDate',
      'invoicePhotos',
      'feeListPhotos',
      'dischargeSummaryPhotos',
      'payeeAccount',
      'contactPhone',
    ]);
    expect(keys(outpatient)).toEqual([
      'careProvinceCode',
      'careCityCode',
      'hospitalCode',
      'hospitalDescription',
      'careType',
      'visitDate',
      'invoicePhotos',
      'recordPhotos',
      'payeeAccount',
      'contactPhone',
    ]);
  });

  it('files either kind; the hospital described in the person’s words is kept trimmed', () => {
    expect(validateAll(flow, inpatient, ctx()).ok).toBe(true);
    const out = validateAll(flow, outpatient, ctx());
    expect(out.ok && out.answers.hospitalDescription).toBe('历下区 一家社区医院');
  });

  it('lists the hospitals of the city chosen, then 列表里没有; a search keeps 列表里没有 last', () => {
    const options = flow.steps.find((s) => s.key === 'hospitalCode')!.options!(inpatient, ctx());
    expect(options.map((o) => o.value)).toEqual([...careHospitalsIn('460200').map((h) => h.code), NOT_LISTED]);
    expect(presentHospitals(options, { q: 'sysrm' }).map((o) => o.value)).toEqual(['X46020000001', NOT_LISTED]);
  });

  it('does not offer the person’s own 统筹区 (002 第6条: care away from the 参保地)', () => {
    const cities = flow.steps.find((s) => s.key === 'careCityCode')!.options!({ careProvinceCode: '370000' }, ctx());
    expect(cities.map((c) => c.value)).not.toContain('371600');
    expect(validateStep(flow, 'careCityCode', '371600', { careProvinceCode: '370000' }, ctx()).ok).toBe(false);
  });

  it('refuses care in the future and a discharge before the admission', () => {
    expect(validateStep(flow, 'visitDate', '2026-11-11', outpatient, ctx())).toEqual({
      ok: false,
      refusal: { code: 'date-too-late', params: { date: TODAY } },
    });
    expect(validateStep(flow, 'dischargeDate', '2026-10-19', inpatient, ctx())).toEqual({
      ok: false,
      refusal: { code: 'date-too-early', params: { date: '2026-10-20' } },
    });
  });

  it('pays only to the 社保卡’s account, preselected; without one bound it refuses before the first question', () => {
    const step = flow.steps.find((s) => s.key === 'payeeAccount')!;
    expect(step.options!({}, ctx()).map((o) => o.value)).toEqual([CARD_ACCOUNT]);
    expect(step.preselect!({}, ctx())).toBe(CARD_ACCOUNT);
    expect(validateStep(flow, 'payeeAccount', '6217000160004321', {}, ctx()).ok).toBe(false);
    expect(flow.startRule!(ctx({ cardAccount: null }))).toEqual({ code: 'reimbursement-no-account' });
    expect(validateAll(flow, inpatient, ctx({ cardAccount: null }))).toMatchObject({ ok: false, refusal: { code: 'reimbursement-no-account' } });
  });

  it('loads the demo person’s 社保卡 account masked: the page never sees the full number', () => {
    expect(reimbursementFacts(DEMO_IDS.liXiuying)).toEqual({ cardAccount: account });
    expect(reimbursementFacts('someone-else')).toEqual({ cardAccount: null });
    expect(maskBankAccount('6228480402564890017')).toBe('6228 **** **** 0017');
  });
});

describe('医疗费手工报销: the back office', () => {
  const calendar = createWorkingCalendar();
  const review = (answers: Answers = inpatient, cardAccount: typeof account | null = account): ReviewContext => ({
    answers,
    applicant: { insuranceType: 'resident', employmentStatus: null, regionCode: '371600' },
    submittedAt: atShanghaiTime('2026-11-13', 15, 0),
    calendar,
    facts: { cardAccount },
  });

  it('waits for a case worker from the next working day, promising no date the data does not have', () => {
    const plan = planReimbursement(review());
    expect(plan.mode).toBe('desk');
    expect(plan.steps.map((s) => [s.action, s.at.toISOString()])).toEqual([['review', atShanghaiTime('2026-11-16', 9, 0).toISOString()]]);
    expect(plan.expectedBy).toBeNull();
    expect(plan.steps.some((s) => s.action === 'decide')).toBe(false);
  });

  it('pays only to the 社保卡 account on file at the decision, and keeps it masked', () => {
    expect(decideReimbursement(review(inpatient, null))).toEqual({ outcome: 'rejected', reason: 'no-card-account' });
    expect(decideReimbursement(review())).toEqual({
      outcome: 'approved',
      result: { bank: '中国建设银行', account: '6217 **** **** 4321', careType: 'inpatient' },
    });
  });

  it('the desk takes the amount as typed, never as a float, with a reason from the list, and refuses nonsense', () => {
    const inputs = decisionInputSchema(reimbursementDecisionInputs);
    expect(inputs.parse({ amountYuan: ' 800 ', amountReason: 'per-policy' })).toEqual({ amountYuan: '800.00', amountReason: 'per-policy' });
    expect(inputs.parse({ amountYuan: '0.1', amountReason: 'excluded-items' }).amountYuan).toBe('0.10');
    for (const bad of ['0', '0.00', '-5', '1e5', '12.345', ''])
      expect(inputs.safeParse({ amountYuan: bad, amountReason: 'per-policy' }).success, bad).toBe(false);
    expect(inputs.safeParse({ amountYuan: '800', amountReason: 'because' }).success).toBe(false);
    expect(inputs.safeParse({ amountYuan: '800' }).success).toBe(false);
  });

  it('says the amount, the reason and the masked account, in the outcome and in the SMS', () => {
    const result = { inputs: { amountYuan: '1234.50', amountReason: 'per-policy' }, bank: '中国建设银行', account: '6217 **** **** 4321' };
    expect(reimbursementOutcome(result, 'zh-CN')).toBe(
      '核准报销 1234.50 元（按参保地报销政策核定），钱会转到您社保卡绑定的中国建设银行账户 6217 **** **** 4321。',
    );
    expect(reimbursementSmsParams(result)).toEqual({ amount: '1234.50', reason: '按参保地报销政策核定', bank: '中国建设银行', account: '6217 **** **** 4321' });
    expect(reimbursementSubject({ ...outpatient, hospitalDescription: '历下区一家社区医院' }, 'zh-CN')).toBe('历下区一家社区医院 · 门诊');
    expect(reimbursementSubject(inpatient, 'zh-CN')).toBe('三亚市人民医院 · 住院');
  });
});
