/**
 * What people say instead of a 门诊慢特病 catalogue name (lib/data/diseases.ts), for 语音版.
 *
 * - `say`: a word that names exactly this catalogue entry (a short name, the common name, the
 *   old name). Heard alone, it picks the entry.
 * - `slips`: the same sounds written with other characters, as a recogniser may (关心病).
 * - `weak`: a word that only suggests the entry (the event, not the 后遗症; a symptom; a word
 *   that fits several entries). It never picks: 语音版 asks back ("您说的是‘…’吗？").
 *
 * Each group names its source beside it. Catalogue names themselves: Jinan plan 第(四)条 (seed 001:
 * 高血压、糖尿病、冠心病、脑血管病后遗症; 恶性肿瘤、肾透析、器官移植抗排异) and the demo catalogues.
 * Colloquial names: public patient-education pages, listed per group; where a page says a word is
 * wider than the entry (血压高 may be passing, 大三阳 may be a carrier), the word is `weak`.
 */
export type ColloquialNames = {
  /** Catalogue code (same in the 职工 and 居民 catalogues). */
  readonly code: string;
  readonly say: readonly string[];
  /**
   * What a recogniser writes for the name or a `say` word when it picks characters of the same
   * sound (关心病 for 冠心病). Picks like `say`; not sourced from a page but checked: each has the
   * same toneless pinyin as the catalogue name or one of the `say` words (tests/unit/disease-colloquial.test.ts).
   */
  readonly slips: readonly string[];
  readonly weak: readonly string[];
  /** Where the names come from: the public pages that give each `say` and `weak` word. */
  readonly source: string;
};

