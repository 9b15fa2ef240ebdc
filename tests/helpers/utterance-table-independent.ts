/**
 * An INDEPENDENT table of what older people (70–80, in 济南, 青岛, 临沂, 潍坊) say to 语音版 on each step
 * of 异地就医备案, 门诊慢特病, 定点变更 and 关系转移, and on the yes/no and start pages.
 *
 * Written on 2026-11-30 by a separate author who did not see the matcher's word lists (lib/voice/**,
 * remote-care/voice-words.ts, disease-colloquial.ts, facility-nicknames.ts, place-nicknames.ts, or the
 * rest of tests/helpers/utterance-table.ts). Sources read: the screens' wording (zh-CN.json), the flows'
 * step keys and option values, the disease catalogues, facilities and divisions, and the domain brief.
 * The phrases are how such a person would actually speak to a phone (方言 words, fillers, descriptions of
 * their situation, numbers as words, dates as people say them, recogniser slips, corrections, answers that
 * fit nothing); each row's expectation is what the person MEANS, judged as a careful clerk would: pick
 * when clear, ask back when a clerk would check, none when it fits nothing. The rows were not tuned to
 * the matcher. A row that describes the person's situation instead of naming the option expects
 * pickOrAsk (a clerk may well check back); a row that names the option, or its place in the list, expects pick.
 * Changed after the first run, for being wrong on meaning, not to pass: situation descriptions first written as
 * pick now follow the rule above, and 上个月十号 on 2026-11-30 is 10月10日 (it was written as 11月10日).
 * Read by tests/unit/voice-utterances-independent.test.ts through tests/helpers/utterance-harness.ts.
 */
import { diseaseCatalogue, type InsuranceType } from '@/lib/data/diseases';
import { REGISTERED_PHONE } from '@/lib/services/common-steps';
import { ask, askAmong, cityCode, command, facility, none, pick, pickOrAsk, type Row } from './utterance-table';

// ── 异地就医备案: 您属于哪种情况？ (long-term 在外地长期住 / temporary 临时去外地看病) ─────────────

export const categoryRows: Row[] = [
  ['俺闺女在上海，俺过去给她看孩子，得住好几年', pickOrAsk('long-term')],
  ['俺退休了，跟着儿子上青岛住去，不回来了', pickOrAsk('long-term')],
  ['就是去北京看个病，看完就回来', pickOrAsk('temporary')],
  ['大夫让俺转到北京的大医院去看看', pickOrAsk('temporary')],
  ['长期的', pick('long-term')],
  ['临时的', pick('temporary')],
  ['那个……长期住的那个', pick('long-term')],
  ['俺是临时去看病', pick('temporary')],
  ['第一个', pick('long-term')],
  ['嗯……第二个吧', pick('temporary')],
  ['不是那个，是第二个', pick('temporary')],
  ['头一个', pick('long-term')],
  ['下边那个', pick('temporary')],
  ['俺在外地打工，一年到头不回来', pickOrAsk('long-term')],
  ['俺搬到儿子那去了，就在那边住下了', pickOrAsk('long-term')],
  ['俺家还在济南，就是去外地瞅瞅病', pickOrAsk('temporary')],
  ['常期在外地住', pickOrAsk('long-term')],
  ['零时去外地看病', pickOrAsk('temporary')],
  ['在外地长期住', pick('long-term')],
  ['临时去外地看病', pick('temporary')],
  ['俺去海南过冬，住仨月就回来', askAmong('long-term', 'temporary')],
  ['俺老伴在北京住院，俺去伺候他', askAmong('temporary', 'long-term')],
  ['俺也说不好，就是出门', askAmong('long-term', 'temporary')],
  ['不是长期的，俺就去看个病', pickOrAsk('temporary')],
  ['俺不是去看病，俺是去那边住', pickOrAsk('long-term')],
  ['你说啥？俺没听明白', command('repeat')],
  ['今天天儿不错啊', none()],
  ['俺要报销', none()],
  ['在外边住了好些年了，那边有房子', pickOrAsk('long-term')],
  ['去外地住院，动个手术', pickOrAsk('temporary')],
];

// ── 具体是哪一种？ long-term: retired-relocation / long-term-residence / work-elsewhere ─────────────

