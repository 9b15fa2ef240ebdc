import { decideChronic, planChronicReview } from './chronic/rules';
import { decideDesignation, planDesignation } from './designation/rules';
import { decideRemoteCare, planRemoteCare } from './remote-care/rules';
import type { ServiceKey, ServiceReview } from './review';
import { decideTransfer, planTransfer } from './transfer/rules';

/** 办件编号 prefixes are digits-and-letters a caller can read out on the phone. */
export const serviceReviews: Record<ServiceKey, ServiceReview> = {
  'remote-care': { numberPrefix: 'YD', plan: planRemoteCare, decide: decideRemoteCare },
  chronic: { numberPrefix: 'MT', plan: planChronicReview, decide: decideChronic },
  designation: { numberPrefix: 'DD', plan: planDesignation, decide: decideDesignation },
  transfer: { numberPrefix: 'ZY', plan: planTransfer, decide: decideTransfer },
};
