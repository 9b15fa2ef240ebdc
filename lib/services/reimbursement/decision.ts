import type { DecisionInput } from '../decision-inputs';

/**
 * What the case worker enters to approve a claim, having read the photos: the amount approved and why
 * it is that amount, from a fixed list. The app never computes an amount (issue 15): the 经办 does,
 * under the 参保地's rules (002 第6条). The desk validates both and stores them under `inputs`.
 */
export const approvalReasons = ['per-policy', 'excluded-items', 'temporary-rates', 'incomplete-receipts'] as const;
export type ApprovalReason = (typeof approvalReasons)[number];

/** Where each reason's words live: `<prefix>.<reason>`. */
export const APPROVAL_REASON_PREFIX = 'flows.reimbursement.decision.reasons';

export const reimbursementDecisionInputs: readonly DecisionInput[] = [
  { kind: 'amount-yuan', name: 'amountYuan', label: 'flows.reimbursement.desk.amount' },
  {
    kind: 'choice',
    name: 'amountReason',
    label: 'flows.reimbursement.desk.reason',
    options: approvalReasons.map((value) => ({ value, label: `${APPROVAL_REASON_PREFIX}.${value}` })),
  },
];
