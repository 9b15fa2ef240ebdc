// Demo data: the four Shandong 统筹区 this demo covers; codes are GB/T 2260, centres approximate.
import type { LatLng } from './geo';

export type RegionCode = '370100' | '370200' | '370700' | '371600';

export type District = {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly regionCode: RegionCode;
  readonly centre: LatLng;
};

export type Region = {
  readonly code: RegionCode;
  readonly name: string;
  readonly nameEn: string;
  readonly centre: LatLng;
  readonly districts: readonly District[];
};

type DistrictRow = readonly [code: string, name: string, nameEn: string, lat: number, lng: number];

function region(code: RegionCode, name: string, nameEn: string, centre: LatLng, rows: readonly DistrictRow[]): Region {
  return {
    code,
    name,
    nameEn,
    centre,
    districts: rows.map(([dCode, dName, dNameEn, lat, lng]) => ({
      code: dCode,
      name: dName,
      nameEn: dNameEn,
      regionCode: code,
      centre: { lat, lng },
    })),
  };
}

export const regions: readonly Region[] = [
  region('370100', '济南市', 'Jinan', { lat: 36.6617, lng: 117.0214 }, [
    ['370102', '历下区', 'Lixia District', 36.6664, 117.0766],
    ['370103', '市中区', 'Shizhong District', 36.6513, 116.9971],
    ['370104', '槐荫区', 'Huaiyin District', 36.6518, 116.901],
    ['370105', '天桥区', 'Tianqiao District', 36.678, 116.9874],
    ['370112', '历城区', 'Licheng District', 36.6801, 117.0652],
    ['370113', '长清区', 'Changqing District', 36.5535, 116.7519],
    ['370114', '章丘区', 'Zhangqiu District', 36.6813, 117.5263],
    ['370115', '济阳区', 'Jiyang District', 36.9784, 117.1733],
  ]),
  region('370200', '青岛市', 'Qingdao', { lat: 36.0623, lng: 120.3846 }, [
    ['370202', '市南区', 'Shinan District', 36.0709, 120.3875],
    ['370203', '市北区', 'Shibei District', 36.0871, 120.3747],
    ['370211', '黄岛区', 'Huangdao District', 35.9607, 120.198],
    ['370212', '崂山区', 'Laoshan District', 36.1073, 120.4687],
    ['370213', '李沧区', 'Licang District', 36.1451, 120.4329],
    ['370214', '城阳区', 'Chengyang District', 36.3073, 120.3962],
    ['370215', '即墨区', 'Jimo District', 36.3898, 120.4472],
    ['370281', '胶州市', 'Jiaozhou', 36.2644, 120.0335],
  ]),
  region('370700', '潍坊市', 'Weifang', { lat: 36.7069, lng: 119.1618 }, [
    ['370702', '潍城区', 'Weicheng District', 36.7281, 119.0244],
    ['370703', '寒亭区', 'Hanting District', 36.775, 119.219],
    ['370704', '坊子区', 'Fangzi District', 36.6545, 119.1665],
    ['370705', '奎文区', 'Kuiwen District', 36.7076, 119.1325],
    ['370725', '昌乐县', 'Changle County', 36.707, 118.83],
    ['370781', '青州市', 'Qingzhou', 36.6846, 118.4797],
    ['370783', '寿光市', 'Shouguang', 36.8557, 118.791],
  ]),
  region('371600', '滨州市', 'Binzhou', { lat: 37.3835, lng: 117.9707 }, [
    ['371602', '滨城区', 'Bincheng District', 37.43, 118.0197],
    ['371603', '沾化区', 'Zhanhua District', 37.6988, 118.0988],
    ['371621', '惠民县', 'Huimin County', 37.4899, 117.5098],
    ['371622', '阳信县', 'Yangxin County', 37.6412, 117.5781],
    ['371623', '无棣县', 'Wudi County', 37.7701, 117.6253],
    ['371625', '博兴县', 'Boxing County', 37.1503, 118.111],
    ['371681', '邹平市', 'Zouping', 36.863, 117.743],
  ]),
];

const regionMap: ReadonlyMap<string, Region> = new Map(regions.map((r) => [r.code, r]));
const districtMap: ReadonlyMap<string, District> = new Map(regions.flatMap((r) => r.districts.map((d) => [d.code, d] as const)));

export function isRegionCode(code: string): code is RegionCode {
  return regionMap.has(code);
}

export function regionByCode(code: string): Region | undefined {
  return regionMap.get(code);
}

export function districtByCode(code: string): District | undefined {
  return districtMap.get(code);
}
