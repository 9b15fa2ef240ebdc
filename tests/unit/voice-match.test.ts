import { describe, expect, it } from 'vitest';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { citiesOf } from '@/lib/data/divisions';
import { facilities } from '@/lib/data/facilities';
import type { ChronicFacts } from '@/lib/services/chronic/policy';
import { REGISTERED_PHONE } from '@/lib/services/common-steps';
import type { DesignationFacts } from '@/lib/services/designation/policy';
import type { Answers, FlowPerson } from '@/lib/services/flow';
import type { RemoteCareFacts } from '@/lib/services/remote-care/policy';
import type { ServiceKey } from '@/lib/services/review';
import { matchAnswer, type MatchResult, type VoiceCandidate, type VoiceCommand, type VoiceKind } from '@/lib/voice/match';
import { normalise, spokenDigits, toDigits } from '@/lib/voice/normalise';
import { voiceCandidates } from '@/tests/helpers/step-views';

const TODAY = '2026-11-23'; // a Monday

const zhang: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
const wang: FlowPerson = { ...zhang, insuranceType: 'employee', employmentStatus: 'retired' };

/** The words 语音版 listens for on a step: the production step view's candidates, in zh-CN. */
function candidates(service: ServiceKey, step: string, facts: object, answers: Answers = {}, person = zhang): VoiceCandidate[] {
  return voiceCandidates({ service, step, facts, answers, person, today: TODAY });
}

const remote: RemoteCareFacts = { activeFilings: [] };
const chronic: ChronicFacts = { existingDiseaseCodes: [] };
const designation: DesignationFacts = {
  designations: [
    { facilityCode: 'H37010200001', validFrom: '2025-01-01', validUntil: null },
    { facilityCode: 'H37010400001', validFrom: '2025-01-01', validUntil: null },
  ],
  completedChangeDates: [],
};

const sets = {
  category: candidates('remote-care', 'category', remote),
  reasonLong: candidates('remote-care', 'reason', remote, { category: 'long-term' }),
  reasonTemp: candidates('remote-care', 'reason', remote, { category: 'temporary' }),
  commitment: candidates('remote-care', 'commitment', remote),
  provinces: candidates('remote-care', 'destProvinceCode', remote),
  // 张 is insured in 济南, so 济南 is not offered as a destination.
  sdCities: candidates('remote-care', 'destCityCode', remote, { destProvinceCode: '370000' }),
  hnCities: candidates('remote-care', 'destCityCode', remote, { destProvinceCode: '460000' }),
  bjCities: candidates('remote-care', 'destCityCode', remote, { destProvinceCode: '110000' }),
  resident: candidates('chronic', 'diseaseCode', chronic),
  employee: candidates('chronic', 'diseaseCode', chronic, {}, wang),
  hospitals: candidates('chronic', 'hospitalCode', chronic),
  replace: candidates('designation', 'replaceFacilityCode', designation),
  phone: candidates('remote-care', 'contactPhone', remote),
  // The one-tap days of a long-term filing's start date (今天 … 前天); any other day is read from the words.
  dates: candidates('remote-care', 'startDate', remote, { category: 'long-term' }),
} satisfies Record<string, VoiceCandidate[]>;
type SetName = keyof typeof sets;

const disease = (name: string) => {
  const found = diseaseCatalogue('employee').find((d) => d.name === name) ?? diseaseCatalogue('resident').find((d) => d.name === name);
  if (!found) throw new Error(`no disease ${name}`);
  return found.code;
};
const hospital = (name: string) => {
  const found = facilities.find((f) => f.name === name);
  if (!found) throw new Error(`no facility ${name}`);
  return found.code;
};
const city = (province: string, name: string) => {
  const found = citiesOf(province).find((c) => c.name === name);
  if (!found) throw new Error(`no city ${name}`);
  return found.code;
};

type Expected = string | { command: VoiceCommand } | { closest: string[] } | { confirm: string };
const cmd = (command: VoiceCommand): Expected => ({ command });
const none = (...closest: string[]): Expected => ({ closest });
const askBack = (value: string): Expected => ({ confirm: value });

const 高血压 = disease('高血压');
const 糖尿病 = disease('糖尿病');
const 齐鲁 = hospital('山东大学齐鲁医院');
const 省立 = hospital('山东省立医院');

