/**
 * What older people say on each step of 异地就医备案, 门诊慢特病, 定点变更 and 关系转移 (issue 16),
 * each with what 语音版 must do with it: pick an option, ask back about one, or say it did not
 * understand (with a reason, when one is known). Read by tests/unit/voice-utterances.test.ts.
 */
import { DISEASE_COLLOQUIAL } from '@/lib/data/disease-colloquial';
import { diseaseCatalogue, type InsuranceType } from '@/lib/data/diseases';
import { citiesOf, provinces } from '@/lib/data/divisions';
import { facilities } from '@/lib/data/facilities';
import { REGISTERED_PHONE } from '@/lib/services/common-steps';

/** An option value; ask back about it; ask back about one of these or offer them; not understood; a command. */
export type Expect =
  | { pick: string }
  | { ask: string }
  | { askAmong: string[] }
  /** A recogniser slip not in any word list: the meant option picked or asked back, nothing else. */
  | { pickOrAsk: string }
  | { none: true; reason?: string }
  | { command: 'yes' | 'no' | 'next' | 'back' | 'repeat' | 'submit' };

export type Row = readonly [utterance: string, expect: Expect];

export const pick = (value: string): Expect => ({ pick: value });
export const ask = (value: string): Expect => ({ ask: value });
export const pickOrAsk = (value: string): Expect => ({ pickOrAsk: value });
export const askAmong = (...values: string[]): Expect => ({ askAmong: values });
export const none = (reason?: string): Expect => (reason ? { none: true, reason } : { none: true });
export const command = (c: 'yes' | 'no' | 'next' | 'back' | 'repeat' | 'submit'): Expect => ({ command: c });

export const facility = (name: string): string => {
  const found = facilities.find((f) => f.name === name);
  if (!found) throw new Error(`no facility ${name}`);
  return found.code;
};
export const cityCode = (province: string, name: string): string => {
  const found = citiesOf(province).find((c) => c.name === name);
  if (!found) throw new Error(`no city ${name}`);
  return found.code;
};

// ---------------------------------------------------------------- 异地就医备案

export const categoryRows: Row[] = [
  ['在外地长期住', pick('long-term')],
  ['临时去外地看病', pick('temporary')],
  ['异地长期居住', pick('long-term')],
  ['我是异地长期居住人员', pick('long-term')],
  ['长期的', pick('long-term')],
  ['长期住在那边', pick('long-term')],
  ['我在那边定居了', pick('long-term')],
  ['异地安置', pick('long-term')],
  ['退休安置', pick('long-term')],
  ['常驻异地工作', pick('long-term')],
  ['我常驻外地', pick('long-term')],
  ['临时外出就医', pick('temporary')],
  ['临时的', pick('temporary')],
  ['就是临时去一趟', pick('temporary')],
  ['转诊', pick('temporary')],
  ['异地转诊', pick('temporary')],
  ['去外地看病', pick('temporary')],
  ['到外地看病', pick('temporary')],
  ['第一个', pick('long-term')],
  ['第二个', pick('temporary')],
  ['头一个', pick('long-term')],
  ['最后一个', pick('temporary')],
  // Descriptions: long-term residence suggested, never 临时.
  ['我跟儿子住在北京', ask('long-term')],
  ['跟女儿住', ask('long-term')],
  ['我去跟闺女住', ask('long-term')],
  ['我在外地住', ask('long-term')],
  ['去外地养老', ask('long-term')],
  ['我退休了', ask('long-term')],
  ['医院让我转过去的', ask('temporary')],
  ['去北京看病', ask('temporary')],
  ['急诊', ask('temporary')],
  ['我要去住院', ask('temporary')],
  ['不是临时的', ask('long-term')],
  ['不是长期的', ask('temporary')],
  // Written after the word lists, not tuned to them.
  ['我老伴在青岛住院', ask('temporary')],
  ['我闺女在上海，我过去帮她带孩子', ask('long-term')],
  ['这几年一直在海南过冬', pickOrAsk('long-term')],
  ['我户口迁过去了', none()],
  ['去北京做个手术就回来', pickOrAsk('temporary')],
  ['我在深圳打工', ask('long-term')],
  ['外地', none()],
  ['我不知道', none()],
  ['嗯', command('yes')],
];

