/**
 * What people say instead of a 门诊慢特病 catalogue name (lib/data/diseases.ts), for 语音版.
 *
 * - `say`: a word that names exactly this catalogue entry (a short name, the common name, the
 *   old name, a frequent recogniser slip). Heard alone, it picks the entry.
 * - `weak`: a word that only suggests the entry (the event, not the 后遗症; a symptom; a word
 *   that fits several entries). It never picks: 语音版 asks back ("您说的是‘…’吗？").
 *
 * Each group names its source beside it. Catalogue names themselves: Jinan plan 第(四)条 (seed 001:
 * 高血压、糖尿病、冠心病、脑血管病后遗症; 恶性肿瘤、肾透析、器官移植抗排异) and the demo catalogues.
 * Colloquial names: public patient-education pages, listed per group.
 */
export type ColloquialNames = {
  /** Catalogue code (same in the 职工 and 居民 catalogues). */
  readonly code: string;
  readonly say: readonly string[];
  readonly weak: readonly string[];
  /** Where the names come from. */
  readonly source: string;
};

const PATIENT_PAGES = {
  stroke:
    'scholarmate.com/S/snAwDj (脑卒中俗称中风); cljy.dps.qikan.cn spjk20220919 (脑梗死…俗称卒中或中风); 30dushu.com/book/156560 (脑出血又称脑溢血, 脑血栓)',
  copd: 'msdmanuals.com/zh COPD (包括慢性阻塞性支气管炎、肺气肿); scholarmate.com/S/Xbn7wm (简称慢阻肺); firstoh.com COPD (也被称为肺气肿或慢性支气管炎)',
  thyroid: 'scholarmate.com/S/0Now8G (甲状腺功能亢进症简称甲亢); 51zyzy.com ask auo4f343w9 (甲亢全称)',
  kidney: 'neike.ttjk.com shenshuai/195706 (慢性肾功能衰竭简称慢性肾衰，其终末期又称尿毒症); buell.com.cn voice/54902 (尿毒症…要进行透析)',
  dementia: 'scholarmate.com/S/8ngnUG (阿尔茨海默病…通俗的称呼老年痴呆症); scholarmate.com/S/BDzSUu (又称老年性痴呆); qzlndx.org laonian_83663',
  psoriasis: 'ccmusic.dps.qikan.cn dzjk20260129 (银屑病俗称“牛皮癣”); 3g.club.xywy.com wenda/190413316',
  common:
    'everyday short forms of the catalogue name (the name with its 病/症/性 left off, or its first words), as on 国家医保服务平台 and hospital 慢病 pages',
} as const;

