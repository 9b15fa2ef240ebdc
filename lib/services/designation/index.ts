import { defineService } from '../module';
import { recordDesignation } from './approval';
import { designationOutcome, designationSubject } from './describe';
import { designationDeskChecks } from './desk-checks';
import { loadDesignationFacts } from './facts';
import { designationFlow } from './flow';
import { decideDesignation, planDesignation } from './review-plan';

/** 定点医疗机构变更: replace or add a facility within the 统筹区's yearly limit; the start page lists the current ones. */
export const designationService = defineService({
  key: 'designation',
  numberPrefix: 'DD',
  icon: [{ d: 'M5 4h14a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Z' }, { d: 'M12 8v6M9 11h6M9 21v-3h6v3' }],
  flow: designationFlow,
  review: { plan: planDesignation, decide: decideDesignation },
  loadFacts: loadDesignationFacts,
  onApproval: recordDesignation,
  outcome: designationOutcome,
  subject: designationSubject,
  deskChecks: designationDeskChecks,
  manages: 'designations',
});