export const reasonLongRows: Row[] = [
  ['退休后到外地安置生活', pick('retired-relocation')],
  ['在外地长期居住', pick('long-term-residence')],
  ['常驻外地工作', pick('work-elsewhere')],
  ['异地安置', pick('retired-relocation')],
  ['退休安置', pick('retired-relocation')],
  ['我退休以后去外地', pick('retired-relocation')],
  ['退休了', ask('retired-relocation')],
  ['去那边养老', ask('retired-relocation')],
  ['异地长期居住', pick('long-term-residence')],
  ['长期居住', pick('long-term-residence')],
  ['我在那边定居', pick('long-term-residence')],
  ['我跟儿子住在北京', ask('long-term-residence')],
  ['跟孩子住', ask('long-term-residence')],
  ['去给儿子看孩子', ask('long-term-residence')],
  ['我去带孙子', ask('long-term-residence')],
  ['常驻异地工作', pick('work-elsewhere')],
  ['在外地上班', pick('work-elsewhere')],
  ['我在外地工作', pick('work-elsewhere')],
  ['单位派我去的', ask('work-elsewhere')],
  ['打工', ask('work-elsewhere')],
  ['第一个', pick('retired-relocation')],
  ['第二个', pick('long-term-residence')],
  ['第三个', pick('work-elsewhere')],
  ['最后一个', pick('work-elsewhere')],
  ['第五个', none()],
  ['转诊', none()],
];

export const reasonTempRows: Row[] = [
  ['本地医院转诊到外地', pick('referral')],
  ['其他临时去外地看病', pick('other-temporary')],
  ['转诊', pick('referral')],
  ['异地转诊', pick('referral')],
  ['医院让我转过去的', pick('referral')],
  ['医院给我开了转诊单', pick('referral')],
  ['转院', pick('referral')],
  ['大夫让我去的', ask('referral')],
  ['其他', pick('other-temporary')],
  ['其他临时的', pick('other-temporary')],
  ['我自己去看病', pick('other-temporary')],
  ['走亲戚', ask('other-temporary')],
  ['出去旅游', ask('other-temporary')],
  ['去探亲', ask('other-temporary')],
  ['第一个', pick('referral')],
  ['第二个', pick('other-temporary')],
  ['头一个', pick('referral')],
  ['最后一个', pick('other-temporary')],
  ['长期居住', none()],
];

export const commitmentRows: Row[] = [
  ['个人承诺', pick('promise')],
  ['个人承诺不用交材料', pick('promise')],
  ['承诺书', pick('promise')],
  ['签承诺书', pick('promise')],
  ['我签电子承诺书', pick('promise')],
  ['承诺制', pick('promise')],
  ['不用交材料的那个', pick('promise')],
  ['不交材料', pick('promise')],
  ['我没有证明', pick('promise')],
  ['签个字就行', ask('promise')],
  ['上传证明材料', pick('proof')],
  ['证明材料', pick('proof')],
  ['我有居住证', pick('proof')],
  ['有户籍证明', pick('proof')],
  ['我有转诊单', pick('proof')],
  ['交材料', pick('proof')],
  ['上传照片', ask('proof')],
  ['拍照', ask('proof')],
  ['第一个', pick('promise')],
  ['第二个', pick('proof')],
  ['最后一个', pick('proof')],
  ['不知道', none()],
];

/** TODAY is Monday 2026-11-30. */
export const startDateLongRows: Row[] = [
  ['今天', pick('2026-11-30')],
  ['明天', pick('2026-12-01')],
  ['后天', pick('2026-12-02')],
  ['大后天', pick('2026-12-03')],
  ['昨天', pick('2026-11-29')],
  ['前天', pick('2026-11-28')],
  ['就今天吧', pick('2026-11-30')],
  ['从今天开始', pick('2026-11-30')],
  ['第一个', pick('2026-11-30')],
  ['第1个', pick('2026-11-30')],
  ['下礼拜一', pick('2026-12-07')],
  ['下星期三', pick('2026-12-09')],
  ['下周五', pick('2026-12-11')],
  ['这个月二十八号', pick('2026-11-28')],
  ['十二月五号', pick('2026-12-05')],
  ['12月10日', pick('2026-12-10')],
  ['下个月一号', pick('2026-12-01')],
  ['三天以后', pick('2026-12-03')],
  ['腊月初八', ask('2027-01-15')],
  ['正月十五', ask('2027-02-20')],
  ['上个月底', none('tooEarly')],
  ['去年', none()],
  ['不知道', none()],
];

