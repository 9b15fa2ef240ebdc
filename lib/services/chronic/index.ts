import { defineService } from '../module';
import { chronicOutcome, chronicSubject } from './describe';
import { chronicDeskChecks } from './desk-checks';
import { loadChronicFacts } from './facts';
import { chronicFlow } from './flow';
import { decideChronic, planChronicReview } from './review-plan';

/** 门诊慢特病待遇认定: the disease from the person's catalogue, a chronic-care hospital, diagnosis photos. */
export const chronicService = defineService({
  key: 'chronic',
  numberPrefix: 'MT',
  icon: [{ d: 'M6.5 8h11a4 4 0 0 1 0 8h-11a4 4 0 0 1 0-8Z', transform: 'rotate(-35 12 12)' }, { d: 'm9.2 8 5.6 8' }],
  flow: chronicFlow,
  review: { plan: planChronicReview, decide: decideChronic },
  loadFacts: (records, personId) => loadChronicFacts(records, personId),
  outcome: chronicOutcome,
  subject: chronicSubject,
  deskChecks: chronicDeskChecks,
});
