// 门诊慢特病 免申即享: the diseases a hospital applies for on the insured person's behalf.
// Source: 鲁医保办发〔2023〕14号 第12条 (seed 002): "对器官移植术后抗排异、恶性肿瘤放化疗等病种，参保群众出院结算后，
// 由医疗机构直接发起门诊慢性病待遇认定，属地医保经办机构线上确认，参保群众即可享受门诊慢特病待遇。"
// The "等" leaves the list open; only the two named diseases are listed until a 统筹区 publishes more.

export type HospitalInitiatedDisease = {
  /** The catalogue name (lib/data/diseases.ts), in both the 职工 and the 居民 catalogue. */
  readonly name: string;
  /** The treatment after whose discharge the hospital applies. */
  readonly treatment: string;
  readonly treatmentEn: string;
};

export const HOSPITAL_INITIATED_DISEASES: readonly HospitalInitiatedDisease[] = [
  { name: '器官移植抗排异', treatment: '器官移植术后抗排异', treatmentEn: 'anti-rejection therapy after an organ transplant' },
  { name: '恶性肿瘤', treatment: '放化疗', treatmentEn: 'radiotherapy or chemotherapy' },
];
