import { defineService } from '../module';
import { transferOutcome, transferPlace, transferSubject } from './describe';
import { transferDeskChecks } from './desk-checks';
import { loadTransferFacts } from './facts';
import { transferFlow } from './flow';
import { decideTransfer, planTransfer } from './review-plan';

/** 医保关系转移接续: 转出地审核 → 转入地接收 → 办结; 省内 职工 transfers start by themselves (002 第9条). */
export const transferService = defineService({
  key: 'transfer',
  numberPrefix: 'ZY',
  icon: [{ d: 'M4 8h14l-4-4M20 16H6l4 4' }],
  flow: transferFlow,
  review: { plan: planTransfer, decide: decideTransfer },
  loadFacts: (records, personId) => loadTransferFacts(records, personId),
  outcome: transferOutcome,
  subject: transferSubject,
  place: { of: transferPlace, label: 'placeTransfer' },
  deskChecks: transferDeskChecks,
  systemStartedNote: 'autoNote',
});
