import { describe, expect, it } from 'vitest';
import { distanceMetres } from '@/lib/data/geo';
import { districtByCode } from '@/lib/data/regions';
import { stations, type Station } from '@/lib/data/stations';
import { mapLinks, parseNear, rankStations, roundedDistance, telHref } from '@/lib/stations/nearest';

const at = (code: string, kind: Station['kind'], lat: number, lng: number, districtCode = '370102', regionCode: Station['regionCode'] = '370100'): Station => ({
  code,
  name: code,
  kind,
  regionCode,
  districtCode,
  address: '',
  phone: '0531-1',
  lat,
  lng,
  hours: '',
  services: [],
});

describe('rankStations', () => {
  it('with a position: every station, nearest first by haversine distance', () => {
    const here = { lat: 36.665, lng: 117.095 };
    const { basis, stations: ranked } = rankStations({ kind: 'position', point: here });
    expect(basis).toEqual({ kind: 'position' });
    expect(ranked).toHaveLength(stations.length);
    expect(ranked[0]?.name).toBe('姚家街道便民服务中心医保工作站');
    const d = ranked.map((s) => s.distanceMetres ?? -1);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    expect(ranked[1]?.distanceMetres).toBeCloseTo(distanceMetres(here, ranked[1] as Station), 6);
  });

  it('breaks equal distances by what a station can do (hall before village point), then by code', () => {
    const list = [at('B', 'village', 36.7, 117.1), at('C', 'city', 36.7, 117.1), at('A', 'village', 36.7, 117.1), at('N', 'enterprise', 36.69, 117.1)];
    const ranked = rankStations({ kind: 'position', point: { lat: 36.69, lng: 117.1 } }, list).stations.map((s) => s.code);
    expect(ranked).toEqual(['N', 'C', 'A', 'B']);
  });

  it('location refused: the registered 区县 first, then the others, by distance from the 区县 centre', () => {
    const { basis, stations: ranked } = rankStations({ kind: 'district', code: '370702', regionCode: '370700' });
    expect(basis).toEqual({ kind: 'district', district: districtByCode('370702') });
    const first = ranked.findIndex((s) => s.districtCode !== '370702');
    expect(ranked.slice(0, first).every((s) => s.districtCode === '370702')).toBe(true);
    expect(ranked.slice(first).some((s) => s.districtCode === '370702')).toBe(false);
    expect(ranked[0]?.name).toBe('潍城区医保服务大厅');
    // A nearer station in another 区县 still comes after the person's own 区县.
    const centre = districtByCode('370702')?.centre ?? { lat: 0, lng: 0 };
    const list = [
      at('far-own', 'village', centre.lat + 0.2, centre.lng, '370702', '370700'),
      at('near-other', 'city', centre.lat + 0.01, centre.lng, '370705', '370700'),
    ];
    expect(rankStations({ kind: 'district', code: '370702' }, list).stations.map((s) => s.code)).toEqual(['far-own', 'near-other']);
    const outside = ranked.slice(first).map((s) => s.distanceMetres ?? -1);
    expect(outside).toEqual([...outside].sort((a, b) => a - b));
  });

  it('no 区县 on record but a known 统筹区: that city’s stations first, from its centre', () => {
    const { basis, stations: ranked } = rankStations({ kind: 'district', code: null, regionCode: '371600' });
    expect(basis).toEqual({ kind: 'region', regionCode: '371600' });
    const first = ranked.findIndex((s) => s.regionCode !== '371600');
    expect(first).toBe(stations.filter((s) => s.regionCode === '371600').length);
    expect(ranked[0]?.name).toBe('滨州市医疗保障服务大厅');
  });

  it('unknown 区县: the city halls first, then the rest by city, with no distance to show', () => {
    for (const origin of [{ kind: 'district', code: null } as const, { kind: 'district', code: '999999', regionCode: 'x' } as const]) {
      const { basis, stations: ranked } = rankStations(origin);
      expect(basis).toEqual({ kind: 'unknown' });
      expect(ranked).toHaveLength(stations.length);
      expect(ranked.slice(0, 4).map((s) => s.kind)).toEqual(['city', 'city', 'city', 'city']);
      expect(ranked.slice(0, 4).map((s) => s.regionCode)).toEqual(['370100', '370200', '370700', '371600']);
      expect(ranked.every((s) => s.distanceMetres === null)).toBe(true);
    }
  });
});

describe('what the page writes', () => {
  it('rounds a distance to 约 800 米 or 约 2.3 公里', () => {
    expect(roundedDistance(20)).toEqual({ unit: 'm', m: 100 });
    expect(roundedDistance(812)).toEqual({ unit: 'm', m: 800 });
    expect(roundedDistance(960)).toEqual({ unit: 'km', km: '1.0' });
    expect(roundedDistance(2270)).toEqual({ unit: 'km', km: '2.3' });
    expect(roundedDistance(123_456)).toEqual({ unit: 'km', km: '123' });
  });

  it('reads ?near= only when it is a position', () => {
    expect(parseNear('36.6650,117.0950')).toEqual({ lat: 36.665, lng: 117.095 });
    expect(parseNear('91,117')).toBeNull();
    expect(parseNear('abc')).toBeNull();
    expect(parseNear(undefined)).toBeNull();
  });

  it('dials the number and opens map apps at lng,lat (高德 web) or lat,lng (apps)', () => {
    expect(telHref('0531-86110004')).toBe('tel:053186110004');
    const links = mapLinks({ name: '姚家 站', address: '和平路', lat: 36.665, lng: 117.095 });
    expect(links.amapWeb).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=117\.095,36\.665&name=%E5%A7%9A%E5%AE%B6%20%E7%AB%99/);
    expect(links.amapAndroid).toMatch(/^androidamap:\/\/viewMap\?.*lat=36\.665&lon=117\.095/);
    expect(links.baidu).toMatch(/^baidumap:\/\/map\/marker\?location=36\.665,117\.095&/);
    expect(links.tencent).toMatch(/^qqmap:\/\/map\/marker\?marker=coord:36\.665,117\.095;/);
  });
});