const rows: [utterance: string, kind: VoiceKind, set: SetName, expected: Expected][] = [
  // Commands, anywhere in the utterance.
  ['下一步', 'choice', 'category', cmd('next')],
  ['好了，下一个', 'choice', 'category', cmd('next')],
  ['继续吧', 'choice', 'resident', cmd('next')],
  ['返回', 'choice', 'category', cmd('back')],
  ['上一步', 'choice', 'provinces', cmd('back')],
  ['我要回去改一下', 'choice', 'category', cmd('back')],
  ['再说一遍', 'choice', 'category', cmd('repeat')],
  ['啊？没听清楚', 'choice', 'resident', cmd('repeat')],
  ['能不能重复一下', 'choice', 'category', cmd('repeat')],
  ['确认提交', 'choice', 'category', cmd('submit')],
  ['那就提交吧', 'choice', 'category', cmd('submit')],
  ['下一步', 'date', 'dates', cmd('next')],
  ['返回', 'phone', 'phone', cmd('back')],
  // Yes and no: only when that is all that was said.
  ['是的', 'choice', 'category', cmd('yes')],
  ['对对对', 'choice', 'category', cmd('yes')],
  ['好的', 'choice', 'category', cmd('yes')],
  ['可以', 'choice', 'category', cmd('yes')],
  ['没错', 'choice', 'category', cmd('yes')],
  ['确认', 'choice', 'category', cmd('yes')],
  ['嗯，行', 'choice', 'category', cmd('yes')],
  ['不是', 'choice', 'category', cmd('no')],
  ['不对', 'choice', 'category', cmd('no')],
  ['不用了', 'choice', 'category', cmd('no')],
  ['算了', 'choice', 'category', cmd('no')],
  ['取消', 'choice', 'category', cmd('no')],
  ['不要', 'phone', 'phone', cmd('no')],
  ['是高血压', 'choice', 'resident', 高血压],
  ['对，糖尿病', 'choice', 'resident', 糖尿病],
  ['不是高血压，是糖尿病', 'choice', 'resident', 糖尿病],

  // Option texts and synonyms, exact or said within a sentence.
  ['临时去外地看病', 'choice', 'category', 'temporary'],
  ['我想选临时去外地看病', 'choice', 'category', 'temporary'],
  ['在外地长期住', 'choice', 'category', 'long-term'],
  ['长期', 'choice', 'category', 'long-term'],
  ['临时的', 'choice', 'category', 'temporary'],
  ['我在外地长期居住', 'choice', 'category', 'long-term'],
  ['常驻外地工作', 'choice', 'reasonLong', 'work-elsewhere'],
  // 退休 alone fits 长期居住 too (a retiree living with a child): asked back (lib/services/remote-care/voice-words.ts).
  ['退休', 'choice', 'reasonLong', askBack('retired-relocation')],
  // A paraphrase sharing words with one option is asked back, never chosen outright.
  ['我是退休以后去外地住', 'choice', 'reasonLong', 'retired-relocation'],
  ['转诊', 'choice', 'reasonTemp', 'referral'],
  ['其他', 'choice', 'reasonTemp', 'other-temporary'],
  ['个人承诺', 'choice', 'commitment', 'promise'],
  ['上传证明材料', 'choice', 'commitment', 'proof'],
  ['高血压', 'choice', 'resident', 高血压],
  ['我得的是糖尿病', 'choice', 'resident', 糖尿病],
  ['帕金森', 'choice', 'resident', disease('帕金森病')],
  ['透析', 'choice', 'resident', disease('肾透析')],
  ['慢性肾功能衰竭', 'choice', 'resident', disease('慢性肾功能衰竭（非透析）')],
  ['慢阻肺', 'choice', 'resident', disease('慢性阻塞性肺疾病')],
  ['乙肝', 'choice', 'resident', disease('慢性乙型肝炎')],
  ['心衰', 'choice', 'resident', disease('慢性心力衰竭')],
  ['肾衰', 'choice', 'resident', disease('慢性肾功能衰竭（非透析）')],
  // 血压高 may be a passing reading, not the disease: asked back (lib/data/disease-colloquial.ts).
  ['血压高', 'choice', 'resident', askBack(高血压)],
  ['山东省千佛山医院', 'choice', 'hospitals', hospital('山东省千佛山医院')],
  ['齐鲁医院', 'choice', 'hospitals', 齐鲁],
  ['千佛山', 'choice', 'hospitals', hospital('山东省千佛山医院')],
  ['章丘人民医院', 'choice', 'hospitals', hospital('济南市章丘区人民医院')],
  ['济南市第4人民医院', 'choice', 'hospitals', hospital('济南市第四人民医院')],
  ['第四人民医院', 'choice', 'hospitals', hospital('济南市第四人民医院')],
  ['中心医院', 'choice', 'hospitals', hospital('济南市中心医院')],
  // 齐鲁 is what people call 山东大学齐鲁医院 (lib/data/facility-nicknames.ts).
  ['我想去齐鲁那个医院', 'choice', 'hospitals', 齐鲁],
  ['换掉齐鲁医院', 'choice', 'replace', 齐鲁],
  ['换省立医院', 'choice', 'replace', 省立],
  ['再加一家', 'choice', 'replace', 'add'],

  // Positions in the list.
  ['第一个', 'choice', 'category', 'long-term'],
  ['第二项', 'choice', 'category', 'temporary'],
  ['二', 'choice', 'category', 'temporary'],
  ['选第二个吧', 'choice', 'category', 'temporary'],
  ['第3个', 'choice', 'reasonLong', 'work-elsewhere'],
  ['最后一个', 'choice', 'reasonLong', 'work-elsewhere'],
  ['倒数第二个', 'choice', 'reasonLong', 'long-term-residence'],
  ['我要第一个', 'choice', 'replace', 齐鲁],

  // Near-misses and homophones, by toneless pinyin.
  ['高雪压', 'choice', 'resident', 高血压],
  ['糖料病', 'choice', 'resident', 糖尿病],
  ['关心病', 'choice', 'resident', disease('冠心病')],
  ['血有病', 'choice', 'resident', disease('血友病')],
  ['结合病', 'choice', 'resident', disease('结核病')],
  ['阿尔兹海默', 'choice', 'resident', disease('阿尔茨海默病')],
  ['省力医院', 'choice', 'hospitals', 省立],
  ['其鲁医院', 'choice', 'hospitals', 齐鲁],
  ['三东', 'choice', 'provinces', '370000'],
  ['江书', 'choice', 'provinces', '320000'],

  // Places.
  ['山东', 'choice', 'provinces', '370000'],
  ['山东省', 'choice', 'provinces', '370000'],
  ['济南', 'choice', 'provinces', '370000'],
  ['北京朝阳', 'choice', 'provinces', '110000'],
  ['海南三亚', 'choice', 'provinces', '460000'],
  ['我要去北京', 'choice', 'provinces', '110000'],
  ['广西', 'choice', 'provinces', '450000'],
  ['内蒙古', 'choice', 'provinces', '150000'],
  ['西安', 'choice', 'provinces', '610000'],
  ['哈尔滨', 'choice', 'provinces', '230000'],
  ['我是山东人', 'choice', 'provinces', '370000'],
  ['海南三亚', 'choice', 'hnCities', city('460000', '三亚市')],
  ['北京朝阳', 'choice', 'bjCities', '110100'],
  ['去青岛', 'choice', 'sdCities', city('370000', '青岛市')],
  ['威海市', 'choice', 'sdCities', city('370000', '威海市')],
  ['去临沂看孩子', 'choice', 'sdCities', city('370000', '临沂市')],
  ['不去青岛，去烟台', 'choice', 'sdCities', city('370000', '烟台市')],

  // Dates (today is Monday 2026-11-23).
  ['今天', 'date', 'dates', '2026-11-23'],
  ['昨天', 'date', 'dates', '2026-11-22'],
  ['前天', 'date', 'dates', '2026-11-21'],
  ['大前天', 'date', 'dates', '2026-11-20'],
  ['明天', 'date', 'dates', '2026-11-24'],
  ['从昨天开始', 'date', 'dates', '2026-11-22'],
  ['三月五号', 'date', 'dates', '2026-03-05'],
  ['3月5日', 'date', 'dates', '2026-03-05'],
  ['11月20号', 'date', 'dates', '2026-11-20'],
  ['十一月二十号', 'date', 'dates', '2026-11-20'],
  ['一月五号', 'date', 'dates', '2027-01-05'],
  ['二〇二五年十月一号', 'date', 'dates', '2025-10-01'],
  ['去年十二月三十一号', 'date', 'dates', '2025-12-31'],
  ['上个星期一', 'date', 'dates', '2026-11-16'],
  ['上周一', 'date', 'dates', '2026-11-16'],
  ['上礼拜五', 'date', 'dates', '2026-11-20'],
  ['这周三', 'date', 'dates', '2026-11-25'],
  // A bare weekday is this week's (weeks start on Monday), read back before it counts: it could be another week's.
  ['星期三', 'date', 'dates', askBack('2026-11-25')],
  ['星期天', 'date', 'dates', askBack('2026-11-29')],
  ['上个星期天', 'date', 'dates', '2026-11-22'],
  ['这周日', 'date', 'dates', '2026-11-29'],
  ['下周二', 'date', 'dates', '2026-12-01'],
  ['五天前', 'date', 'dates', '2026-11-18'],
  ['两天前', 'date', 'dates', '2026-11-21'],
  // About a week ago, a day without its month: read back before they count.
  ['一个星期以前', 'date', 'dates', askBack('2026-11-16')],
  ['二十号', 'date', 'dates', askBack('2026-11-20')],
  ['二十五号', 'date', 'dates', askBack('2026-11-25')],
  ['上个月五号', 'date', 'dates', '2026-10-05'],

  // Phone numbers.
  ['用我的号码', 'phone', 'phone', REGISTERED_PHONE],
  ['就用这个', 'phone', 'phone', REGISTERED_PHONE],
  ['就用这一个吧', 'phone', 'phone', REGISTERED_PHONE],
  ['幺三八幺二三四五六七八', 'phone', 'phone', '13812345678'],
  ['一三九 一二三四 五六七八', 'phone', 'phone', '13912345678'],
  ['13912345678', 'phone', 'phone', '13912345678'],
  ['我的号码是幺五幺洞洞洞洞一二三四', 'phone', 'phone', '15100001234'],

  // Wrong or ambiguous: not understood, with what to offer instead.
  ['嗯', 'choice', 'category', cmd('yes')],
  ['啊', 'choice', 'resident', none()],
  ['我不知道', 'choice', 'category', none()],
  ['我不知道', 'choice', 'resident', none()],
  ['高', 'choice', 'employee', none(高血压, disease('肺动脉高压'))],
  ['高', 'choice', 'resident', none(高血压)],
  ['慢性', 'choice', 'employee', none(disease('慢性乙型肝炎'), disease('慢性肾功能衰竭（非透析）'))],
  ['高血压和糖尿病', 'choice', 'resident', none(高血压, 糖尿病)],
  ['外地', 'choice', 'category', none('long-term', 'temporary')],
  ['上传照片', 'choice', 'commitment', askBack('proof')],
  ['人民医院', 'choice', 'hospitals', none(hospital('济南市第四人民医院'), hospital('济南市长清区人民医院'))],
  // 精神病 fits two catalogue entries (lib/data/disease-colloquial.ts): both offered.
  ['精神病', 'choice', 'resident', none(disease('精神分裂症'), disease('双相情感障碍'))],
  ['我孩子在那边', 'choice', 'sdCities', none(city('370000', '威海市'))],
  ['陕西山西', 'choice', 'provinces', none('610000', '140000')],
  ['青岛烟台', 'choice', 'sdCities', none(city('370000', '青岛市'), city('370000', '烟台市'))],
  ['第九个', 'choice', 'reasonLong', none()],
  ['济南', 'choice', 'sdCities', none()],
  ['上海', 'choice', 'sdCities', none()],
  ['北京朝阳', 'choice', 'sdCities', none()],
  ['前两天', 'date', 'dates', none()],
  ['二月三十号', 'date', 'dates', none()],
  ['三月', 'date', 'dates', none()],
  ['我不记得了', 'date', 'dates', none()],
  ['一三八一二三', 'phone', 'phone', none()],
  ['换一个号码', 'phone', 'phone', none()],
  ['二零一二三四五六七八九', 'phone', 'phone', none()],
];

