import { describe, expect, it } from 'vitest';
import type { ChronicFacts } from '@/lib/services/chronic/policy';
import { REGISTERED_PHONE } from '@/lib/services/common-steps';
import type { FlowPerson } from '@/lib/services/flow';
import type { RemoteCareFacts } from '@/lib/services/remote-care/policy';
import { candidatesFrom, matchAnswer, type MatchContext, type VoiceCandidate } from '@/lib/voice/match';
import { beginsService } from '@/lib/voice/begin';
import { yesOrNo } from '@/lib/voice/yes-no';
import { voiceCandidates, viewOf } from '@/tests/helpers/step-views';

const TODAY = '2026-11-23'; // a Monday
const ctx: MatchContext = { today: TODAY };
const zhang: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
const remote: RemoteCareFacts = { activeFilings: [] };
const chronic: ChronicFacts = { existingDiseaseCodes: [] };

const longTermStart = viewOf({ service: 'remote-care', step: 'startDate', facts: remote, answers: { category: 'long-term' }, person: zhang, today: TODAY });
const dates = longTermStart.voice.candidates;
const phone = voiceCandidates({ service: 'remote-care', step: 'contactPhone', facts: remote, person: zhang, today: TODAY });
const provinces = voiceCandidates({ service: 'remote-care', step: 'destProvinceCode', facts: remote, person: zhang, today: TODAY });
const category = voiceCandidates({ service: 'remote-care', step: 'category', facts: remote, person: zhang, today: TODAY });
const hospitals = voiceCandidates({ service: 'chronic', step: 'hospitalCode', facts: chronic, person: zhang, today: TODAY });

describe('ordinals on every kind of step', () => {
  const firsts = ['第一个', '一', '第1个', '头一个', '第一', '1', '选第一个吧'];
  it.each(firsts)('%s picks the first quick date, the first phone option, the first province and hospital', (said) => {
    expect(matchAnswer(said, dates, 'date', ctx)).toMatchObject({ kind: 'answer', value: dates[0]!.value });
    expect(matchAnswer(said, phone, 'phone', ctx)).toMatchObject({ kind: 'answer', value: REGISTERED_PHONE });
    expect(matchAnswer(said, provinces, 'choice', ctx)).toMatchObject({ kind: 'answer', value: provinces[0]!.value });
    expect(matchAnswer(said, hospitals, 'choice', ctx)).toMatchObject({ kind: 'answer', value: hospitals[0]!.value });
  });

  it('最后一个 and 倒数第二个 count from the end, on a date step too', () => {
    expect(matchAnswer('最后一个', dates, 'date', ctx)).toMatchObject({ kind: 'answer', value: dates.at(-1)!.value });
    expect(matchAnswer('倒数第二个', dates, 'date', ctx)).toMatchObject({ kind: 'answer', value: dates.at(-2)!.value });
    expect(matchAnswer('最后一个', provinces, 'choice', ctx)).toMatchObject({ kind: 'answer', value: provinces.at(-1)!.value });
  });

  it('a number past the end is not understood; 一号 on a date step is a day of the month, not the first option', () => {
    expect(matchAnswer('第九个', dates, 'date', ctx)).toMatchObject({ kind: 'unmatched' });
    expect(matchAnswer('第二个', phone, 'phone', ctx)).toMatchObject({ kind: 'unmatched' });
    expect(matchAnswer('二十号', dates, 'date', ctx)).toMatchObject({ kind: 'confirm', value: '2026-11-20' });
  });
});

