import { REGISTERED_PHONE } from '@/lib/services/common-steps';
import { CARD_ACCOUNT } from '@/lib/services/reimbursement/policy';

export const PHOTO = '3f1c2a4e-8b7d-4c1e-9f0a-1b2c3d4e5f60';

/** A 住院 claim for care in 三亚 (三亚市人民医院), 20 Oct – 2 Nov 2026, paid to the 社保卡 account. */
export const inpatientInSanya: Record<string, unknown> = {
  careProvinceCode: '460000',
  careCityCode: '460200',
  hospitalCode: 'X46020000001',
  careType: 'inpatient',
  admissionDate: '2026-10-20',
  dischargeDate: '2026-11-02',
  invoicePhotos: [PHOTO],
  feeListPhotos: [PHOTO],
  dischargeSummaryPhotos: [PHOTO],
  payeeAccount: CARD_ACCOUNT,
  contactPhone: REGISTERED_PHONE,
};