export const reasonLongRows: Row[] = [
  ['俺退休了，跟着闺女去外地养老', pickOrAsk('retired-relocation')],
  ['退休以后搬到儿子那边住了', pickOrAsk('retired-relocation')],
  ['俺在那边上班，单位在那', pickOrAsk('work-elsewhere')],
  ['单位派俺常驻那边', pickOrAsk('work-elsewhere')],
  ['俺在外地打工', pickOrAsk('work-elsewhere')],
  ['俺没退休，就是在那边住', pickOrAsk('long-term-residence')],
  ['俺是农村的，没有退休这一说，就是跟着儿子住', pickOrAsk('long-term-residence')],
  ['退休好几年了，在那边买了房子住', pickOrAsk('retired-relocation')],
  ['第一个', pick('retired-relocation')],
  ['第二个', pick('long-term-residence')],
  ['第三个', pick('work-elsewhere')],
  ['最后一个', pick('work-elsewhere')],
  ['中间那个', pick('long-term-residence')],
  ['退休的那个', pick('retired-relocation')],
  ['上班那个', pick('work-elsewhere')],
  ['嗯……就是长期居住吧', pick('long-term-residence')],
  ['退休安置', pick('retired-relocation')],
  ['在外地工作', pick('work-elsewhere')],
  ['常驻外地工作', pick('work-elsewhere')],
  ['退休后到外地安置生活', pick('retired-relocation')],
  ['在外地长期居住', pick('long-term-residence')],
  ['俺给闺女看孩子，在那边住着', askAmong('long-term-residence', 'retired-relocation')],
  ['不是上班，俺早退了，退休金在这边领', pickOrAsk('retired-relocation')],
  ['退修了，去外地养老', pickOrAsk('retired-relocation')],
  ['这个俺也不懂，你看着办吧', none()],
  ['俺去看病', none()],
];

// ── 具体是哪一种？ temporary: referral / other-temporary ─────────────────────────────────────────

export const reasonTempRows: Row[] = [
  ['医院给开了转诊单，让俺去北京', pickOrAsk('referral')],
  ['大夫说咱这看不了，让上北京看', pickOrAsk('referral')],
  ['俺自己想去上海看看专家', pickOrAsk('other-temporary')],
  ['转院', pick('referral')],
  ['转诊', pick('referral')],
  ['不是转诊，俺自己去的', pickOrAsk('other-temporary')],
  ['第一个', pick('referral')],
  ['第二个', pick('other-temporary')],
  ['其他的', pick('other-temporary')],
  ['别的情况', pick('other-temporary')],
  ['本地医院转诊到外地', pick('referral')],
  ['其他临时去外地看病', pick('other-temporary')],
  ['俺去走亲戚，怕万一在那边生病', pickOrAsk('other-temporary')],
  ['齐鲁医院给转的', pickOrAsk('referral')],
  ['医院没给开单子，俺自己去', pickOrAsk('other-temporary')],
  ['转真', pickOrAsk('referral')],
  ['嗯……最后那个吧', pick('other-temporary')],
  ['医生介绍俺去的', ask('referral')],
  ['俺也不知道算哪个', none()],
  ['俺家老头子去', none()],
];

// ── 要去哪个省？ / 要转到哪个省？ ─────────────────────────────────────────────────────────────

export function provinceRows(): Row[] {
  return [
    ['上海', pick('310000')],
    ['俺上北京', pick('110000')],
    ['去天津', pick('120000')],
    ['俺闺女在广东深圳', pick('440000')],
    ['辽宁', pick('210000')],
    ['东北，辽宁省', pick('210000')],
    ['海南', pick('460000')],
    ['去海南岛过冬', pick('460000')],
    ['就在咱山东', pick('370000')],
    ['省内', pick('370000')],
    ['山东省', pick('370000')],
    ['俺去青岛', pickOrAsk('370000')],
    ['去烟台俺儿那', pickOrAsk('370000')],
    ['去三亚', pickOrAsk('460000')],
    ['去哈尔滨', pickOrAsk('230000')],
    ['去苏州', pickOrAsk('320000')],
    ['去大连', pickOrAsk('210000')],
    ['去沈阳', pickOrAsk('210000')],
    ['去杭州', pickOrAsk('330000')],
    ['去广州', pickOrAsk('440000')],
    ['去武汉', pickOrAsk('420000')],
    ['去成都', pickOrAsk('510000')],
    ['去西安', pickOrAsk('610000')],
    ['去昆明', pickOrAsk('530000')],
    ['重庆', pick('500000')],
    ['江苏', pick('320000')],
    ['浙江', pick('330000')],
    ['安徽', pick('340000')],
    ['福建厦门', pick('350000')],
    ['江西', pick('360000')],
    ['河南', pick('410000')],
    ['湖北', pick('420000')],
    ['湖南', pick('430000')],
    ['河北', pick('130000')],
    ['山西，太原那个山西', pick('140000')],
    ['陕西，西安那个陕西', pick('610000')],
    ['内蒙', pick('150000')],
    ['广西', pick('450000')],
    ['新疆', pick('650000')],
    ['黑龙江', pick('230000')],
    ['吉林省', pick('220000')],
    ['四川', pick('510000')],
    ['云南', pick('530000')],
    ['贵州', pick('520000')],
    ['甘肃', pick('620000')],
    ['宁夏', pick('640000')],
    ['河北，不对，河南', pick('410000')],
    ['上海……不是，是江苏昆山', pick('320000')],
    ['嗯……那个……北京吧', pick('110000')],
    ['东北', askAmong('210000', '220000', '230000')],
    ['南方', none()],
    ['台湾', none()],
    ['去美国俺儿那', none()],
    ['去俺闺女那', none()],
    ['俺也不知道，俺儿子知道', none()],
    ['上海市', pick('310000')],
    ['浙江宁波', pick('330000')],
    ['俺去广东', pick('440000')],
  ];
}