describe('yes and no as people in Shandong say them', () => {
  const yes = [
    '是',
    '是的',
    '对',
    '对对对',
    '行',
    '中',
    '中啊',
    '嗯',
    '嗯嗯',
    '好',
    '好嘞',
    '好的好的',
    '没毛病',
    '可以',
    '对，是的',
    '嗯，行',
    '管',
    '没问题',
    '就是这个',
    '对头',
    '确定',
  ];
  const no = ['不是', '不', '不用', '不用了', '算了', '不中', '不要了', '不对', '不行', '不是不是', '别', '拉倒吧', '错了', '不是这个', '甭了', '不管'];
  const neither = ['是不是', '对不对', '是高血压', '不知道', '中医院', '行吗我想想', '啊', ''];
  it.each(yes)('%s is yes', (said) => expect(matchAnswer(said, [], 'choice', ctx)).toEqual({ kind: 'command', command: 'yes' }));
  it.each(no)('%s is no', (said) => expect(matchAnswer(said, [], 'choice', ctx)).toEqual({ kind: 'command', command: 'no' }));
  it.each(neither)('%s is neither', (said) => expect(yesOrNo(said)).toBeNull());
  it('on a yes/no step they choose the yes or the no option', () => {
    const yesNo: VoiceCandidate[] = [
      { value: 'has', labels: ['有'] },
      { value: 'none', labels: ['没有'] },
    ];
    expect(matchAnswer('嗯', yesNo, 'choice', ctx)).toMatchObject({ kind: 'answer', value: 'has' });
    expect(matchAnswer('中', yesNo, 'choice', ctx)).toMatchObject({ kind: 'answer', value: 'has' });
    expect(matchAnswer('不是', yesNo, 'choice', ctx)).toMatchObject({ kind: 'answer', value: 'none' });
    expect(matchAnswer('没有没有', yesNo, 'choice', ctx)).toMatchObject({ kind: 'answer', value: 'none' });
    // Not a yes/no step: the command, for 确定提交吗 and the ask-back.
    expect(matchAnswer('嗯', category, 'choice', ctx)).toEqual({ kind: 'command', command: 'yes' });
  });
  it('yes and no work on date, phone and text steps too, where they are all that was said', () => {
    expect(matchAnswer('中', dates, 'date', ctx)).toEqual({ kind: 'command', command: 'yes' });
    expect(matchAnswer('不用了', phone, 'phone', ctx)).toEqual({ kind: 'command', command: 'no' });
    expect(matchAnswer('好嘞', [], 'text', ctx)).toEqual({ kind: 'command', command: 'yes' });
  });
});