/** Public patient-education pages, read 2026-11-30; each gives the short or everyday name beside the catalogue name. */
const PAGES = {
  hypertension:
    'tsu.tw/xiyi/568423 (原发性高血压又称为高血压病); m.yiwuyishi.com.cn voice/G7bpPLM1OZvLOKYa (高血压和血压高并不完全相同: 血压高可能是暂时的, so 血压高 asks back)',
  diabetes: 'kuaihz.com tid76_1070924 and gilt360.cn 6quw9x92v (血糖高不一定就是糖尿病, so 血糖高 asks back); 糖尿 is the name with 病 left off',
  coronary:
    '211.103.242.133:8080 Disease/Details 1362 (冠状动脉粥样硬化性心脏病简称冠心病, 别名冠状动脉硬化性心脏病); mip.mfk.com shipin/1687293 (冠心病是心脏病 — 心脏病 is wider, so it asks back); thehutchinsonreport.com voice/3M7mlL5WygdebrDa (类型包括心绞痛、心肌梗死)',
  stroke:
    'scholarmate.com/S/snAwDj (脑卒中俗称中风); cljy.dps.qikan.cn spjk20220919 (脑梗死…俗称卒中或中风); 30dushu.com/book/156560 (脑出血又称脑溢血, 脑血栓)',
  cancer:
    'smmip.club.xywy.com wenda/196329254 (肿瘤包括良性肿瘤和恶性肿瘤。恶性肿瘤就是常所说的癌症 — 肿瘤 alone asks back); bohe.cn ask/109042658 (白血病、淋巴瘤…也属于广义的癌症范畴); hanyi.net tag_zhongliusuchengmingchengshishenme (“瘤子”…既可指良性肿瘤，也可指恶性肿瘤; 避讳…“那个病”、“不好的东西” — these ask back)',
  kidney: 'neike.ttjk.com shenshuai/195706 (慢性肾功能衰竭简称慢性肾衰，其终末期又称尿毒症); buell.com.cn voice/54902 (尿毒症…要进行透析)',
  transplant: 'jendow.com.tw wiki 腎移植 (通俗的說法又叫換腎); mip.pingguolv.com ask/b61jbPyMRjR0 (抗排斥药物)',
  heartFailure: 'm.alhadithi.com wenda/195968657 (心力衰竭简称心衰); luoseng.cn voice/142363 (心功能不全…理论上是一个更广泛的概念 — it asks back)',
  copd: 'msdmanuals.com/zh COPD (包括慢性阻塞性支气管炎、肺气肿); scholarmate.com/S/Xbn7wm (简称慢阻肺); firstoh.com COPD (也被称为肺气肿或慢性支气管炎)',
  asthma:
    'mark82.cn voice/42443 (哮喘又名支气管哮喘); ahcme.dps.qikan.cn ds06367047 (气喘是呼吸道常见病 — a symptom, it asks back); dzrbs.com 2018-10/17 content_332274 (齁…“喘，哮喘病”; hōu包儿病 — the dialect word asks back)',
  pah: 'mipsm.club.xywy.com wenda/195877438 (肺动脉高压…也会引发肺高压)',
  parkinson:
    'tsu.tw/xiyi/438957 (帕金森病…又称震颤麻痹); 教育部重編國語辭典 帕金森氏症 (也作巴金森氏症); m.chaonei.com v_13449720 (手抖 is one sign of several — it asks back)',
  dementia: 'scholarmate.com/S/8ngnUG (阿尔茨海默病…通俗的称呼老年痴呆症); scholarmate.com/S/BDzSUu (又称老年性痴呆); qzlndx.org laonian_83663',
  epilepsy:
    'm.51zyzy.com ask/show/16xyc80akq and neike.ttjk.com yangdianfeng/195174 (癫痫病俗称羊癫疯…民间俗称“羊角风”或“羊羔风”); m.fh21.com.cn xdpkp67xxn (羊癫风)',
  myasthenia:
    'm.handmsg.com 2019/1210/14742918, 北京医院 (重症肌无力不是指严重的肌无力 — 肌无力 alone is a symptom, it asks back); ysmiji.com jibing/2167 (通常简称重症肌无力)',
  ms: 'scholarmate.com/S/XoA3vm (多发性硬化(简称MS))',
  rheumatoid:
    'health.eekang.net knowledge/215357 (类风湿关节炎…生活中常常称为“类风湿”; 风湿病…包含了上百种具体的疾病 — 风湿 asks back); mip.pingguolv.com ask/xBFEFAGT',
  lupus: 'm.51zyzy.com ask/show/qclo8befdf (红斑狼疮…可分为盘状红蝴蝶疮和系统性红蝴蝶疮 — 红斑狼疮 alone may be the 盘状 kind, it asks back)',
  spondylitis: 'yilianmeiti.com article/2724231 (强直性脊柱炎不属于类风湿性关节炎); health.eekang.net knowledge/215357 (强直性脊柱炎…风湿病的常见类型)',
  schizophrenia: 'cidian5.com cidian/dllGDReY (精神分裂症, 简称精神分裂)',
  bipolar:
    'tsu.tw/xiyi/yao/106510 (双相障碍…又称双相情感障碍); m.hbtctv.cn p/50536 (央视新闻: 双相情感障碍…也叫躁郁症); m.51zyzy.com ask/show/dy678dcexk (躁郁症全称躁狂抑郁症)',
  cirrhosis: '3g.club.xywy.com wenda/196372404 (肝硬化是…慢性进行性肝病 — 肝病 asks back)',
  hepatitisB:
    'm.hugan.org show-18-37-14936 (大三阳和小三阳是处于乙肝病毒携带状态…并不能说明这人就得了乙型肝炎 — both ask back); m.120ask.com posts_detail/88549632 (乙肝是乙型病毒性肝炎的简称)',
  aplastic: 'soolun.net periodical b7918b3c (再生障碍性贫血简称再障); nature.bio1000.com jkwd/202505/803625 (再生障碍贫血，简称再障)',
  haemophilia: 'the catalogue name only: no everyday name found (me-zen.com xueyoubing calls it “皇室病”, not what older people say)',
  tuberculosis: 'm.mag.qq.com read/1053694382/8 (肺结核病旧称“痨病”或“肺痨”); ask.nctoro.com a260629 (结核病…俗称痨病或肺痨)',
  thyroid: 'scholarmate.com/S/0Now8G (甲状腺功能亢进症简称甲亢); 51zyzy.com ask auo4f343w9 (甲亢全称)',
  psoriasis: 'ccmusic.dps.qikan.cn dzjk20260129 (银屑病俗称“牛皮癣”); 3g.club.xywy.com wenda/190413316',
} as const;

