import type { Locale } from '../i18n/routing';
import type { IsoDate } from '../time/dates';
import type { DecisionInput } from './decision-inputs';
import type { Answers, FlowContext, FlowDefinition } from './flow';
import type { ApprovedApplication, PersonRecords } from './person-records';
import type { ApplicantFacts, ServiceReview } from './review';

/** A message key (under `flows.<service>` unless it starts with a top-level group) and its parameters. */
export type MessageRef = { key: string; params?: Record<string, string | number> };

/** An icon as data (24 × 24, stroked): the components draw it; lib never imports React. */
export type IconShape = { d: string; transform?: string };

/** One rule the back office already checked, as the review desk shows it: what, and whether it holds. */
/** `holds` null: how it is handled, not a rule that could fail. */
export type DeskCheck = { text: MessageRef; holds: boolean | null };

export type DeskCheckInput = { answers: Answers; applicant: ApplicantFacts; submittedAt: Date; channel: string; locale: Locale };

/** A start-page notice with links, in the module's own words; a generic component renders it. */
export type StartPanel = {
  when?: (ctx: FlowContext<Record<string, unknown>>) => boolean;
  /** Message keys under `flows.<service>.start`. */
  text: string;
  links?: { label: string; href: string }[];
};

/**
 * Everything the rest of the app needs about one service. Each `lib/services/<service>/index.ts`
 * exports one; `lib/services/modules.ts` lists them, and every registry is built from that list.
 */
export type ServiceModule<K extends string = string, F = Record<string, unknown>> = {
  key: K;
  /** 办件编号 prefix: letters a caller can read out on the phone. */
  numberPrefix: string;
  icon: IconShape[];
  flow: FlowDefinition<F>;
  /** The back office's plan (when, by whom) and decision. */
  review: ServiceReview;
  /** What the flow's rules need to know about the person (existing filings, designations …), read fresh. */
  loadFacts?: (records: PersonRecords, personId: string, today: IsoDate) => Promise<F>;
  /** What an approval changes in the person's standing records, in the approval's transaction. */
  onApproval?: (records: PersonRecords, app: ApprovedApplication, now: Date) => Promise<void>;
  /** The result of an approved application in plain words (empty: nothing to add). */
  outcome: (result: Record<string, unknown>, locale: Locale) => string;
  /** What the application is about, for its card in 我的办件 (the disease and hospital, the place). */
  subject?: (row: { answers: Answers; outcome: Record<string, unknown> | null }, locale: Locale) => string | null;
  /** Where the application is about, as written on it (海南省琼海市), and the key under `applications` that frames it. */
  place?: { of: (answers: Answers) => string | null; label: string };
  /** The rules already checked, for the review desk. */
  deskChecks?: (input: DeskCheckInput) => DeskCheck[];
  /** What a case worker enters to approve (an amount, a reason from a list): validated, stored in the result. */
  decisionInputs?: readonly DecisionInput[];
  /** The 办结 SMS in the service's own words: `flows.<service>.sms.<template>`, with these parameters besides the usual. */
  approvalSms?: { template: string; params: (result: Record<string, unknown>, answers: Answers) => Record<string, string | number> };
  startPanels?: StartPanel[];
  /** The person's standing records this service manages on its start page (异地备案 in force: 变更 / 取消 / 补交证明). */
  manages?: 'remote-filings' | 'designations';
  /** Shown after the answers when this holds (002 第6条's 补办 notice): a key under `flows.<service>`. */
  answersNotice?: { text: string; when: (answers: Answers, ctx: FlowContext<Record<string, unknown>>) => boolean; link?: { label: string; href: string } };
  /** A note on an application the 经办 system started by itself (省内 免申即享): a key under `applications`. */
  systemStartedNote?: string;
};

/** Keeps the key's literal type and checks the facts the flow and loader share. */
export function defineService<const K extends string, F>(module: ServiceModule<K, F>): ServiceModule<K, F> {
  return module;
}
