// Demo data: 门诊慢特病 catalogues (codes follow the national M-code style; codes not in the national list are invented).
import { pinyin } from 'pinyin-pro';
import { HOSPITAL_INITIATED_DISEASES } from './hospital-initiated';

export type InsuranceType = 'employee' | 'resident';

/**
 * How an application is reviewed (Jinan plan 第(四)条):
 * immediate — handled at once; same-day — reviewed the day it is filed at the hospital;
 * monthly — reviewed in the monthly batch; centralised — 集中认定 within 20 working days.
 */
export type ReviewMode = 'immediate' | 'same-day' | 'monthly' | 'centralised';

export type Disease = {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly catalogue: InsuranceType;
  readonly reviewMode: ReviewMode;
  readonly highCost: boolean;
  /**
   * 免申即享 (002 第12条, list in `hospital-initiated.ts`): after discharge the hospital starts the
   * application and the 医保经办机构 confirms it online; the insured person does nothing.
   */
  readonly hospitalInitiated: boolean;
};

type Row = readonly [code: string, name: string, nameEn: string, reviewMode: ReviewMode, highCost?: boolean];

const HOSPITAL_INITIATED_NAMES: ReadonlySet<string> = new Set(HOSPITAL_INITIATED_DISEASES.map((d) => d.name));

function catalogue(type: InsuranceType, rows: readonly Row[]): Disease[] {
  return rows.map(([code, name, nameEn, reviewMode, highCost = false]) => ({
    code,
    name,
    nameEn,
    catalogue: type,
    reviewMode,
    highCost,
    hospitalInitiated: HOSPITAL_INITIATED_NAMES.has(name),
  }));
}

const employeeDiseases = catalogue('employee', [
  ['M03900', '高血压', 'Hypertension', 'centralised'],
  ['M01600', '糖尿病', 'Diabetes', 'centralised'],
  ['M04600', '冠心病', 'Coronary heart disease', 'centralised'],
  ['M04803', '脑血管病后遗症', 'Sequelae of cerebrovascular disease', 'centralised'],
  ['M00500', '恶性肿瘤', 'Malignant tumour', 'same-day', true],
  ['M07803', '肾透析', 'Kidney dialysis', 'same-day', true],
  ['M08300', '器官移植抗排异', 'Anti-rejection therapy after organ transplant', 'same-day', true],
  ['M04301', '慢性心力衰竭', 'Chronic heart failure', 'same-day'],
  ['M05300', '慢性阻塞性肺疾病', 'Chronic obstructive pulmonary disease', 'same-day'],
  ['M05400', '支气管哮喘', 'Bronchial asthma', 'same-day'],
  ['M04000', '肺动脉高压', 'Pulmonary arterial hypertension', 'same-day'],
  ['M02300', '帕金森病', "Parkinson's disease", 'same-day'],
  ['M02200', '阿尔茨海默病', "Alzheimer's disease", 'same-day'],
  ['M02500', '癫痫', 'Epilepsy', 'same-day'],
  ['M03200', '重症肌无力', 'Myasthenia gravis', 'same-day'],
  ['M02900', '多发性硬化', 'Multiple sclerosis', 'same-day'],
  ['M06900', '类风湿关节炎', 'Rheumatoid arthritis', 'same-day'],
  ['M07101', '系统性红斑狼疮', 'Systemic lupus erythematosus', 'same-day'],
  ['M07200', '强直性脊柱炎', 'Ankylosing spondylitis', 'same-day'],
  ['M02101', '精神分裂症', 'Schizophrenia', 'same-day'],
  ['M02102', '双相情感障碍', 'Bipolar disorder', 'same-day'],
  ['M06201', '肝硬化', 'Liver cirrhosis', 'same-day'],
  ['M00201', '慢性乙型肝炎', 'Chronic hepatitis B', 'same-day'],
  ['M01102', '再生障碍性贫血', 'Aplastic anaemia', 'same-day'],
  ['M01200', '血友病', 'Haemophilia', 'same-day'],
  ['M07800', '慢性肾功能衰竭（非透析）', 'Chronic renal failure (without dialysis)', 'same-day'],
  ['M00100', '结核病', 'Tuberculosis', 'same-day'],
  ['M01501', '甲状腺功能亢进', 'Hyperthyroidism', 'same-day'],
  ['M06700', '银屑病', 'Psoriasis', 'same-day'],
]);