// ── 山东省: 要去哪个城市？ (the person lives in 济南, which is not offered) ────────────────────────────

const sd = (name: string) => cityCode('370000', name);

export const shandongCityRows: Row[] = [
  ['青岛', pick(sd('青岛市'))],
  ['去青岛俺儿那', pick(sd('青岛市'))],
  ['烟台', pick(sd('烟台市'))],
  ['威海', pick(sd('威海市'))],
  ['临沂', pick(sd('临沂市'))],
  ['俺回临沂老家', pick(sd('临沂市'))],
  ['潍坊', pick(sd('潍坊市'))],
  ['淄博', pick(sd('淄博市'))],
  ['枣庄', pick(sd('枣庄市'))],
  ['东营', pick(sd('东营市'))],
  ['济宁', pick(sd('济宁市'))],
  ['泰安', pick(sd('泰安市'))],
  ['日照', pick(sd('日照市'))],
  ['德州', pick(sd('德州市'))],
  ['聊城', pick(sd('聊城市'))],
  ['滨州', pick(sd('滨州市'))],
  ['菏泽', pick(sd('菏泽市'))],
  ['青岛市', pick(sd('青岛市'))],
  ['寿光', pickOrAsk(sd('潍坊市'))],
  ['即墨', pickOrAsk(sd('青岛市'))],
  ['胶州', pickOrAsk(sd('青岛市'))],
  ['黄岛', pickOrAsk(sd('青岛市'))],
  ['曲阜', pickOrAsk(sd('济宁市'))],
  ['蓬莱', pickOrAsk(sd('烟台市'))],
  ['荣成', pickOrAsk(sd('威海市'))],
  ['诸城', pickOrAsk(sd('潍坊市'))],
  ['青州', pickOrAsk(sd('潍坊市'))],
  ['沂水', pickOrAsk(sd('临沂市'))],
  ['滕州', pickOrAsk(sd('枣庄市'))],
  ['新泰', pickOrAsk(sd('泰安市'))],
  ['临清', pickOrAsk(sd('聊城市'))],
  ['济宁，不是济南', pick(sd('济宁市'))],
  ['烟台……哎不对，威海', pick(sd('威海市'))],
  ['临义', pickOrAsk(sd('临沂市'))],
  ['河泽', pickOrAsk(sd('菏泽市'))],
  ['得州', pickOrAsk(sd('德州市'))],
  ['泰山那边', pickOrAsk(sd('泰安市'))],
  ['海边上，烟台威海那片', askAmong(sd('烟台市'), sd('威海市'))],
  ['济南', none()],
  ['章丘', none()],
  ['大连', none()],
  ['上海', none()],
  ['俺就在家门口', none()],
];

// ── 辽宁省: 要去哪个城市？ ────────────────────────────────────────────────────────────────────

const ln = (name: string) => cityCode('210000', name);

export const liaoningCityRows: Row[] = [
  ['沈阳', pick(ln('沈阳市'))],
  ['大连', pick(ln('大连市'))],
  ['俺闺女在大连', pick(ln('大连市'))],
  ['鞍山', pick(ln('鞍山市'))],
  ['抚顺', pick(ln('抚顺市'))],
  ['本溪', pick(ln('本溪市'))],
  ['丹东', pick(ln('丹东市'))],
  ['锦州', pick(ln('锦州市'))],
  ['营口', pick(ln('营口市'))],
  ['阜新', pick(ln('阜新市'))],
  ['辽阳', pick(ln('辽阳市'))],
  ['盘锦', pick(ln('盘锦市'))],
  ['铁岭', pick(ln('铁岭市'))],
  ['朝阳', pick(ln('朝阳市'))],
  ['葫芦岛', pick(ln('葫芦岛市'))],
  ['瓦房店', pickOrAsk(ln('大连市'))],
  ['旅顺', pickOrAsk(ln('大连市'))],
  ['海城', pickOrAsk(ln('鞍山市'))],
  ['兴城', pickOrAsk(ln('葫芦岛市'))],
  ['福顺', pickOrAsk(ln('抚顺市'))],
  ['盘金', pickOrAsk(ln('盘锦市'))],
  ['辽阳，不是沈阳', pick(ln('辽阳市'))],
  ['嗯……大连吧', pick(ln('大连市'))],
  ['哈尔滨', none()],
  ['长春', none()],
  ['北京朝阳区', none()],
];

