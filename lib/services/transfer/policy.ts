import { SHANDONG } from '../../data/divisions';
import type { InsuranceType } from '../../data/diseases';
import { regionByCode, type RegionCode } from '../../data/regions';
import type { Refusal } from '../flow';

export type PendingTransfer = { id: string; number: string; toCityCode: string | null };

export type TransferFacts = {
  /** The person's transfer applications still in progress (accepted or in review). */
  pendingTransfers: PendingTransfer[];
};

export const IN_PROGRESS = ['accepted', 'reviewing'] as const;

export function pendingTransferRefusal(facts: TransferFacts): Refusal | null {
  return facts.pendingTransfers.length > 0 ? { code: 'transfer-pending' } : null;
}

/** The 参保地 the transfer starts from, as people say it (济南市 / Jinan). */
export function regionName(region: RegionCode, locale: string): string {
  const r = regionByCode(region);
  if (!r) return region;
  return locale === 'zh-CN' ? r.name : r.nameEn;
}

/**
 * 省内 免申即享 (002 第9条): "完善职工医保关系转移接续业务模块…对省内异地参保缴费信息进行自动抓取，实现省内医保关系
 * 转移接续“免申即享”". Written for 职工医保 relations only: a 职工 who becomes insured in another
 * Shandong city has the transfer started by the 经办 system; 居民 and every 跨省 transfer still apply.
 */
export function transfersWithoutApplying(insuranceType: InsuranceType, toProvinceCode: unknown): boolean {
  return insuranceType === 'employee' && toProvinceCode === SHANDONG;
}

/** A 职工 choosing 山东省 is told it happens by itself, instead of being invited to file a duplicate. */
export function automaticTransferRefusal(insuranceType: InsuranceType, toProvinceCode: unknown): Refusal | null {
  return transfersWithoutApplying(insuranceType, toProvinceCode) ? { code: 'transfer-intra-automatic' } : null;
}

/**
 * Whether "缴费年限合并计算" may be said. The seeds never use the phrase; domain.md's stage list ends
 * "办结 (contribution years merged)". Contribution years add up only in 职工医保 (they count towards
 * 退休 benefits); 居民医保 is paid year by year and no source says anything is merged for it, so
 * for 居民 it is not claimed.
 */
export function mergesContributionYears(insuranceType: unknown): boolean {
  return insuranceType === 'employee';
}
