// 示例数据 (demo data): 医保服务站点 of the 15分钟医保服务圈 for the 统筹区 of the demo people.
//
// Source of the real network's shape: 滨州日报 / 滨州网, 2022-12-15, "覆盖'市、县、乡、村'形成'15分钟医保服务圈'"
// (workspace seed 004): 1752 stations at 市/县/乡/村 level, in hospitals and 村卫生室, with 帮办代办 by 网格员; its
// levels and the 帮办代办 idea are used here. No public source was used for the stations below: their names,
// addresses, phones, opening hours, coordinates and the services each can 帮办代办 are invented or approximate, and
// the pages say so ("示例数据"). The real list can be loaded in this shape (README, "附近的医保服务站").
import { nearestTo, type LatLng, type WithDistance } from './geo';
import type { RegionCode } from './regions';

/** 市级大厅, 县级大厅, 乡镇(街道)工作站, 村(社区)服务点, 医院内服务站, 企业(银行)网点. */
export type StationKind = 'city' | 'county' | 'township' | 'village' | 'hospital' | 'enterprise';

/** The services a station can 帮办代办 (the service keys of lib/services). */
export type StationService = 'remote-care' | 'chronic' | 'designation' | 'transfer' | 'reimbursement';

export type Station = {
  readonly code: string;
  readonly name: string;
  readonly kind: StationKind;
  readonly regionCode: RegionCode;
  readonly districtCode: string;
  readonly address: string;
  readonly phone: string;
  readonly lat: number;
  readonly lng: number;
  readonly hours: string;
  /** What its staff can 帮办代办 for a resident (示例数据). */
  readonly services: readonly StationService[];
};

const ALL: readonly StationService[] = ['remote-care', 'chronic', 'designation', 'transfer', 'reimbursement'];
const SERVICES_BY_KIND: Readonly<Record<StationKind, readonly StationService[]>> = {
  city: ALL,
  county: ALL,
  township: ['remote-care', 'chronic', 'designation', 'reimbursement'],
  village: ['remote-care', 'designation'],
  hospital: ['remote-care', 'chronic'],
  enterprise: ['remote-care', 'designation'],
};

const HALL_HOURS = '周一至周五 8:30-12:00，13:30-17:00';
const STATION_HOURS = '周一至周五 9:00-17:00';
const VILLAGE_HOURS = '周一至周六 8:00-11:30，14:00-17:30';
const HOSPITAL_HOURS = '每天 8:00-17:00';
const BANK_HOURS = '每天 9:00-17:00';