// ── 海南省: 要去哪个城市？ ────────────────────────────────────────────────────────────────────

const hn = (name: string) => cityCode('460000', name);

export const hainanCityRows: Row[] = [
  ['三亚', pick(hn('三亚市'))],
  ['去三亚过冬', pick(hn('三亚市'))],
  ['海口', pick(hn('海口市'))],
  ['儋州', pick(hn('儋州市'))],
  ['琼海', pick(hn('琼海市'))],
  ['文昌', pick(hn('文昌市'))],
  ['万宁', pick(hn('万宁市'))],
  ['陵水', pick(hn('陵水黎族自治县'))],
  ['澄迈', pick(hn('澄迈县'))],
  ['五指山', pick(hn('五指山市'))],
  ['东方', pick(hn('东方市'))],
  ['乐东', pick(hn('乐东黎族自治县'))],
  ['定安', pick(hn('定安县'))],
  ['临高', pick(hn('临高县'))],
  ['博鳌', pickOrAsk(hn('琼海市'))],
  ['亚龙湾', pickOrAsk(hn('三亚市'))],
  ['单州', pickOrAsk(hn('儋州市'))],
  ['三亚……不对，海口', pick(hn('海口市'))],
  ['俺在海南那个三亚市租了个房子', pick(hn('三亚市'))],
  ['海南', none()],
  ['广州', none()],
  ['俺还没定', none()],
];

// ── 从哪天开始？ today is 2026-11-30, a Monday; at most 90 days ahead (2027-02-28) ───────────────────

const datesBoth: Row[] = [
  ['明天', pick('2026-12-01')],
  ['后天', pick('2026-12-02')],
  ['大后天', pick('2026-12-03')],
  ['今天', pick('2026-11-30')],
  ['今儿个就开始', pick('2026-11-30')],
  ['十二月一号', pick('2026-12-01')],
  ['十二月十号', pick('2026-12-10')],
  ['12月8号', pick('2026-12-08')],
  ['下个月十五', pick('2026-12-15')],
  ['下个月一号', pick('2026-12-01')],
  ['下礼拜三', pickOrAsk('2026-12-09')],
  ['这个礼拜三', pick('2026-12-02')],
  ['礼拜天', pickOrAsk('2026-12-06')],
  ['下个礼拜一', pickOrAsk('2026-12-07')],
  ['元旦', pick('2027-01-01')],
  ['明年一月一号', pick('2027-01-01')],
  ['腊月二十三', pickOrAsk('2027-01-30')],
  ['过了腊八', pickOrAsk('2027-01-15')],
  ['大年初一', pickOrAsk('2027-02-06')],
  ['正月十五', pickOrAsk('2027-02-20')],
  ['阴历十一月十五', pickOrAsk('2026-12-23')],
  ['冬至那天', pickOrAsk('2026-12-22')],
  ['嗯……十二月二十号吧', pick('2026-12-20')],
  ['十二月五号，不对，六号', pick('2026-12-06')],
  ['下个月初', askAmong('2026-12-01')],
  ['过了年', askAmong('2027-02-06', '2027-01-01')],
  ['过两天', askAmong('2026-12-02')],
  ['月底', askAmong('2026-11-30', '2026-12-31')],
  ['明年五一', none()],
  ['明年夏天', none()],
  ['等俺闺女放假', none()],
];

export const startDateLongRows: Row[] = [
  ...datesBoth,
  ['夜来', pick('2026-11-29')],
  ['前天就过去了', pick('2026-11-28')],
  ['上个月十号', none()],
  ['上礼拜一过去的', none()],
];

export const startDateTempRows: Row[] = [
  ...datesBoth,
  ['夜来', pick('2026-11-29')],
  ['上个月十号就住上院了', pick('2026-10-10')],
  ['十一月二十号住的院', pick('2026-11-20')],
  ['上礼拜一过去的', pickOrAsk('2026-11-23')],
];

// ── 用哪种方式证明？ promise 个人承诺 / proof 上传证明材料 ─────────────────────────────────────────

export const commitmentRows: Row[] = [
  ['俺承诺就行，不交材料', pick('promise')],
  ['个人承诺', pick('promise')],
  ['签个字就中', pickOrAsk('promise')],
  ['俺有居住证，拍个照片传上', pickOrAsk('proof')],
  ['上传证明材料', pick('proof')],
  ['传材料', pick('proof')],
  ['不用交材料的那个', pick('promise')],
  ['第一个', pick('promise')],
  ['第二个', pick('proof')],
  ['嗯……承诺吧', pick('promise')],
  ['承诺，不对，俺还是交材料吧', pick('proof')],
  ['俺有户口本，能拍', pickOrAsk('proof')],
  ['俺闺女会拍照片，让她拍了传上', pickOrAsk('proof')],
  ['拍照片太麻烦，俺不会弄', ask('promise')],
  ['俺啥证明也没有', ask('promise')],
  ['成若', pickOrAsk('promise')],
  ['哪个不耽误回来报销就选哪个', ask('proof')],
  ['俺以后再补交行不', askAmong('promise', 'proof')],
  ['不交材料', pick('promise')],
  ['交证明', pick('proof')],
  ['这个是啥意思？', none()],
  ['俺孙子在上大学', none()],
];