export const DISEASE_COLLOQUIAL: readonly ColloquialNames[] = [
  // 高血压: seed 001 names it; 血压高 is the same words turned round.
  { code: 'M03900', say: ['血压高', '高血压病', '原发性高血压', '高雪压'], weak: [], source: PATIENT_PAGES.common },
  // 血糖高 is a finding, not yet a diagnosis: ask back.
  { code: 'M01600', say: ['糖尿', '2型糖尿病', '1型糖尿病', '糖料病', '唐尿病'], weak: ['血糖高', '高血糖', '糖高'], source: PATIENT_PAGES.common },
  // 心绞痛/心梗/放支架 point to 冠心病 without naming it; 心脏病 fits 冠心病 and 心衰 alike.
  {
    code: 'M04600',
    say: ['冠状动脉粥样硬化性心脏病', '冠状动脉硬化', '冠脉硬化', '关心病'],
    weak: ['心脏病', '心绞痛', '心梗', '心肌梗死', '心肌梗塞', '放支架', '搭桥'],
    source: PATIENT_PAGES.common,
  },
  // The event (中风, 脑梗 …) is not the 后遗症 the catalogue names: only "…后遗症" picks.
  {
    code: 'M04803',
    say: ['脑梗后遗症', '脑梗塞后遗症', '脑梗死后遗症', '脑出血后遗症', '脑溢血后遗症', '中风后遗症', '脑卒中后遗症', '脑血栓后遗症', '脑血管后遗症'],
    weak: ['中风', '脑中风', '脑卒中', '脑梗', '脑梗塞', '脑梗死', '脑血栓', '脑出血', '脑溢血', '偏瘫', '半身不遂', '脑血管病'],
    source: PATIENT_PAGES.stroke,
  },
  // Named cancers are 恶性肿瘤; 肿瘤 alone may be benign: ask back.
  {
    code: 'M00500',
    say: [
      '癌症',
      '癌',
      '肺癌',
      '胃癌',
      '肝癌',
      '食管癌',
      '食道癌',
      '肠癌',
      '结肠癌',
      '直肠癌',
      '乳腺癌',
      '宫颈癌',
      '前列腺癌',
      '胰腺癌',
      '甲状腺癌',
      '白血病',
      '淋巴瘤',
      '恶性肿瘤',
    ],
    weak: ['肿瘤', '长瘤子', '化疗', '放疗', '放化疗'],
    source: PATIENT_PAGES.common,
  },
  // 尿毒症 is the end stage of 慢性肾衰 and may or may not be on dialysis: ask back on both.
  { code: 'M07803', say: ['透析', '血透', '腹透', '血液透析', '腹膜透析', '洗肾', '做透析'], weak: ['尿毒症'], source: PATIENT_PAGES.kidney },
  {
    code: 'M07800',
    say: ['慢性肾衰', '肾衰', '肾衰竭', '肾功能衰竭', '慢性肾功能衰竭', '肾功能不全'],
    weak: ['尿毒症', '肾不好'],
    source: PATIENT_PAGES.kidney,
  },
  {
    code: 'M08300',
    say: ['器官移植', '肾移植', '换肾', '换过肾', '肝移植', '换肝', '心脏移植', '抗排异', '抗排斥'],
    weak: ['移植'],
    source: PATIENT_PAGES.common,
  },
  { code: 'M04301', say: ['心衰', '心力衰竭', '心功能不全'], weak: ['心脏病'], source: PATIENT_PAGES.common },
  {
    code: 'M05300',
    say: ['慢阻肺', '慢性阻塞性肺病', '肺气肿', '老慢支', '慢支', '慢性支气管炎', 'copd', '慢组肺'],
    weak: ['肺病', '气管炎', '老咳嗽'],
    source: PATIENT_PAGES.copd,
  },
  { code: 'M05400', say: ['哮喘', '气喘病', '哮喘病'], weak: ['肺病', '喘'], source: PATIENT_PAGES.common },
  { code: 'M04000', say: ['肺高压'], weak: ['肺病'], source: PATIENT_PAGES.common },
  { code: 'M02300', say: ['帕金森', '怕金森', '巴金森'], weak: ['手抖'], source: PATIENT_PAGES.common },
  {
    code: 'M02200',
    say: ['老年痴呆', '老年痴呆症', '老年性痴呆', '阿尔兹海默', '阿兹海默', '阿尔茨海默'],
    weak: ['痴呆', '失智'],
    source: PATIENT_PAGES.dementia,
  },
  { code: 'M02500', say: ['羊角风', '羊癫疯', '羊羔疯', '癫痫病'], weak: ['抽风'], source: PATIENT_PAGES.common },
  { code: 'M03200', say: ['肌无力'], weak: [], source: PATIENT_PAGES.common },
  { code: 'M02900', say: ['多发硬化'], weak: [], source: PATIENT_PAGES.common },
  { code: 'M06900', say: ['类风湿', '类风湿性关节炎'], weak: ['风湿', '关节炎'], source: PATIENT_PAGES.common },
  { code: 'M07101', say: ['红斑狼疮', '狼疮'], weak: [], source: PATIENT_PAGES.common },
  { code: 'M07200', say: ['强直', '强制性脊柱炎', '强直性脊椎炎'], weak: ['风湿'], source: PATIENT_PAGES.common },
  { code: 'M02101', say: ['精神分裂'], weak: ['精神病'], source: PATIENT_PAGES.common },
  { code: 'M02102', say: ['双相', '双相障碍', '躁郁症', '双向情感障碍'], weak: ['精神病'], source: PATIENT_PAGES.common },
  { code: 'M06201', say: ['肝硬变', '干硬化'], weak: ['肝病', '肝不好'], source: PATIENT_PAGES.common },
  { code: 'M00201', say: ['乙肝', '乙型肝炎', '慢性乙肝', '大三阳', '小三阳'], weak: ['肝病', '肝不好', '肝炎'], source: PATIENT_PAGES.common },
  { code: 'M01102', say: ['再障', '再生障碍贫血'], weak: ['贫血'], source: PATIENT_PAGES.common },
  { code: 'M01200', say: [], weak: [], source: PATIENT_PAGES.common },
  { code: 'M00100', say: ['肺结核', '结核', '痨病'], weak: ['肺病'], source: PATIENT_PAGES.common },
  { code: 'M01501', say: ['甲亢', '甲状腺亢进', '甲状腺功能亢进症', '甲抗'], weak: ['甲状腺'], source: PATIENT_PAGES.thyroid },
  { code: 'M06700', say: ['牛皮癣'], weak: [], source: PATIENT_PAGES.psoriasis },
];

const byCode: ReadonlyMap<string, ColloquialNames> = new Map(DISEASE_COLLOQUIAL.map((c) => [c.code, c]));

/** The words 语音版 takes for a catalogue entry: `say` picks it, `weak` asks back. */
export function colloquialNames(code: string): { say: readonly string[]; weak: readonly string[] } {
  const names = byCode.get(code);
  return names ? { say: names.say, weak: names.weak } : { say: [], weak: [] };
}

/** Catalogue codes whose `say` words are in what was heard ("我有牛皮癣"), for telling "not in your catalogue" from "not understood". */
export function codesNamedBy(text: string): string[] {
  return DISEASE_COLLOQUIAL.filter((c) => c.say.some((w) => w === text || (w.length >= 2 && text.includes(w)))).map((c) => c.code);
}
