import { defineService } from '../module';
import { recordFiling } from './approval';
import { remoteCareOutcome, remoteCarePlace, remoteCareSubject } from './describe';
import { remoteCareDeskChecks } from './desk-checks';
import { remoteCareFlow } from './flow';
import { decideRemoteCare, planRemoteCare } from './review-plan';
import { compareDates } from '../../time/dates';

/** 异地就医备案: in force the moment it is filed; its filings are changed, cancelled and proved on the start page. */
export const remoteCareService = defineService({
  key: 'remote-care',
  numberPrefix: 'YD',
  icon: [{ d: 'M2 13.5 22 4l-4.5 16-5-5.5L8 19v-6l10-7-12 6.5Z' }],
  flow: remoteCareFlow,
  review: { plan: planRemoteCare, decide: decideRemoteCare },
  loadFacts: async (records, personId, today) => ({ activeFilings: await records.activeFilings(personId, today) }),
  onApproval: recordFiling,
  outcome: remoteCareOutcome,
  subject: remoteCareSubject,
  place: { of: remoteCarePlace, label: 'placeRemoteCare' },
  deskChecks: remoteCareDeskChecks,
  manages: 'remote-filings',
  // 002 第6条, when a filing starts before today (补办): before the discharge bill it is settled directly;
  // paid out of pocket already, it is claimed under the 参保地 rules (手工报销).
  answersNotice: {
    text: 'late',
    when: (answers, ctx) => typeof answers.startDate === 'string' && compareDates(answers.startDate, ctx.today) < 0,
    link: { label: 'lateLink', href: '/services/reimbursement' },
  },
  startPanels: [{ text: 'paidAlready', links: [{ label: 'paidAlreadyLink', href: '/services/reimbursement' }] }],
});