// ── 办理结果发到哪个手机号？ (the registered phone, or another number said aloud) ───────────────────

export const phoneRows: Row[] = [
  ['就发俺这个手机上', pick(REGISTERED_PHONE)],
  ['就这个号', pick(REGISTERED_PHONE)],
  ['发到俺现在用的这个', pick(REGISTERED_PHONE)],
  ['用原来那个号就中', pick(REGISTERED_PHONE)],
  ['就上面那个', pick(REGISTERED_PHONE)],
  ['发俺闺女手机上，一三九一二三四五六七八', pickOrAsk('13912345678')],
  ['幺三六，五五六六，七七八八', pickOrAsk('13655667788')],
  ['一五八，零五三一，二二三三', pickOrAsk('15805312233')],
  ['幺八六 两两三三 四四五五', pickOrAsk('18622334455')],
  ['13761234567', pickOrAsk('13761234567')],
  ['换一个号，一三七，六一二三，四五六七', pickOrAsk('13761234567')],
  ['俺没有手机', none()],
  ['俺不知道俺闺女的号', none()],
  ['一三九一二三四', none()],
  ['零五三一八六一二三四五六', none()],
  ['俺家座机', none()],
];

// ── 您要认定哪种病？ (职工 and 居民 catalogues) ──────────────────────────────────────────────────

const code = (type: InsuranceType, name: string): string | undefined => diseaseCatalogue(type).find((d) => d.name === name)?.code;

/** A disease expected on one catalogue: the expectation when it is there, none() when that catalogue does not carry it. */
function d(type: InsuranceType, name: string, how: (c: string) => Row[1]): Row[1] {
  const c = code(type, name);
  return c === undefined ? none() : how(c);
}

