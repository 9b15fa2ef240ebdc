import { facilityByCode, type Facility, type FacilityLevel } from '../data/facilities';
import { facilityNicknames } from '../data/facility-nicknames';
import { distanceMetres, type LatLng } from '../data/geo';
import { districtByCode, regionByCode } from '../data/regions';
import type { FlowPerson, ListView, Option } from './flow';
import { nameRank, normaliseQuery } from './name-search';

export const facilityLevels: readonly FacilityLevel[] = ['level3', 'level2', 'level1', 'village'];

export function isFacilityLevel(value: unknown): value is FacilityLevel {
  return (facilityLevels as readonly unknown[]).includes(value);
}

/** Where "near me" starts when the phone gives no position: the registered district's centre, else the city's. */
export function homePoint(person: Pick<FlowPerson, 'regionCode' | 'districtCode'>): LatLng | null {
  const district = person.districtCode ? districtByCode(person.districtCode) : undefined;
  return district?.centre ?? regionByCode(person.regionCode)?.centre ?? null;
}

/**
 * "离我最近的": said for the first of a list ordered nearest first; asked back by its name, since
 * the person cannot see which one that is ("您说的是‘…’吗？").
 */
const NEAREST_WORDS = ['最近的', '离我最近', '离家最近', '离家近', '离我近', '最近那个', '最近那家', '最近的那家', '最近的那个', '最近的医院', '挨着最近'];

function toOption(f: Facility, from: LatLng | null, nearest = false): Option {
  return {
    value: f.code,
    label: { text: f.name },
    say: [f.name, ...facilityNicknames(f.code)],
    ...(nearest ? { weak: NEAREST_WORDS } : {}),
    meta: { ...(from ? { distanceMetres: Math.round(distanceMetres(from, f)) } : {}), level: f.level, address: f.address },
  };
}

function byDistance(list: readonly Facility[], from: LatLng | null): Facility[] {
  if (!from) return [...list];
  return list
    .map((f, index) => ({ f, index, d: distanceMetres(from, f) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.f);
}

/** Facilities as options, nearest to the person's home first, each with distance, level and address. */
export function facilityOptions(list: readonly Facility[], person: Pick<FlowPerson, 'regionCode' | 'districtCode'>): Option[] {
  const home = homePoint(person);
  return byDistance(list, home).map((f, i) => toOption(f, home, home !== null && i === 0));
}

/**
 * What a searchable facility list shows: only the chosen level, only names matching the search
 * (Chinese or pinyin initials), nearest first — to the phone's position when given, else home.
 * With a search, better matches come first and distance orders the rest.
 */
export function presentFacilities(options: Option[], view: ListView, person: Pick<FlowPerson, 'regionCode' | 'districtCode'>): Option[] {
  const from = view.near ?? homePoint(person);
  const q = normaliseQuery(view.q ?? '');
  const level = isFacilityLevel(view.filter) ? view.filter : null;
  return options
    .map((option, index) => ({ option, index, f: facilityByCode(option.value) }))
    .filter((x): x is { option: Option; index: number; f: Facility } => x.f !== undefined)
    .filter((x) => !level || x.f.level === level)
    .map((x) => ({ ...x, rank: q ? nameRank(q, x.f.name) : 2, d: from ? distanceMetres(from, x.f) : 0 }))
    .filter((x) => x.rank !== undefined)
    .sort((a, b) => (a.rank ?? 2) - (b.rank ?? 2) || a.d - b.d || a.index - b.index)
    .map((x, i) => toOption(x.f, from, from !== null && !q && i === 0));
}

/** The level chips for a facility list: only levels the list has, so no chip leads to an empty page. */
export function facilityLevelFilters(options: Option[]): Option[] {
  const present = new Set(options.map((o) => facilityByCode(o.value)?.level));
  return facilityLevels.filter((l) => present.has(l)).map((l) => ({ value: l, label: { key: `facility.levels.${l}` } }));
}