export const startDateTempRows: Row[] = [
  ['今天', pick('2026-11-30')],
  ['明天', pick('2026-12-01')],
  // A stretch of days is read back before it counts.
  ['上个月底', ask('2026-10-31')],
  ['上个月五号', pick('2026-10-05')],
  ['十一月二十号', pick('2026-11-20')],
  ['上礼拜三', pick('2026-11-25')],
  ['五天前', pick('2026-11-25')],
  ['两个星期以前', ask('2026-11-16')],
];

// ---------------------------------------------------------------- places

/** Every province by its full name, its short name and "去…", plus the words people use. */
export function provinceRows(): Row[] {
  const rows: Row[] = [];
  for (const p of provinces()) {
    rows.push([p.name, pick(p.code)]);
    if (p.short !== p.name) rows.push([`去${p.short}`, pick(p.code)]);
  }
  const code = (short: string) => provinces().find((p) => p.short === short || p.name === short)?.code ?? short;
  rows.push(
    ['宁夏', pick(code('宁夏'))],
    ['广西', pick(code('广西'))],
    ['新疆', pick(code('新疆'))],
    ['内蒙', pick(code('内蒙古'))],
    ['去内蒙', pick(code('内蒙古'))],
    ['吉林省', pick(code('吉林'))],
    ['去天津', pick(code('天津'))],
    ['到大连', pick(code('辽宁'))],
    ['我去海南三亚', pick(code('海南'))],
    ['到青岛', pick(code('山东'))],
    // 省内: within Shandong, where everyone here is insured (lib/data/place-nicknames.ts).
    ['省内', pick(code('山东'))],
    ['第一个', pick(code('山东'))],
    ['外国', none()],
  );
  return rows;
}

const SD = '370000';
/** Cities of Shandong for someone insured in 济南 (济南 itself is not offered). */
export const shandongCityRows: Row[] = [
  ['青岛', pick(cityCode(SD, '青岛市'))],
  ['去青岛', pick(cityCode(SD, '青岛市'))],
  ['青岛市', pick(cityCode(SD, '青岛市'))],
  ['到烟台', pick(cityCode(SD, '烟台市'))],
  ['威海', pick(cityCode(SD, '威海市'))],
  ['潍坊', pick(cityCode(SD, '潍坊市'))],
  ['去临沂', pick(cityCode(SD, '临沂市'))],
  ['淄博', pick(cityCode(SD, '淄博市'))],
  ['滨州', pick(cityCode(SD, '滨州市'))],
  ['德州市', pick(cityCode(SD, '德州市'))],
  ['济宁', pick(cityCode(SD, '济宁市'))],
  ['泰安', pick(cityCode(SD, '泰安市'))],
  ['到日照', pick(cityCode(SD, '日照市'))],
  ['菏泽', pick(cityCode(SD, '菏泽市'))],
  ['聊城', pick(cityCode(SD, '聊城市'))],
  ['东营', pick(cityCode(SD, '东营市'))],
  ['枣庄', pick(cityCode(SD, '枣庄市'))],
  ['到大连', none('cityInOtherProvince')],
  // A municipality is named plainly: “北京市不在这一步的选项里”.
  ['去北京', none('notInList')],
  ['三亚', none('cityInOtherProvince')],
  ['去天津', none('notInList')],
  ['哈尔滨', none('cityInOtherProvince')],
];