export function diseaseRows(type: InsuranceType): Row[] {
  const the = (name: string) => {
    const c = code(type, name);
    if (c === undefined) throw new Error(`no ${name} in ${type}`);
    return c;
  };
  return [
    // plainly named
    ['高血压', pick(the('高血压'))],
    ['糖尿病', pick(the('糖尿病'))],
    ['冠心病', pick(the('冠心病'))],
    ['脑血管病后遗症', pick(the('脑血管病后遗症'))],
    ['恶性肿瘤', pick(the('恶性肿瘤'))],
    ['肾透析', pick(the('肾透析'))],
    ['帕金森', pick(the('帕金森病'))],
    ['哮喘', pick(the('支气管哮喘'))],
    ['肝硬化', pick(the('肝硬化'))],
    ['血友病', pick(the('血友病'))],
    ['重症肌无力', pick(the('重症肌无力'))],
    ['心力衰竭', pick(the('慢性心力衰竭'))],
    ['精神分裂症', pick(the('精神分裂症'))],
    ['再生障碍性贫血', pick(the('再生障碍性贫血'))],
    // the everyday word
    ['俺是糖尿病，天天打胰岛素', pick(the('糖尿病'))],
    ['血压高，天天吃降压药', pickOrAsk(the('高血压'))],
    ['癌症', pickOrAsk(the('恶性肿瘤'))],
    ['肺癌', pickOrAsk(the('恶性肿瘤'))],
    ['俺是胃癌，做完手术了还得化疗', pickOrAsk(the('恶性肿瘤'))],
    ['洗肾', pickOrAsk(the('肾透析'))],
    ['透析', pickOrAsk(the('肾透析'))],
    ['尿毒症，一礼拜透三回', pickOrAsk(the('肾透析'))],
    ['换了个肾，一直吃抗排异的药', pickOrAsk(the('器官移植抗排异'))],
    ['肝移植', pickOrAsk(the('器官移植抗排异'))],
    ['脑梗后遗症', pickOrAsk(the('脑血管病后遗症'))],
    ['中风了，半边身子不得劲', pickOrAsk(the('脑血管病后遗症'))],
    ['脑出血以后落下的毛病', pickOrAsk(the('脑血管病后遗症'))],
    ['心衰', pickOrAsk(the('慢性心力衰竭'))],
    ['慢阻肺', pickOrAsk(the('慢性阻塞性肺疾病'))],
    ['老年痴呆', pickOrAsk(the('阿尔茨海默病'))],
    ['羊角风', pickOrAsk(the('癫痫'))],
    ['类风湿', pickOrAsk(the('类风湿关节炎'))],
    ['红斑狼疮', pickOrAsk(the('系统性红斑狼疮'))],
    ['乙肝', pickOrAsk(the('慢性乙型肝炎'))],
    ['肺结核', pickOrAsk(the('结核病'))],
    ['甲亢', pickOrAsk(the('甲状腺功能亢进'))],
    ['再障', pickOrAsk(the('再生障碍性贫血'))],
    ['肾衰，还没透析', pickOrAsk(the('慢性肾功能衰竭（非透析）'))],
    ['双相', pickOrAsk(the('双相情感障碍'))],
    // what a recogniser makes of it
    ['唐尿病', pickOrAsk(the('糖尿病'))],
    ['关心病', pickOrAsk(the('冠心病'))],
    ['高雪压', pickOrAsk(the('高血压'))],
    ['怕金森', pickOrAsk(the('帕金森病'))],
    ['阿尔兹海默', pickOrAsk(the('阿尔茨海默病'))],
    ['肝硬话', pickOrAsk(the('肝硬化'))],
    // vague: a clerk asks back
    ['血糖高', ask(the('糖尿病'))],
    ['血压有点高', ask(the('高血压'))],
    ['长了个瘤子', ask(the('恶性肿瘤'))],
    ['得了不好的病', ask(the('恶性肿瘤'))],
    ['放过支架', ask(the('冠心病'))],
    ['心脏不好', askAmong(the('冠心病'), the('慢性心力衰竭'))],
    ['喘不上气来', askAmong(the('慢性阻塞性肺疾病'), the('支气管哮喘'), the('慢性心力衰竭'))],
    ['俺有齁病', ask(the('支气管哮喘'))],
    ['老慢支', askAmong(the('慢性阻塞性肺疾病'), the('支气管哮喘'))],
    ['手老是哆嗦', ask(the('帕金森病'))],
    ['记不住事了', askAmong(the('阿尔茨海默病'))],
    ['抽风', ask(the('癫痫'))],
    ['风湿', askAmong(the('类风湿关节炎'))],
    ['肝不好', askAmong(the('肝硬化'), the('慢性乙型肝炎'))],
    ['肾不好', askAmong(the('慢性肾功能衰竭（非透析）'), the('肾透析'))],
    ['尿毒症', askAmong(the('肾透析'), the('慢性肾功能衰竭（非透析）'))],
    ['精神上有毛病', askAmong(the('精神分裂症'), the('双相情感障碍'))],
    ['贫血', askAmong(the('再生障碍性贫血'))],
    ['甲状腺不好', askAmong(the('甲状腺功能亢进'))],
    ['俺有高血压，还有糖尿病', askAmong(the('高血压'), the('糖尿病'))],
    // corrections and hesitations
    ['高血压……不是，是糖尿病', pick(the('糖尿病'))],
    ['冠心病，不对，是心衰', pickOrAsk(the('慢性心力衰竭'))],
    ['嗯……那个……高血压吧', pick(the('高血压'))],
    ['俺没有高血压，是糖尿病', pick(the('糖尿病'))],
    // only on the employee catalogue
    ['肺动脉高压', d(type, '肺动脉高压', pick)],
    ['多发性硬化', d(type, '多发性硬化', pick)],
    ['强直性脊柱炎', d(type, '强直性脊柱炎', pick)],
    ['牛皮癣', d(type, '银屑病', pickOrAsk)],
    ['银屑病', d(type, '银屑病', pick)],
    // not in either catalogue
    ['痛风', none()],
    ['胃病', none()],
    ['腰间盘突出', none()],
    ['白内障', none()],
    ['骨质疏松', none()],
    ['前列腺', none()],
    ['颈椎病', none()],
    ['老寒腿', none()],
    ['甲减', none()],
    ['高血脂', none()],
    ['血脂高', none()],
    ['低血压', none()],
    ['感冒了', none()],
    ['俺睡不着觉', none()],
  ];
}