describe('dates as people say them (today Monday 2026-11-23)', () => {
  const rows: [string, string][] = [
    ['后天', '2026-11-25'],
    ['大后天', '2026-11-26'],
    ['前天', '2026-11-21'],
    ['这个月十五号', '2026-11-15'],
    ['本月十五号', '2026-11-15'],
    ['下礼拜一', '2026-11-30'],
    ['下周一', '2026-11-30'],
    ['下个星期五', '2026-12-04'],
    ['下个月五号', '2026-12-05'],
    ['三天以后', '2026-11-26'],
    ['国庆节', '2026-10-01'],
    ['元旦', '2027-01-01'],
  ];
  it.each(rows)('%s → %s', (said, date) => expect(matchAnswer(said, [], 'date', ctx)).toEqual({ kind: 'answer', value: date, confidence: 1 }));

  // A stretch of days, or a day people place loosely, is read back before it counts.
  const vague: [string, string][] = [
    ['上个月底', '2026-10-31'],
    ['月底', '2026-11-30'],
    ['这个月初', '2026-11-01'],
    ['冬至那天', '2026-12-22'],
    ['十五号', '2026-11-15'],
    ['半个月以前', '2026-11-08'],
    ['一个月前', '2026-10-23'],
    ['星期三', '2026-11-25'],
    ['二十号左右', '2026-11-20'],
    ['过了元旦', '2027-01-01'],
  ];
  it.each(vague)('%s is asked back as %s', (said, date) => expect(matchAnswer(said, [], 'date', ctx)).toEqual({ kind: 'confirm', value: date, heard: said }));

  const lunar: [string, string, string][] = [
    ['腊月初八', '2027-01-15', '腊月初八'],
    ['农历腊月初八', '2027-01-15', '腊月初八'],
    ['腊八', '2027-01-15', '腊月初八'],
    ['正月十五', '2027-02-20', '正月十五'],
    ['八月十五', '2026-09-25', '八月十五'],
    ['中秋节那天', '2026-09-25', '八月十五'],
    ['农历十月初一', '2026-11-09', '十月初一'],
    ['大年三十', '2027-02-05', '腊月廿九'],
    ['冬月十五', '2026-12-23', '冬月十五'],
  ];
  it.each(lunar)('农历 %s is asked back as %s (%s)', (said, date, words) => {
    expect(matchAnswer(said, [], 'date', ctx)).toEqual({ kind: 'confirm', value: date, heard: said, lunar: words });
  });

  it("a bare weekday is this week's (weeks start on Monday), or the week's before when the step allows only days up to today", () => {
    expect(matchAnswer('星期三', [], 'date', ctx)).toMatchObject({ value: '2026-11-25' });
    expect(matchAnswer('礼拜天', [], 'date', ctx)).toMatchObject({ value: '2026-11-29' });
    expect(matchAnswer('星期三', [], 'date', { today: TODAY, min: null, max: TODAY })).toMatchObject({ value: '2026-11-18' });
  });

  it("a day outside the step's range says why instead of choosing", () => {
    const upToToday = { today: TODAY, min: null, max: TODAY };
    expect(matchAnswer('后天', [], 'date', upToToday)).toEqual({
      kind: 'unmatched',
      heard: '后天',
      closest: [],
      reason: { code: 'notAfterToday', params: { date: '2026-11-25' } },
    });
    expect(matchAnswer('上个月底', [], 'date', { today: TODAY, min: TODAY, max: null })).toMatchObject({ reason: { code: 'notBeforeToday' } });
    const { min, max } = longTermStart.dateRange;
    expect(matchAnswer('上个月底', [], 'date', { today: TODAY, min, max })).toMatchObject({
      reason: { code: 'tooEarly', params: { date: '2026-10-31', min } },
    });
    expect(matchAnswer('腊月初八', [], 'date', { today: TODAY, min: '2026-11-01', max: '2026-12-31' })).toMatchObject({
      kind: 'unmatched',
      reason: { code: 'tooLate', params: { date: '2027-01-15', max: '2026-12-31' } },
    });
    // 农历 readings of another year are tried before giving up: 八月十五 next year is too far ahead, last year's is allowed.
    expect(matchAnswer('八月十五', [], 'date', { today: TODAY, min: '2025-01-01', max: TODAY })).toMatchObject({ kind: 'confirm', value: '2026-09-25' });
  });

  it('vague or impossible dates are not guessed', () => {
    for (const said of ['过两天', '前两天', '二月三十号', '农历十三月初一', '那几天', '下个月'])
      expect(matchAnswer(said, [], 'date', ctx)).toMatchObject({ kind: 'unmatched', closest: [] });
  });
});

describe('no wrong pick from a near sound or a part of a name', () => {
  const employee: FlowPerson = { ...zhang, insuranceType: 'employee', employmentStatus: 'retired' };
  const diseases = voiceCandidates({ service: 'chronic', step: 'diseaseCode', facts: chronic, person: employee, today: TODAY });
  const codeOf = (name: string) => diseases.find((c) => c.labels[0] === name)!.value;
  it('a loose sound with nothing written in common is not even asked back (孩子 is not 上海)', () => {
    expect(matchAnswer('孩子', provinces, 'choice', ctx)).toMatchObject({ kind: 'unmatched' });
  });
  it('肾病 is not 帕金森病 (肾 is written in the kidney entries), 高压 is not just 肺动脉高压', () => {
    expect(matchAnswer('肾病', diseases, 'choice', ctx).kind).not.toBe('answer');
    const high = matchAnswer('高压', diseases, 'choice', ctx);
    expect(high).toMatchObject({ kind: 'unmatched' });
    expect(high.kind === 'unmatched' && high.closest).toEqual(expect.arrayContaining([codeOf('高血压'), codeOf('肺动脉高压')]));
  });
});