const LN = '210000';
export const liaoningCityRows: Row[] = [
  ['大连', pick(cityCode(LN, '大连市'))],
  ['到大连', pick(cityCode(LN, '大连市'))],
  ['沈阳', pick(cityCode(LN, '沈阳市'))],
  ['去沈阳', pick(cityCode(LN, '沈阳市'))],
  ['鞍山', pick(cityCode(LN, '鞍山市'))],
  ['锦州', pick(cityCode(LN, '锦州市'))],
  ['丹东', pick(cityCode(LN, '丹东市'))],
  ['营口', pick(cityCode(LN, '营口市'))],
  ['青岛', none('cityInOtherProvince')],
  ['长春', none('cityInOtherProvince')],
  ['哈尔滨', none('cityInOtherProvince')],
];

const HN = '460000';
export const hainanCityRows: Row[] = [
  ['三亚', pick(cityCode(HN, '三亚市'))],
  ['去三亚', pick(cityCode(HN, '三亚市'))],
  ['海口', pick(cityCode(HN, '海口市'))],
  ['琼海', pick(cityCode(HN, '琼海市'))],
  ['万宁', pick(cityCode(HN, '万宁市'))],
  ['广州', none('cityInOtherProvince')],
];

// ---------------------------------------------------------------- 门诊慢特病

/**
 * Every entry of the person's catalogue by its name, by each `say` word, with "我有…", and each
 * `weak` word (asks back about its one entry, or among the several it fits); what the other
 * catalogue has and this one does not gets the reason.
 */
export function diseaseRows(type: InsuranceType): Row[] {
  const listed = diseaseCatalogue(type);
  const listedCodes = new Set(listed.map((d) => d.code));
  const rows: Row[] = [];
  for (const d of listed) {
    rows.push([d.name, pick(d.code)]);
    rows.push([`我有${d.name.split('（')[0] ?? d.name}`, pick(d.code)]);
  }
  const weakFits = new Map<string, string[]>();
  for (const entry of DISEASE_COLLOQUIAL) {
    if (!listedCodes.has(entry.code)) continue;
    for (const word of entry.say) rows.push([word, pick(entry.code)]);
    for (const word of entry.weak) weakFits.set(word, [...(weakFits.get(word) ?? []), entry.code]);
  }
  for (const [word, codes] of weakFits) rows.push([word, codes.length === 1 ? ask(codes[0] as string) : askAmong(...codes)]);
  const other: InsuranceType = type === 'employee' ? 'resident' : 'employee';
  for (const d of diseaseCatalogue(other)) if (!listedCodes.has(d.code)) rows.push([d.name, none('diseaseNotInCatalogue')]);
  if (type === 'resident')
    rows.push(['我有牛皮癣', none('diseaseNotInCatalogue')], ['强直', none('diseaseNotInCatalogue')], ['肺高压', none('diseaseNotInCatalogue')]);
  return rows;
}