/** Whole sentences, the way people explain it, on the employee catalogue. */
export function diseaseSentenceRows(): Row[] {
  const the = (name: string) => code('employee', name) ?? '';
  return [
    ['俺这个手一直抖，大夫说是帕金森', pick(the('帕金森病'))],
    ['那个，俺老头子，不是，俺自己，糖尿病好些年了', pick(the('糖尿病'))],
    ['俺前年脑梗了，现在走道还不利索', pickOrAsk(the('脑血管病后遗症'))],
    ['俺是高血压，一天吃两回药', pick(the('高血压'))],
    ['俺心脏上放了俩支架，大夫说是冠心病', pick(the('冠心病'))],
    ['俺得的是肺癌，在齐鲁做的手术', pickOrAsk(the('恶性肿瘤'))],
    ['俺一个礼拜去医院洗三回肾', pickOrAsk(the('肾透析'))],
    ['俺前几年换的肾，抗排异的药得一直吃着', pickOrAsk(the('器官移植抗排异'))],
    ['一到冬天就喘，大夫说是慢阻肺', pickOrAsk(the('慢性阻塞性肺疾病'))],
    ['俺从小就有哮喘', pick(the('支气管哮喘'))],
    ['俺老伴记性不行了，大夫说是老年痴呆', pickOrAsk(the('阿尔茨海默病'))],
    ['俺是乙肝，大三阳，好些年了', pickOrAsk(the('慢性乙型肝炎'))],
    ['大夫说俺是甲亢，脖子粗', pickOrAsk(the('甲状腺功能亢进'))],
    ['俺身上起牛皮癣，一片一片的', pickOrAsk(the('银屑病'))],
    ['俺这腰直不起来，大夫说是强直性脊柱炎', pick(the('强直性脊柱炎'))],
    ['俺关节都变形了，查出来是类风湿', pickOrAsk(the('类风湿关节炎'))],
    ['俺心衰，腿肿，走两步就喘', pickOrAsk(the('慢性心力衰竭'))],
    ['俺血糖有点高，大夫让俺注意着点', ask(the('糖尿病'))],
    ['俺就是腿疼，老寒腿', none()],
    ['俺血脂高，吃着降脂药', none()],
    ['俺得了痛风，脚脖子疼', none()],
    ['俺有高血压和冠心病，先办高血压吧', pick(the('高血压'))],
    ['俺不是糖尿病，是高血压', pick(the('高血压'))],
    ['俺闺女说让俺办那个慢病，俺也不知道是啥', none()],
    ['俺得过肺结核，现在还吃着药', pickOrAsk(the('结核病'))],
  ];
}

// ── 在哪家医院看这个病？ (济南's 门诊慢特病 hospitals; the first is the nearest) ─────────────────────

export function chronicHospitalRows(first: string): Row[] {
  return [
    ['齐鲁医院', pick(facility('山东大学齐鲁医院'))],
    ['山大齐鲁', pickOrAsk(facility('山东大学齐鲁医院'))],
    ['俺一直在齐鲁看', pick(facility('山东大学齐鲁医院'))],
    ['省立医院', pick(facility('山东省立医院'))],
    ['省立医院，经五纬七那个', pick(facility('山东省立医院'))],
    ['千佛山医院', pick(facility('山东省千佛山医院'))],
    ['俺一直在千佛山看', pick(facility('山东省千佛山医院'))],
    ['市中心医院', pick(facility('济南市中心医院'))],
    ['解放路那个中心医院', pickOrAsk(facility('济南市中心医院'))],
    ['济南四院', pickOrAsk(facility('济南市第四人民医院'))],
    ['章丘人民医院', pickOrAsk(facility('济南市章丘区人民医院'))],
    ['长清人民医院', pickOrAsk(facility('济南市长清区人民医院'))],
    ['姚家街道的社区医院', pickOrAsk(facility('历下区姚家街道社区卫生服务中心'))],
    ['七里山社区', pickOrAsk(facility('市中区七里山街道社区卫生服务中心'))],
    ['奇鲁医院', pickOrAsk(facility('山东大学齐鲁医院'))],
    ['千福山医院', pickOrAsk(facility('山东省千佛山医院'))],
    ['第一个', pick(first)],
    ['齐鲁医院……哎不对，省立医院', pick(facility('山东省立医院'))],
    ['人民医院', askAmong(facility('济南市章丘区人民医院'), facility('济南市长清区人民医院'), facility('济南市第四人民医院'))],
    ['省里的医院', askAmong(facility('山东省立医院'), facility('山东省千佛山医院'))],
    ['俺家门口那个社区', askAmong(facility('历下区姚家街道社区卫生服务中心'), facility('市中区七里山街道社区卫生服务中心'))],
    ['唐冶社区', none()],
    ['神武村卫生室', none()],
    ['青岛大学附属医院', none()],
    ['北京协和', none()],
    ['中医院', none()],
  ];
}

// ── 定点变更: 您想怎么变？ (换掉 齐鲁 / 换掉 省立 / 再加一家) ──────────────────────────────────────

const QILU = facility('山东大学齐鲁医院');
const SHENGLI = facility('山东省立医院');