const residentDiseases = catalogue('resident', [
  ['M00500', '恶性肿瘤', 'Malignant tumour', 'immediate', true],
  ['M07803', '肾透析', 'Kidney dialysis', 'immediate', true],
  ['M08300', '器官移植抗排异', 'Anti-rejection therapy after organ transplant', 'immediate', true],
  ['M03900', '高血压', 'Hypertension', 'monthly'],
  ['M01600', '糖尿病', 'Diabetes', 'monthly'],
  ['M04600', '冠心病', 'Coronary heart disease', 'monthly'],
  ['M04803', '脑血管病后遗症', 'Sequelae of cerebrovascular disease', 'monthly'],
  ['M04301', '慢性心力衰竭', 'Chronic heart failure', 'monthly'],
  ['M05300', '慢性阻塞性肺疾病', 'Chronic obstructive pulmonary disease', 'monthly'],
  ['M05400', '支气管哮喘', 'Bronchial asthma', 'monthly'],
  ['M02300', '帕金森病', "Parkinson's disease", 'monthly'],
  ['M02200', '阿尔茨海默病', "Alzheimer's disease", 'monthly'],
  ['M02500', '癫痫', 'Epilepsy', 'monthly'],
  ['M03200', '重症肌无力', 'Myasthenia gravis', 'monthly'],
  ['M06900', '类风湿关节炎', 'Rheumatoid arthritis', 'monthly'],
  ['M07101', '系统性红斑狼疮', 'Systemic lupus erythematosus', 'monthly'],
  ['M02101', '精神分裂症', 'Schizophrenia', 'monthly'],
  ['M02102', '双相情感障碍', 'Bipolar disorder', 'monthly'],
  ['M06201', '肝硬化', 'Liver cirrhosis', 'monthly'],
  ['M00201', '慢性乙型肝炎', 'Chronic hepatitis B', 'monthly'],
  ['M01102', '再生障碍性贫血', 'Aplastic anaemia', 'monthly'],
  ['M01200', '血友病', 'Haemophilia', 'monthly'],
  ['M07800', '慢性肾功能衰竭（非透析）', 'Chronic renal failure (without dialysis)', 'monthly'],
  ['M00100', '结核病', 'Tuberculosis', 'monthly'],
  ['M01501', '甲状腺功能亢进', 'Hyperthyroidism', 'monthly'],
]);

export const diseases: readonly Disease[] = [...employeeDiseases, ...residentDiseases];

const byCatalogue: Readonly<Record<InsuranceType, readonly Disease[]>> = {
  employee: employeeDiseases,
  resident: residentDiseases,
};

export function diseaseCatalogue(type: InsuranceType): readonly Disease[] {
  return byCatalogue[type];
}

/** The 免申即享 diseases of one catalogue (002 第12条). */
export function hospitalInitiatedDiseases(type: InsuranceType): readonly Disease[] {
  return byCatalogue[type].filter((d) => d.hospitalInitiated);
}

export function diseaseByCode(catalogueType: InsuranceType, code: string): Disease | undefined {
  return byCatalogue[catalogueType].find((d) => d.code === code);
}

type SearchKey = {
  readonly name: string;
  readonly nameEn: string;
  /** Toneless syllables, ü written as v (what people type on a phone keyboard). */
  readonly syllables: readonly string[];
  readonly full: string;
  readonly initials: string;
};

let searchKeys: ReadonlyMap<Disease, SearchKey> | undefined;

function keysFor(d: Disease): SearchKey {
  const syllables = pinyin(d.name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
  return {
    name: d.name,
    nameEn: d.nameEn.toLowerCase(),
    syllables,
    full: syllables.join(''),
    initials: syllables.map((s) => s.charAt(0)).join(''),
  };
}

function getSearchKeys(): ReadonlyMap<Disease, SearchKey> {
  searchKeys ??= new Map(diseases.map((d) => [d, keysFor(d)]));
  return searchKeys;
}

const MAX_QUERY_LENGTH = 40;

/**
 * True when the query can be read as consecutive syllables from `start`, each typed in full or
 * as a prefix (so 'gxy', 'gaoxueya', 'gaoxy' and 'tangn' all work). Failed states are memoised.
 */
function matchesSyllablesFrom(query: string, syllables: readonly string[], start: number): boolean {
  const failed = new Set<number>();
  const step = (qi: number, si: number): boolean => {
    if (qi === query.length) return true;
    const syllable = syllables[si];
    const state = si * (query.length + 1) + qi;
    if (syllable === undefined || failed.has(state)) return false;
    for (let len = Math.min(syllable.length, query.length - qi); len >= 1; len--) {
      if (query.startsWith(syllable.slice(0, len), qi) && step(qi + len, si + 1)) return true;
    }
    failed.add(state);
    return false;
  };
  return step(0, start);
}

/** 0 exact, 1 prefix, 2 substring/initials anywhere, undefined no match. */
function rank(query: string, key: SearchKey): 0 | 1 | 2 | undefined {
  if (key.name === query) return 0;
  if (key.name.startsWith(query)) return 1;
  if (key.name.includes(query)) return 2;
  if (!/[a-z]/.test(query)) return undefined;

  const latin = query.replace(/[' ]/g, '').replace(/ü/g, 'v');
  if (/^[a-z]+$/.test(latin)) {
    if (latin === key.full || latin === key.initials) return 0;
    if (matchesSyllablesFrom(latin, key.syllables, 0)) return 1;
    for (let i = 1; i < key.syllables.length; i++) {
      if (matchesSyllablesFrom(latin, key.syllables, i)) return 2;
    }
  }

  if (key.nameEn === query) return 0;
  if (key.nameEn.startsWith(query)) return 1;
  if (key.nameEn.split(/[\s()'-]+/).some((word) => word.length > 0 && word.startsWith(query))) return 2;
  return undefined;
}

/**
 * Searches one catalogue by Chinese substring, pinyin initials or toneless full pinyin
 * (case-insensitive; English word prefixes too). Ordered exact → prefix → substring/initials,
 * then catalogue order. An empty query returns the whole catalogue.
 */
export function searchDiseases(catalogueType: InsuranceType, query: string): Disease[] {
  const list = byCatalogue[catalogueType];
  const q = query.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH);
  if (q === '') return [...list];
  const keys = getSearchKeys();
  return list
    .map((disease, index) => {
      const key = keys.get(disease);
      return { disease, index, r: key === undefined ? undefined : rank(q, key) };
    })
    .filter((x): x is { disease: Disease; index: number; r: 0 | 1 | 2 } => x.r !== undefined)
    .sort((a, b) => a.r - b.r || a.index - b.index)
    .map((x) => x.disease);
}