/** Sentences as people say them, for a 职工 (the longer catalogue). */
export function diseaseSentenceRows(): Row[] {
  const code = (name: string) => diseaseCatalogue('employee').find((d) => d.name === name)?.code ?? name;
  return [
    ['我血压高', ask(code('高血压'))],
    ['我是高血压', pick(code('高血压'))],
    ['俺有糖尿病', pick(code('糖尿病'))],
    ['我血糖高好多年了', ask(code('糖尿病'))],
    ['医生说我是脑梗后遗症', pick(code('脑血管病后遗症'))],
    ['我中风了', ask(code('脑血管病后遗症'))],
    ['前年脑出血留下的后遗症', ask(code('脑血管病后遗症'))],
    // Chronic bronchitis is COPD only with an obstructed airway: asked back (lib/data/disease-colloquial.ts).
    ['老伴说我是老慢支', ask(code('慢性阻塞性肺疾病'))],
    ['肺气肿', pick(code('慢性阻塞性肺疾病'))],
    ['我做透析', pick(code('肾透析'))],
    ['我是尿毒症', askAmong(code('肾透析'), code('慢性肾功能衰竭（非透析）'))],
    ['心脏不好，心脏病', askAmong(code('冠心病'), code('慢性心力衰竭'))],
    ['我换过肾', pick(code('器官移植抗排异'))],
    ['我得的是肺癌', pick(code('恶性肿瘤'))],
    ['帕金森', pick(code('帕金森病'))],
    ['老年痴呆', pick(code('阿尔茨海默病'))],
    ['甲亢', pick(code('甲状腺功能亢进'))],
    ['类风湿', pick(code('类风湿关节炎'))],
    ['牛皮癣', pick(code('银屑病'))],
    ['高血压和糖尿病', none()],
    ['不是高血压是糖尿病', pick(code('糖尿病'))],
    ['第一个', pick(code('高血压'))],
    ['第二个', pick(code('糖尿病'))],
    ['感冒', none()],
    ['我不知道', none()],
    // Slips no word list holds: only the sound-alike matcher can get them, and it may ask back.
    ['高学压', pickOrAsk(code('高血压'))],
    ['糖尿并', pickOrAsk(code('糖尿病'))],
    ['冠兴病', pickOrAsk(code('冠心病'))],
    ['帕金生病', pickOrAsk(code('帕金森病'))],
    ['肝应化', pickOrAsk(code('肝硬化'))],
    ['结合病', pickOrAsk(code('结核病'))],
    ['肾头析', pickOrAsk(code('肾透析'))],
    ['癫仙', pickOrAsk(code('癫痫'))],
    ['血有病', pickOrAsk(code('血友病'))],
    ['银雪病', pickOrAsk(code('银屑病'))],
    ['重症机无力', pickOrAsk(code('重症肌无力'))],
    ['强直性脊注炎', pickOrAsk(code('强直性脊柱炎'))],
    ['系统性红斑狼窗', pickOrAsk(code('系统性红斑狼疮'))],
    ['再生障碍性贫雪', pickOrAsk(code('再生障碍性贫血'))],
    ['精神分列症', pickOrAsk(code('精神分裂症'))],
  ];
}

/** 济南's 慢特病 hospitals by full name, short name and nickname; the nearest by words. */
export function chronicHospitalRows(nearest: string): Row[] {
  return [
    ['山东大学齐鲁医院', pick(facility('山东大学齐鲁医院'))],
    ['齐鲁医院', pick(facility('山东大学齐鲁医院'))],
    ['去齐鲁', pick(facility('山东大学齐鲁医院'))],
    ['省立医院', pick(facility('山东省立医院'))],
    ['山东省立医院', pick(facility('山东省立医院'))],
    ['千佛山医院', pick(facility('山东省千佛山医院'))],
    ['千医', pick(facility('山东省千佛山医院'))],
    ['济南市中心医院', pick(facility('济南市中心医院'))],
    ['市中心医院', pick(facility('济南市中心医院'))],
    ['四院', pick(facility('济南市第四人民医院'))],
    ['济南四院', pick(facility('济南市第四人民医院'))],
    ['章丘人民医院', pick(facility('济南市章丘区人民医院'))],
    ['长清医院', pick(facility('济南市长清区人民医院'))],
    // The nearest is asked back by its name: the person cannot see which one it is.
    ['离我最近的', ask(nearest)],
    ['最近的那个', ask(nearest)],
    ['最近的那家', ask(nearest)],
    ['第一个', pick(nearest)],
    ['人民医院', none()],
    ['齐路医院', pickOrAsk(facility('山东大学齐鲁医院'))],
    ['省力医院', pickOrAsk(facility('山东省立医院'))],
    ['千佛三医院', pickOrAsk(facility('山东省千佛山医院'))],
    ['青岛大学附属医院', none('facilityNotListed')],
    ['北京协和医院', none()],
  ];
}

// ---------------------------------------------------------------- 定点变更

/** The person holds 齐鲁医院 and 省立医院. */
export const replaceRows: Row[] = [
  ['换掉齐鲁医院', pick(facility('山东大学齐鲁医院'))],
  ['换齐鲁医院', pick(facility('山东大学齐鲁医院'))],
  ['齐鲁医院', pick(facility('山东大学齐鲁医院'))],
  ['把省立医院换了', pick(facility('山东省立医院'))],
  ['省立', pick(facility('山东省立医院'))],
  // 不要 X: replace X, or not X? Neither is guessed.
  ['不要省立医院了', none()],
  ['再加一家', pick('add')],
  ['加一家', pick('add')],
  ['再加一个', pick('add')],
  ['都留着再加一家', pick('add')],
  ['增加定点', pick('add')],
  ['我想再要一家', pick('add')],
  ['第一个', pick(facility('山东大学齐鲁医院'))],
  ['第二个', pick(facility('山东省立医院'))],
  ['最后一个', pick('add')],
  ['千佛山医院', none()],
];