export const replaceRows: Row[] = [
  ['把齐鲁医院换了', pick(QILU)],
  ['换掉省立', pick(SHENGLI)],
  ['再加一个', pick('add')],
  ['都留着，再添一家', pickOrAsk('add')],
  ['齐鲁太远了，俺不想要了', pickOrAsk(QILU)],
  ['省立那个俺不去了', pickOrAsk(SHENGLI)],
  ['齐鲁医院', pickOrAsk(QILU)],
  ['不换了，俺再多要一个', pickOrAsk('add')],
  ['再加一家，齐鲁省立都留着', pick('add')],
  ['省立医院留着，齐鲁的换了', pickOrAsk(QILU)],
  ['第一个', pick(QILU)],
  ['第二个', pick(SHENGLI)],
  ['第三个', pick('add')],
  ['最后那个', pick('add')],
  ['嗯……换省立吧', pick(SHENGLI)],
  ['换掉齐鲁，不对，换掉省立', pick(SHENGLI)],
  ['换一家', askAmong(QILU, SHENGLI)],
  ['千佛山医院', askAmong(QILU, SHENGLI, 'add')],
  ['俺也不知道咋弄', none()],
  ['换成俺家门口的', askAmong(QILU, SHENGLI, 'add')],
];

// ── 换成哪一家？ (济南, without 齐鲁 which is being replaced and 省立 which is kept) ────────────────────

export function newFacilityRows(first: string): Row[] {
  return [
    ['千佛山医院', pick(facility('山东省千佛山医院'))],
    ['千佛山', pickOrAsk(facility('山东省千佛山医院'))],
    ['换成千佛山的', pickOrAsk(facility('山东省千佛山医院'))],
    ['市中心医院', pick(facility('济南市中心医院'))],
    ['济南市第四人民医院', pick(facility('济南市第四人民医院'))],
    ['四院', pickOrAsk(facility('济南市第四人民医院'))],
    ['俺家跟前的姚家社区医院', pickOrAsk(facility('历下区姚家街道社区卫生服务中心'))],
    ['唐冶社区', pickOrAsk(facility('历城区唐冶街道社区卫生服务中心'))],
    ['神武村卫生室', pickOrAsk(facility('历城区港沟街道神武村卫生室'))],
    ['东田村的卫生室', pickOrAsk(facility('章丘区埠村街道东田村卫生室'))],
    ['长清人民医院', pickOrAsk(facility('济南市长清区人民医院'))],
    ['七里山', pickOrAsk(facility('市中区七里山街道社区卫生服务中心'))],
    ['第一个', pick(first)],
    ['嗯……千佛山吧', pickOrAsk(facility('山东省千佛山医院'))],
    ['中心医院，不对，千佛山', pickOrAsk(facility('山东省千佛山医院'))],
    ['村卫生室', askAmong(facility('历城区港沟街道神武村卫生室'), facility('章丘区埠村街道东田村卫生室'))],
    [
      '社区医院',
      askAmong(facility('历下区姚家街道社区卫生服务中心'), facility('市中区七里山街道社区卫生服务中心'), facility('历城区唐冶街道社区卫生服务中心')),
    ],
    ['章丘', askAmong(facility('济南市章丘区人民医院'), facility('章丘区埠村街道东田村卫生室'))],
    ['离家近的', askAmong(first)],
    ['齐鲁医院', none()],
    ['省立医院', none()],
    ['青岛市立医院', none()],
  ];
}

// ── 确定提交吗？ and the other yes/no questions ───────────────────────────────────────────────

export const yesNoRows: Row[] = [
  ['中', command('yes')],
  ['中，交上吧', command('yes')],
  ['管', command('yes')],
  ['行行行', command('yes')],
  ['对对对', command('yes')],
  ['是的', command('yes')],
  ['没错', command('yes')],
  ['没问题', command('yes')],
  ['好嘞', command('yes')],
  ['嗯嗯，是', command('yes')],
  ['确定', command('yes')],
  ['可以', command('yes')],
  ['不是不交，交吧', command('yes')],
  ['不中', command('no')],
  ['不管', command('no')],
  ['不行', command('no')],
  ['不对不对', command('no')],
  ['拉倒吧，不弄了', command('no')],
  ['别交', command('no')],
  ['俺不办了', command('no')],
  ['等等，先别交', command('no')],
  ['俺还没想好', command('no')],
  ['不是', command('no')],
  ['你再说一遍', command('repeat')],
  ['啥？没听清', command('repeat')],
  ['回去，上一步', command('back')],
  ['俺要改改前边的', command('back')],
  ['俺闺女说的都对', none()],
  ['今天吃的饺子', none()],
];

// ── A service's start page: the words that begin it ──────────────────────────────────────────

export const startRows: Row[] = [
  ['开始吧', pick('begin')],
  ['那咱就开始吧', pick('begin')],
  ['办吧', pick('begin')],
  ['中，弄吧', pick('begin')],
  ['开始办理', pick('begin')],
  ['俺要办这个', pick('begin')],
  ['好，开始', pick('begin')],
  ['嗯……开始吧', pick('begin')],
  ['开使', pick('begin')],
  ['俺不办', none()],
  ['先不弄了', none()],
  ['这是啥玩意', none()],
  ['俺找错了', none()],
  ['今天几号了', none()],
  ['不开始', none()],
];