type Group = { code: string; say?: readonly string[]; slips?: readonly string[]; weak?: readonly string[]; source: string };
const group = (g: Group): ColloquialNames => ({ code: g.code, say: g.say ?? [], slips: g.slips ?? [], weak: g.weak ?? [], source: g.source });

export const DISEASE_COLLOQUIAL: readonly ColloquialNames[] = [
  // 血压高 may be a passing reading, not the disease: ask back.
  group({ code: 'M03900', say: ['高血压病', '原发性高血压'], slips: ['高雪压'], weak: ['血压高'], source: PAGES.hypertension }),
  // 血糖高 is a finding, not yet a diagnosis: ask back.
  group({ code: 'M01600', say: ['糖尿', '2型糖尿病', '1型糖尿病'], slips: ['唐尿病'], weak: ['血糖高', '高血糖', '糖高'], source: PAGES.diabetes }),
  // 心绞痛/心梗/放支架 point to 冠心病 without naming it; 心脏病 fits 冠心病 and 心衰 alike.
  group({
    code: 'M04600',
    say: ['冠状动脉粥样硬化性心脏病', '冠状动脉硬化性心脏病'],
    slips: ['关心病'],
    weak: ['心脏病', '心绞痛', '心梗', '心肌梗死', '心肌梗塞', '放支架', '搭桥', '冠状动脉硬化', '冠脉硬化'],
    source: PAGES.coronary,
  }),
  // The event (中风, 脑梗 …) is not the 后遗症 the catalogue names: only "…后遗症" picks.
  group({
    code: 'M04803',
    say: ['脑梗后遗症', '脑梗塞后遗症', '脑梗死后遗症', '脑出血后遗症', '脑溢血后遗症', '中风后遗症', '脑卒中后遗症', '脑血栓后遗症', '脑血管后遗症'],
    weak: ['中风', '脑中风', '脑卒中', '脑梗', '脑梗塞', '脑梗死', '脑血栓', '脑出血', '脑溢血', '偏瘫', '半身不遂', '脑血管病'],
    source: PAGES.stroke,
  }),
  // Named cancers are 恶性肿瘤; 肿瘤 alone may be benign: ask back.
  group({
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
    ],
    weak: ['肿瘤', '长瘤子', '瘤子', '化疗', '放疗', '放化疗', '不好的东西', '不好的病'],
    source: PAGES.cancer,
  }),
  // 尿毒症 is the end stage of 慢性肾衰 and may or may not be on dialysis: ask back on both.
  group({ code: 'M07803', say: ['透析', '血透', '腹透', '血液透析', '腹膜透析', '洗肾', '做透析'], weak: ['尿毒症'], source: PAGES.kidney }),
  group({
    code: 'M07800',
    say: ['慢性肾衰', '肾衰', '肾衰竭', '肾功能衰竭', '慢性肾功能衰竭'],
    weak: ['尿毒症', '肾不好', '肾功能不全'],
    source: PAGES.kidney,
  }),
  group({
    code: 'M08300',
    say: ['器官移植', '肾移植', '换肾', '换过肾', '肝移植', '换肝', '心脏移植', '抗排异', '抗排斥'],
    weak: ['移植'],
    source: PAGES.transplant,
  }),
  group({ code: 'M04301', say: ['心衰', '心力衰竭'], weak: ['心脏病', '心功能不全'], source: PAGES.heartFailure }),
  group({
    code: 'M05300',
    say: ['慢阻肺', '慢性阻塞性肺病', '肺气肿', 'copd'],
    slips: ['慢组肺'],
    // Chronic bronchitis is COPD only when the airway is obstructed (msdmanuals: 慢性阻塞性支气管炎): ask back.
    weak: ['肺病', '气管炎', '老咳嗽', '老慢支', '慢支', '慢性支气管炎'],
    source: PAGES.copd,
  }),
  group({ code: 'M05400', say: ['哮喘', '哮喘病'], weak: ['肺病', '喘', '气喘病', '齁病', '齁喽', '齁喽病'], source: PAGES.asthma }),
  group({ code: 'M04000', say: ['肺高压'], weak: ['肺病'], source: PAGES.pah }),
  group({ code: 'M02300', say: ['帕金森', '震颤麻痹', '巴金森'], slips: ['怕金森'], weak: ['手抖', '手哆嗦', '哆嗦'], source: PAGES.parkinson }),
  group({
    code: 'M02200',
    say: ['老年痴呆', '老年痴呆症', '老年性痴呆', '阿尔茨海默'],
    weak: ['痴呆', '失智'],
    source: PAGES.dementia,
  }),
  group({ code: 'M02500', say: ['羊角风', '羊癫疯', '羊羔风', '羊癫风', '癫痫病'], slips: ['羊羔疯'], weak: ['抽风'], source: PAGES.epilepsy }),
  group({ code: 'M03200', weak: ['肌无力'], source: PAGES.myasthenia }),
  group({ code: 'M02900', say: ['多发硬化'], source: PAGES.ms }),
  group({ code: 'M06900', say: ['类风湿', '类风湿性关节炎'], weak: ['风湿', '关节炎'], source: PAGES.rheumatoid }),
  group({ code: 'M07101', weak: ['红斑狼疮', '狼疮', '红蝴蝶疮'], source: PAGES.lupus }),
  group({ code: 'M07200', say: ['强直'], slips: ['强制性脊柱炎'], weak: ['风湿'], source: PAGES.spondylitis }),
  group({ code: 'M02101', say: ['精神分裂'], weak: ['精神病'], source: PAGES.schizophrenia }),
  group({ code: 'M02102', say: ['躁郁症', '躁狂抑郁症', '双相障碍', '双相'], slips: ['双向情感障碍'], weak: ['精神病'], source: PAGES.bipolar }),
  group({ code: 'M06201', slips: ['干硬化'], weak: ['肝病', '肝不好'], source: PAGES.cirrhosis }),
  group({ code: 'M00201', say: ['乙肝', '乙型肝炎', '慢性乙肝'], weak: ['肝病', '肝不好', '肝炎', '大三阳', '小三阳'], source: PAGES.hepatitisB }),
  group({ code: 'M01102', say: ['再障', '再生障碍贫血'], weak: ['贫血'], source: PAGES.aplastic }),
  group({ code: 'M01200', source: PAGES.haemophilia }),
  group({ code: 'M00100', say: ['肺结核', '结核', '痨病', '肺痨'], slips: ['结合病'], weak: ['肺病'], source: PAGES.tuberculosis }),
  group({ code: 'M01501', say: ['甲亢', '甲状腺亢进', '甲状腺功能亢进症'], slips: ['甲抗'], weak: ['甲状腺'], source: PAGES.thyroid }),
  group({ code: 'M06700', say: ['牛皮癣'], source: PAGES.psoriasis }),
];

const byCode: ReadonlyMap<string, ColloquialNames> = new Map(DISEASE_COLLOQUIAL.map((c) => [c.code, c]));

/** The words 语音版 takes for a catalogue entry: `say` and `slips` pick it, `weak` asks back. */
export function colloquialNames(code: string): { say: readonly string[]; weak: readonly string[] } {
  const names = byCode.get(code);
  return names ? { say: [...names.say, ...names.slips], weak: names.weak } : { say: [], weak: [] };
}

/** Catalogue codes whose `say` words are in what was heard ("我有牛皮癣"), for telling "not in your catalogue" from "not understood". */
export function codesNamedBy(text: string): string[] {
  return DISEASE_COLLOQUIAL.filter((c) => [...c.say, ...c.slips].some((w) => w === text || (w.length >= 2 && text.includes(w)))).map((c) => c.code);
}