describe('places not offered on this step', () => {
  const sdCities = voiceCandidates({
    service: 'remote-care',
    step: 'destCityCode',
    facts: remote,
    answers: { destProvinceCode: '370000' },
    person: zhang,
    today: TODAY,
  });
  it('a city outside the chosen province, or one not offered, is refused with its name', () => {
    expect(matchAnswer('去上海', sdCities, 'choice', ctx)).toEqual({
      kind: 'unmatched',
      heard: '去上海',
      closest: [],
      reason: { code: 'notInList', params: { name: '上海市' } },
    });
    expect(matchAnswer('济南', sdCities, 'choice', ctx)).toMatchObject({ kind: 'unmatched', reason: { code: 'notInList', params: { name: '济南市' } } });
  });
});

describe('ask back instead of a wrong pick', () => {
  const diabetes: VoiceCandidate[] = [
    { value: 'E11', labels: ['糖尿病'], weak: ['血糖高', '糖高'] },
    { value: 'I10', labels: ['高血压'], weak: ['血压高', '头晕'] },
    { value: 'I25', labels: ['冠心病'], weak: ['心脏不好', '头晕'] },
  ];
  it('a weak word is asked back, even said alone or in a sentence', () => {
    expect(matchAnswer('血糖高', diabetes, 'choice', ctx)).toEqual({ kind: 'confirm', value: 'E11', heard: '血糖高' });
    expect(matchAnswer('我就是血糖有点高，血糖高', diabetes, 'choice', ctx)).toMatchObject({ kind: 'confirm', value: 'E11' });
  });
  it('a weak word of two options asks which; a label said outright still chooses', () => {
    expect(matchAnswer('头晕', diabetes, 'choice', ctx)).toMatchObject({ kind: 'unmatched', closest: ['I10', 'I25'] });
    expect(matchAnswer('血糖高，就是糖尿病', diabetes, 'choice', ctx)).toMatchObject({ kind: 'answer', value: 'E11' });
  });
  it('a paraphrase sharing words with one option is asked back', () => {
    // 千佛山 itself is a short name of 山东省千佛山医院 (lib/data/facility-nicknames.ts); 千佛 is not.
    expect(matchAnswer('我想去千佛那边的医院', hospitals, 'choice', ctx)).toMatchObject({ kind: 'confirm' });
    expect(matchAnswer('医院让我转到外地去看病', category, 'choice', ctx)).toMatchObject({ kind: 'confirm', value: 'temporary' });
  });
  it('去外地住 is never 临时去外地看病: living away suggests 长期, asked back (lib/services/remote-care/voice-words.ts)', () => {
    expect(matchAnswer('去外地住', category, 'choice', ctx)).toMatchObject({ kind: 'confirm', value: 'long-term' });
    expect(matchAnswer('跟着孩子去外地住', category, 'choice', ctx)).toMatchObject({ kind: 'confirm', value: 'long-term' });
  });
  it("candidates carry an option's weak words apart from its labels", () => {
    const options = [
      { value: 'E11', name: '糖尿病', say: ['糖尿'], weak: ['血糖高'] },
      { value: 'I10', name: '高血压' },
    ];
    expect(candidatesFrom(options, (o) => o.name)).toEqual([
      { value: 'E11', labels: ['糖尿病', '糖尿'], weak: ['血糖高'] },
      { value: 'I10', labels: ['高血压'] },
    ]);
    expect(category.every((c) => c.weak === undefined || Array.isArray(c.weak))).toBe(true);
  });
});

describe('start pages', () => {
  it.each(['开始', '开始办理', '继续', '继续办理', '接着办', '我要办', '好的', '嗯，开始吧', '那就开始办理吧'])('%s begins', (said) =>
    expect(beginsService(said)).toBe(true),
  );
  it.each(['吃了吗', '不办了', '算了', '我不知道', '返回', ''])('%s does not', (said) => expect(beginsService(said)).toBe(false));
});