const rows: readonly Omit<Station, 'services'>[] = [
  // 济南市
  {
    code: 'S370102001',
    name: '济南市医疗保障服务大厅',
    kind: 'city',
    regionCode: '370100',
    districtCode: '370102',
    address: '济南市历下区龙奥北路8号市民服务中心',
    phone: '0531-86110001',
    lat: 36.663,
    lng: 117.119,
    hours: HALL_HOURS,
  },
  {
    code: 'S370104001',
    name: '槐荫区医保服务大厅',
    kind: 'county',
    regionCode: '370100',
    districtCode: '370104',
    address: '济南市槐荫区经十路22799号',
    phone: '0531-86110002',
    lat: 36.65,
    lng: 116.93,
    hours: HALL_HOURS,
  },
  {
    code: 'S370112001',
    name: '历城区医保服务大厅',
    kind: 'county',
    regionCode: '370100',
    districtCode: '370112',
    address: '济南市历城区山大北路21号',
    phone: '0531-86110003',
    lat: 36.681,
    lng: 117.068,
    hours: HALL_HOURS,
  },
  {
    code: 'S370102002',
    name: '姚家街道便民服务中心医保工作站',
    kind: 'township',
    regionCode: '370100',
    districtCode: '370102',
    address: '济南市历下区姚家街道和平路东段60号',
    phone: '0531-86110004',
    lat: 36.665,
    lng: 117.095,
    hours: STATION_HOURS,
  },
  {
    code: 'S370114001',
    name: '埠村街道东田村医保服务点',
    kind: 'village',
    regionCode: '370100',
    districtCode: '370114',
    address: '济南市章丘区埠村街道东田村党群服务中心',
    phone: '0531-86110005',
    lat: 36.633,
    lng: 117.48,
    hours: VILLAGE_HOURS,
  },
  {
    code: 'S370104002',
    name: '山东省立医院医保服务站',
    kind: 'hospital',
    regionCode: '370100',
    districtCode: '370104',
    address: '济南市槐荫区经五纬七路324号门诊一楼',
    phone: '0531-86110006',
    lat: 36.6582,
    lng: 116.9835,
    hours: HOSPITAL_HOURS,
  },
  {
    // The station of the demo staff accounts ZD2001 / ZD2002 (lib/data/demo-staff.ts): their console shows it.
    code: 'S370102004',
    name: '历下区甸柳庄社区医保服务站',
    kind: 'village',
    regionCode: '370100',
    districtCode: '370102',
    address: '济南市历下区甸柳新村街道甸柳庄社区党群服务中心',
    phone: '0531-86110009',
    lat: 36.655,
    lng: 117.05,
    hours: VILLAGE_HOURS,
  },
  {
    code: 'S370102003',
    name: '农商银行泉城路支行医保服务点',
    kind: 'enterprise',
    regionCode: '370100',
    districtCode: '370102',
    address: '济南市历下区泉城路180号',
    phone: '0531-86110007',
    lat: 36.666,
    lng: 117.025,
    hours: BANK_HOURS,
  },

  // 青岛市
  {
    code: 'S370202001',
    name: '青岛市医疗保障服务大厅',
    kind: 'city',
    regionCode: '370200',
    districtCode: '370202',
    address: '青岛市市南区延安三路105号',
    phone: '0532-86210001',
    lat: 36.066,
    lng: 120.36,
    hours: HALL_HOURS,
  },
  {
    code: 'S370203001',
    name: '市北区医保服务大厅',
    kind: 'county',
    regionCode: '370200',
    districtCode: '370203',
    address: '青岛市市北区同安路880号',
    phone: '0532-86210002',
    lat: 36.088,
    lng: 120.383,
    hours: HALL_HOURS,
  },
  {
    code: 'S370215001',
    name: '即墨区医保服务大厅',
    kind: 'county',
    regionCode: '370200',
    districtCode: '370215',
    address: '青岛市即墨区蓝鳌路1111号',
    phone: '0532-86210003',
    lat: 36.387,
    lng: 120.45,
    hours: HALL_HOURS,
  },
  {
    code: 'S370212001',
    name: '中韩街道医保工作站',
    kind: 'township',
    regionCode: '370200',
    districtCode: '370212',
    address: '青岛市崂山区株洲路60号',
    phone: '0532-86210004',
    lat: 36.109,
    lng: 120.466,
    hours: STATION_HOURS,
  },
  {
    code: 'S370214001',
    name: '夏庄街道源头社区医保服务点',
    kind: 'village',
    regionCode: '370200',
    districtCode: '370214',
    address: '青岛市城阳区夏庄街道源头社区党群服务中心',
    phone: '0532-86210005',
    lat: 36.281,
    lng: 120.431,
    hours: VILLAGE_HOURS,
  },
  {
    code: 'S370202002',
    name: '青岛大学附属医院医保服务站',
    kind: 'hospital',
    regionCode: '370200',
    districtCode: '370202',
    address: '青岛市市南区江苏路16号门诊楼一楼',
    phone: '0532-86210006',
    lat: 36.0692,
    lng: 120.3272,
    hours: HOSPITAL_HOURS,
  },
  {
    code: 'S370213001',
    name: '农商银行李沧支行医保服务点',
    kind: 'enterprise',
    regionCode: '370200',
    districtCode: '370213',
    address: '青岛市李沧区京口路58号',
    phone: '0532-86210007',
    lat: 36.146,
    lng: 120.43,
    hours: BANK_HOURS,
  },

  // 潍坊市
  {
    code: 'S370705001',
    name: '潍坊市医疗保障服务大厅',
    kind: 'city',
    regionCode: '370700',
    districtCode: '370705',
    address: '潍坊市奎文区东风东街6396号',
    phone: '0536-86310001',
    lat: 36.706,
    lng: 119.16,
    hours: HALL_HOURS,
  },
  {
    code: 'S370702001',
    name: '潍城区医保服务大厅',
    kind: 'county',
    regionCode: '370700',
    districtCode: '370702',
    address: '潍坊市潍城区胜利西街1号',
    phone: '0536-86310002',
    lat: 36.727,
    lng: 119.026,
    hours: HALL_HOURS,
  },
  {
    code: 'S370783001',
    name: '寿光市医保服务大厅',
    kind: 'county',
    regionCode: '370700',
    districtCode: '370783',
    address: '潍坊市寿光市渤海路1588号',
    phone: '0536-86310003',
    lat: 36.855,
    lng: 118.788,
    hours: HALL_HOURS,
  },
  {
    code: 'S370705002',
    name: '东关街道便民服务中心医保工作站',
    kind: 'township',
    regionCode: '370700',
    districtCode: '370705',
    address: '潍坊市奎文区东关街道北宫东街50号',
    phone: '0536-86310004',
    lat: 36.717,
    lng: 119.124,
    hours: STATION_HOURS,
  },
  {
    code: 'S370704001',
    name: '凤凰街道前埠头村医保服务点',
    kind: 'village',
    regionCode: '370700',
    districtCode: '370704',
    address: '潍坊市坊子区凤凰街道前埠头村党群服务中心',
    phone: '0536-86310005',
    lat: 36.651,
    lng: 119.181,
    hours: VILLAGE_HOURS,
  },
  {
    code: 'S370705003',
    name: '潍坊市人民医院医保服务站',
    kind: 'hospital',
    regionCode: '370700',
    districtCode: '370705',
    address: '潍坊市奎文区广文街151号门诊一楼',
    phone: '0536-86310006',
    lat: 36.7072,
    lng: 119.1122,
    hours: HOSPITAL_HOURS,
  },
  {
    code: 'S370703001',
    name: '农商银行寒亭支行医保服务点',
    kind: 'enterprise',
    regionCode: '370700',
    districtCode: '370703',
    address: '潍坊市寒亭区通亭街300号',
    phone: '0536-86310007',
    lat: 36.774,
    lng: 119.213,
    hours: BANK_HOURS,
  },

  // 滨州市
  {
    code: 'S371602001',
    name: '滨州市医疗保障服务大厅',
    kind: 'city',
    regionCode: '371600',
    districtCode: '371602',
    address: '滨州市滨城区渤海五路369号',
    phone: '0543-86410001',
    lat: 37.383,
    lng: 117.968,
    hours: HALL_HOURS,
  },
  {
    code: 'S371681001',
    name: '邹平市医保服务大厅',
    kind: 'county',
    regionCode: '371600',
    districtCode: '371681',
    address: '滨州市邹平市黛溪三路18号',
    phone: '0543-86410002',
    lat: 36.864,
    lng: 117.745,
    hours: HALL_HOURS,
  },
  {
    code: 'S371625001',
    name: '博兴县医保服务大厅',
    kind: 'county',
    regionCode: '371600',
    districtCode: '371625',
    address: '滨州市博兴县博城三路96号',
    phone: '0543-86410003',
    lat: 37.148,
    lng: 118.112,
    hours: HALL_HOURS,
  },
  {
    code: 'S371602002',
    name: '市中街道便民服务中心医保工作站',
    kind: 'township',
    regionCode: '371600',
    districtCode: '371602',
    address: '滨州市滨城区渤海七路380号',
    phone: '0543-86410004',
    lat: 37.386,
    lng: 117.971,
    hours: STATION_HOURS,
  },
  {
    code: 'S371621001',
    name: '孙武街道李家村医保服务点',
    kind: 'village',
    regionCode: '371600',
    districtCode: '371621',
    address: '滨州市惠民县孙武街道李家村党群服务中心',
    phone: '0543-86410005',
    lat: 37.491,
    lng: 117.531,
    hours: VILLAGE_HOURS,
  },
  {
    code: 'S371602003',
    name: '滨州医学院附属医院医保服务站',
    kind: 'hospital',
    regionCode: '371600',
    districtCode: '371602',
    address: '滨州市滨城区黄河二路661号门诊一楼',
    phone: '0543-86410006',
    lat: 37.3792,
    lng: 117.9752,
    hours: HOSPITAL_HOURS,
  },
  {
    code: 'S371623001',
    name: '农商银行无棣支行医保服务点',
    kind: 'enterprise',
    regionCode: '371600',
    districtCode: '371623',
    address: '滨州市无棣县棣新一路200号',
    phone: '0543-86410007',
    lat: 37.768,
    lng: 117.618,
    hours: BANK_HOURS,
  },
];

export const stations: readonly Station[] = rows.map((row) => ({ ...row, services: SERVICES_BY_KIND[row.kind] }));

export type StationWithDistance = WithDistance<Station>;

/** The n stations nearest to point, nearest first, each with its distance in metres. */
export function nearestStations(point: LatLng, n: number): StationWithDistance[] {
  return nearestTo(stations, point, n);
}

const stationMap: ReadonlyMap<string, Station> = new Map(stations.map((s) => [s.code, s]));

export function stationByCode(code: string): Station | undefined {
  return stationMap.get(code);
}

const stationsByName: ReadonlyMap<string, Station> = new Map(stations.map((s) => [s.name, s]));

/** A staff account's station (staff.station holds its name, as SMS and logs write it). */
export function stationNamed(name: string | null | undefined): Station | undefined {
  return name ? stationsByName.get(name) : undefined;
}
