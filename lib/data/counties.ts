/**
 * 区县 named in what was said ('寿光', '去即墨', '北京朝阳区'), each with the city a picker lists it
 * under (divisions.ts: a municipality is one city; a 省直辖 county-level city is its own). Pure.
 */
import { COUNTY_LEVEL_CITIES } from './county-level-cities';
import { COUNTY_ROWS } from './county-rows';
import { placeNicknamesOfCounties } from './place-nicknames';

/** `said`: the words that named it; `alone`: no other 区县 anywhere goes by those words. */
export type CountyMatch = {
  readonly name: string;
  readonly code: string;
  readonly cityCode: string;
  readonly provinceCode: string;
  readonly said: string;
  readonly alone: boolean;
};

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const OWN_CITY = new Set(COUNTY_LEVEL_CITIES.map((c) => c.code));
/** How a 区县 is named without its kind: 寿光市 → 寿光, 即墨区 → 即墨, 长岛县 → 长岛. */
const KIND = /(自治县|自治旗|林区|特区|市|县|区|旗)$/;

type County = { name: string; code: string; cityCode: string; provinceCode: string };
let byWord: Map<string, County[]> | undefined;

function cityOf(code: string): string {
  if (OWN_CITY.has(code)) return code;
  const province = code.slice(0, 2);
  return MUNICIPALITIES.has(province) ? `${province}0100` : `${code.slice(0, 4)}00`;
}

function load(): Map<string, County[]> {
  if (byWord) return byWord;
  byWord = new Map();
  const add = (word: string, county: County) => byWord?.set(word, [...(byWord.get(word) ?? []), county]);
  for (const row of COUNTY_ROWS.flatMap((line) => line.split(','))) {
    const name = row.slice(0, -6);
    const code = row.slice(-6);
    if (name === '市辖区' || name === '县') continue;
    const county = { name, code, cityCode: cityOf(code), provinceCode: `${code.slice(0, 2)}0000` };
    add(name, county);
    const stem = name.replace(KIND, '');
    if (stem !== name && stem.length >= 2) add(stem, county);
  }
  for (const [word, code] of placeNicknamesOfCounties()) {
    const county = [...byWord.values()].flat().find((c) => c.code === code);
    if (county) add(word, county);
  }
  return byWord;
}

/**
 * The 区县 named, longest words first, none inside another. A short name ('寿光') counts only in a
 * short answer ('去寿光', '寿光那边'): within a long sentence two characters are too often an ordinary word.
 */
export function countiesNamed(text: string): CountyMatch[] {
  const words = load();
  const found: { word: string; at: number; counties: County[] }[] = [];
  for (let start = 0; start < text.length; start++) {
    for (let end = Math.min(text.length, start + 8); end >= start + 2; end--) {
      const word = text.slice(start, end);
      const counties = words.get(word);
      if (!counties) continue;
      const named = counties.filter((c) => c.name === word || text.length <= word.length + 4);
      if (named.length > 0) found.push({ word, at: start, counties: named });
      break;
    }
  }
  const kept = found.filter(
    (f) => !found.some((o) => o !== f && o.at <= f.at && o.at + o.word.length >= f.at + f.word.length && o.word.length > f.word.length),
  );
  return kept.flatMap((f) => f.counties.map((c) => ({ ...c, said: f.word, alone: (words.get(f.word) ?? []).length === 1 })));
}
