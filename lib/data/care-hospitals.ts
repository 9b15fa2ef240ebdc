// Demo data: hospitals where a Shandong resident may have been treated and paid out of pocket. Outside
// Shandong: public hospitals in the cities people most often go to (海南 for the winter, where children
// work); the names are public, every code is invented. Inside Shandong: the designated facilities.
import { facilities } from './facilities';

export type CareHospital = { readonly code: string; readonly name: string; readonly cityCode: string };

const elsewhere: readonly CareHospital[] = [
  { code: 'X46010000001', name: '海南省人民医院', cityCode: '460100' },
  { code: 'X46010000002', name: '海南医科大学第一附属医院', cityCode: '460100' },
  { code: 'X46020000001', name: '三亚市人民医院', cityCode: '460200' },
  { code: 'X46020000002', name: '三亚中心医院', cityCode: '460200' },
  { code: 'X46900200001', name: '琼海市人民医院', cityCode: '469002' },
  { code: 'X11010000001', name: '北京协和医院', cityCode: '110100' },
  { code: 'X11010000002', name: '北京大学第一医院', cityCode: '110100' },
  { code: 'X31010000001', name: '复旦大学附属中山医院', cityCode: '310100' },
  { code: 'X31010000002', name: '上海交通大学医学院附属瑞金医院', cityCode: '310100' },
  { code: 'X32010000001', name: '江苏省人民医院', cityCode: '320100' },
  { code: 'X44010000001', name: '中山大学附属第一医院', cityCode: '440100' },
  { code: 'X44010000002', name: '广东省人民医院', cityCode: '440100' },
  { code: 'X44030000001', name: '深圳市人民医院', cityCode: '440300' },
];

/** Village clinics are left out: nobody is admitted there, and their bills are settled on the spot. */
const inShandong: readonly CareHospital[] = facilities
  .filter((f) => f.level !== 'village')
  .map((f) => ({ code: f.code, name: f.name, cityCode: f.regionCode }));

const all = [...inShandong, ...elsewhere];

export function careHospitalsIn(cityCode: string): CareHospital[] {
  return all.filter((h) => h.cityCode === cityCode);
}

export function careHospitalByCode(code: string): CareHospital | undefined {
  return all.find((h) => h.code === code);
}
