import { careHospitalsIn } from '../../data/care-hospitals';
import { reimbursementTerms } from '../../data/reimbursement-terms';
import type { RegionCode } from '../../data/regions';
import { addDays, type IsoDate } from '../../time/dates';
import type { ListView, Option, Refusal } from '../flow';
import { nameRank, normaliseQuery } from '../name-search';

/** The 社保卡's bank account as the page may see it: the bank and the number masked, never the full number. */
export type CardAccount = { bank: string; masked: string };

export type ReimbursementFacts = { cardAccount: CardAccount | null };

/** The hospital is not on the list: the person describes it in their own words on the next step. */
export const NOT_LISTED = 'not-listed';
/** The answer meaning "the bank account of my 社保卡": the page and the draft never hold the number. */
export const CARD_ACCOUNT = 'card-account';
/** Enough for a hospital's name and the street or town it is in. */
export const DESCRIPTION_MAX = 60;

export const careTypes = ['outpatient', 'inpatient'] as const;
export type CareType = (typeof careTypes)[number];

export const isInpatient = (answers: Record<string, unknown>) => answers.careType === 'inpatient';
export const isOutpatient = (answers: Record<string, unknown>) => answers.careType === 'outpatient';

/** 6217 **** **** 1234: the first and last four digits, as a bank card is printed on a receipt. */
export function maskBankAccount(number: string): string {
  return `${number.slice(0, 4)} **** **** ${number.slice(-4)}`;
}

/**
 * The earliest day of care a claim may still be made for: only when the 统筹区's data has a deadline
 * (the seeds give none, 002 第6条 leaves it to "参保地规定"); null means no limit is enforced.
 */
export function earliestClaimableCare(today: IsoDate, region: RegionCode): IsoDate | null {
  const days = reimbursementTerms(region).claimWithinDays;
  return days === null ? null : addDays(today, -days);
}

/** The hospitals of the city the care was in, then 列表里没有. */
export function hospitalOptions(cityCode: unknown): Option[] {
  const listed = typeof cityCode === 'string' ? careHospitalsIn(cityCode) : [];
  return [
    ...listed.map((h): Option => ({ value: h.code, label: { text: h.name }, say: [h.name] })),
    {
      value: NOT_LISTED,
      label: { key: 'flows.reimbursement.hospitalCode.options.not-listed' },
      say: ['没有', '找不到', '不在里面', '列表里没有', '上面没有', '没找到', '都不是'],
    },
  ];
}

/** A search narrows the hospitals by name or pinyin initials; 列表里没有 is always there, last. */
export function presentHospitals(options: Option[], view: ListView): Option[] {
  const q = normaliseQuery(view.q ?? '');
  const notListed = options.filter((o) => o.value === NOT_LISTED);
  const named = options
    .filter((o) => o.value !== NOT_LISTED && 'text' in o.label)
    .map((option, index) => ({ option, index, rank: q && 'text' in option.label ? nameRank(q, option.label.text) : 2 }))
    .filter((x) => x.rank !== undefined)
    .sort((a, b) => (a.rank ?? 2) - (b.rank ?? 2) || a.index - b.index)
    .map((x) => x.option);
  return [...named, ...notListed];
}

/** Money can only be paid to the 社保卡's own account; without one bound, the station sets it up first. */
export function noAccountRefusal(facts: ReimbursementFacts): Refusal | null {
  return facts.cardAccount ? null : { code: 'reimbursement-no-account' };
}
