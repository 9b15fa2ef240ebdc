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