function expectedResult(utterance: string, expected: Expected): Partial<MatchResult> {
  if (typeof expected === 'string') return { kind: 'answer', value: expected };
  if ('command' in expected) return { kind: 'command', command: expected.command };
  if ('confirm' in expected) return { kind: 'confirm', value: expected.confirm, heard: utterance };
  return { kind: 'unmatched', heard: utterance, closest: expected.closest };
}

describe('matchAnswer', () => {
  it('has a large table with many wrong or ambiguous rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(90);
    expect(rows.filter(([, , , e]) => typeof e === 'object' && 'closest' in e).length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows)('%s (%s, %s)', (utterance, kind, set, expected) => {
    const result = matchAnswer(utterance, sets[set], kind, { today: TODAY });
    expect(result).toMatchObject(expectedResult(utterance, expected));
    if (result.kind === 'answer') {
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("the step view's voice candidates", () => {
  it('take the visible text and the say synonyms, without duplicates', () => {
    expect(sets.provinces[0]).toEqual({ value: '370000', labels: ['山东省', '山东', '省内', '本省', '咱省'] });
    // The catalogue name first, then what people call it (lib/data/disease-colloquial.ts).
    expect(sets.resident.find((c) => c.value === 高血压)?.labels.slice(0, 2)).toEqual(['高血压', '高血压病']);
    expect(sets.category.map((c) => c.labels[0])).toEqual(['在外地长期住', '临时去外地看病']);
  });
});

describe('normalise', () => {
  it('strips punctuation, width and fillers', () => {
    expect(normalise('嗯，那个，我选 临时去外地看病吧。')).toBe('临时去外地看病');
    expect(normalise('ＡＢＣ　１２３')).toBe('abc123');
    expect(normalise('嗯')).toBe('');
  });

  it('reads Chinese numerals as digits', () => {
    expect(toDigits('二十三')).toBe('23');
    expect(toDigits('两')).toBe('2');
    expect(toDigits('一百零五')).toBe('105');
    expect(toDigits('二〇二六年十一月')).toBe('2026年11月');
    expect(spokenDigits('幺三八 洞拐')).toBe('13807');
  });
});
