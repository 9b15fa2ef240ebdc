import { defineService } from '../module';
import { reimbursementDecisionInputs } from './decision';
import { reimbursementDeskChecks } from './desk-checks';
import { reimbursementFacts } from './facts';
import { reimbursementFlow } from './flow';
import { reimbursementOutcome, reimbursementSmsParams } from './outcome';
import { decideReimbursement, planReimbursement } from './review-plan';
import { reimbursementPlace, reimbursementSubject } from './subject';

/** 医疗费手工报销 (002 第6条): paid out of pocket away from home, claimed under the 参保地's rules; a case worker sets the amount. */
export const reimbursementService = defineService({
  key: 'reimbursement',
  numberPrefix: 'SG',
  icon: [{ d: 'M5 3h14v18l-2.5-1.5L14 21l-2-1.5-2 1.5-2.5-1.5L5 21Z' }, { d: 'M8.5 8h7M8.5 12h7M8.5 16h4' }],
  flow: reimbursementFlow,
  review: { plan: planReimbursement, decide: decideReimbursement },
  loadFacts: async (_records, personId) => reimbursementFacts(personId),
  outcome: reimbursementOutcome,
  subject: ({ answers }, locale) => reimbursementSubject(answers, locale),
  place: { of: reimbursementPlace, label: 'placeCare' },
  deskChecks: reimbursementDeskChecks,
  decisionInputs: reimbursementDecisionInputs,
  approvalSms: { template: 'approved', params: (result) => reimbursementSmsParams(result) },
});