export function newFacilityRows(nearest: string): Row[] {
  return [
    ['千佛山医院', pick(facility('山东省千佛山医院'))],
    ['换成千佛山医院', pick(facility('山东省千佛山医院'))],
    ['济南市中心医院', pick(facility('济南市中心医院'))],
    ['四院', pick(facility('济南市第四人民医院'))],
    ['第四人民医院', pick(facility('济南市第四人民医院'))],
    ['章丘区人民医院', pick(facility('济南市章丘区人民医院'))],
    ['姚家街道社区卫生服务中心', pick(facility('历下区姚家街道社区卫生服务中心'))],
    ['姚家社区', pick(facility('历下区姚家街道社区卫生服务中心'))],
    ['七里山', pick(facility('市中区七里山街道社区卫生服务中心'))],
    ['唐冶', pick(facility('历城区唐冶街道社区卫生服务中心'))],
    ['神武村卫生室', pick(facility('历城区港沟街道神武村卫生室'))],
    ['东田村卫生室', pick(facility('章丘区埠村街道东田村卫生室'))],
    ['离我最近的', ask(nearest)],
    ['最近的那个', ask(nearest)],
    ['齐鲁医院', none('facilityNotListed')],
    ['卫生室', none()],
    ['人民医院', none()],
  ];
}

// ---------------------------------------------------------------- 联系电话

export const phoneRows: Row[] = [
  ['就用我这个手机号', pick(REGISTERED_PHONE)],
  ['用我的手机号', pick(REGISTERED_PHONE)],
  ['用原来的号', pick(REGISTERED_PHONE)],
  ['就用这个号', pick(REGISTERED_PHONE)],
  ['本机', pick(REGISTERED_PHONE)],
  ['第一个', pick(REGISTERED_PHONE)],
  ['头一个', pick(REGISTERED_PHONE)],
  ['用我自己的', pick(REGISTERED_PHONE)],
  ['一三九一二三四五六七八', pick('13912345678')],
  ['幺三九 幺二三四 五六七八', pick('13912345678')],
  ['我儿子的号是一三八零零一二三四五六', pick('13800123456')],
  ['换一个号', none()],
  ['用我儿子的手机', none()],
  ['一二三', none()],
];

// ---------------------------------------------------------------- yes/no and start pages

export const yesNoRows: Row[] = [
  ['是', command('yes')],
  ['是的', command('yes')],
  ['对', command('yes')],
  ['对对对', command('yes')],
  ['行', command('yes')],
  ['中', command('yes')],
  ['中啊', command('yes')],
  ['嗯', command('yes')],
  ['嗯嗯', command('yes')],
  ['好', command('yes')],
  ['可以', command('yes')],
  ['没错', command('yes')],
  ['确定', command('yes')],
  ['提交', command('submit')],
  ['不是', command('no')],
  ['不对', command('no')],
  ['不用', command('no')],
  ['算了', command('no')],
  ['不行', command('no')],
  ['不中', command('no')],
  ['不要', command('no')],
  ['取消', command('no')],
  ['再说一遍', command('repeat')],
  ['返回', command('back')],
  ['上一步', command('back')],
];

/** A service's start page: these begin it (lib/voice/begin.ts), nothing else does. */
export const startRows: Row[] = [
  ['开始', pick('begin')],
  ['开始办理', pick('begin')],
  ['开始办', pick('begin')],
  ['继续', pick('begin')],
  ['下一步', pick('begin')],
  ['好，开始吧', pick('begin')],
  ['是', pick('begin')],
  ['不办了', none()],
  ['先别开始', none()],
  ['返回', none()],
  ['今天天气不错', none()],
];
