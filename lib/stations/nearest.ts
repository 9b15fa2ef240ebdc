import { distanceMetres, type LatLng } from '../data/geo';
import { districtByCode, regionByCode, regions, type District } from '../data/regions';
import { stations as allStations, type Station, type StationKind } from '../data/stations';

/** Where "near" starts: the phone's position, else the registered (or picked) 区县, else nothing known. */
export type Origin = { kind: 'position'; point: LatLng } | { kind: 'district'; code: string | null; regionCode?: string | null };

export type Basis =
  | { kind: 'position' }
  | { kind: 'district'; district: District }
  /** The 区县 is not known but the 统筹区 is: its halls and stations first, from the city's centre. */
  | { kind: 'region'; regionCode: string }
  /** Nothing known: each city's hall first, then the rest by city; no distances. */
  | { kind: 'unknown' };

export type RankedStation = Station & { readonly distanceMetres: number | null };

export type Nearest = { basis: Basis; stations: RankedStation[] };

/** Equal distances: the station that can do more comes first (a hall before a village point), then by code. */
const KIND_RANK: Readonly<Record<StationKind, number>> = { city: 0, county: 1, township: 2, hospital: 3, village: 4, enterprise: 5 };

function byDistanceFrom(point: LatLng, list: readonly Station[]): RankedStation[] {
  return list
    .map((s) => ({ ...s, distanceMetres: distanceMetres(point, s) }))
    .sort((a, b) => a.distanceMetres - b.distanceMetres || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.code.localeCompare(b.code));
}

/**
 * The stations nearest first. With a position: by straight-line (haversine) distance from it. With a 区县 only:
 * that 区县's stations first, then the others, both by distance from the 区县's centre. Neither: the city halls
 * first, in the order of the 统筹区 list, then every other station by city and kind, with no distance.
 */
export function rankStations(origin: Origin, list: readonly Station[] = allStations): Nearest {
  if (origin.kind === 'position') return { basis: { kind: 'position' }, stations: byDistanceFrom(origin.point, list) };
  const district = origin.code ? districtByCode(origin.code) : undefined;
  if (district) {
    const ranked = byDistanceFrom(district.centre, list);
    const inside = ranked.filter((s) => s.districtCode === district.code);
    const outside = ranked.filter((s) => s.districtCode !== district.code);
    return { basis: { kind: 'district', district }, stations: [...inside, ...outside] };
  }
  const region = origin.regionCode ? regionByCode(origin.regionCode) : undefined;
  if (region) {
    const ranked = byDistanceFrom(region.centre, list);
    const inside = ranked.filter((s) => s.regionCode === region.code);
    const outside = ranked.filter((s) => s.regionCode !== region.code);
    return { basis: { kind: 'region', regionCode: region.code }, stations: [...inside, ...outside] };
  }
  const regionRank = new Map(regions.map((r, i) => [r.code as string, i]));
  const stations = [...list]
    .sort(
      (a, b) =>
        Number(a.kind !== 'city') - Number(b.kind !== 'city') ||
        (regionRank.get(a.regionCode) ?? 99) - (regionRank.get(b.regionCode) ?? 99) ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        a.code.localeCompare(b.code),
    )
    .map((s) => ({ ...s, distanceMetres: null }));
  return { basis: { kind: 'unknown' }, stations };
}

/** '约 800 米' under a kilometre (to the nearest 100 m, at least 100), else '约 2.3 公里'. */
export function roundedDistance(metres: number): { unit: 'm'; m: number } | { unit: 'km'; km: string } {
  const hundreds = Math.max(100, Math.round(metres / 100) * 100);
  if (hundreds < 1000) return { unit: 'm', m: hundreds };
  const km = metres / 1000;
  return { unit: 'km', km: km >= 100 ? String(Math.round(km)) : km.toFixed(1) };
}

/** A position from '?near=36.6650,117.0950', only when both parts are numbers in range. */
export function parseNear(value: string | undefined | null): LatLng | null {
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value ?? '');
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}

/** The phone's map apps, by their public URI schemes, and a plain web page any browser opens. */
export function mapLinks(station: Pick<Station, 'name' | 'lat' | 'lng' | 'address'>) {
  const { lat, lng } = station;
  const name = encodeURIComponent(station.name);
  const address = encodeURIComponent(station.address);
  return {
    amapWeb: `https://uri.amap.com/marker?position=${lng},${lat}&name=${name}&src=yibao-elder&coordinate=gaode&callnative=1`,
    amapAndroid: `androidamap://viewMap?sourceApplication=yibao-elder&poiname=${name}&lat=${lat}&lon=${lng}&dev=0`,
    amapIos: `iosamap://viewMap?sourceApplication=yibao-elder&poiname=${name}&lat=${lat}&lon=${lng}&dev=0`,
    baidu: `baidumap://map/marker?location=${lat},${lng}&title=${name}&content=${address}&coord_type=gcj02&src=yibao-elder`,
    tencent: `qqmap://map/marker?marker=coord:${lat},${lng};title:${name};addr:${address}&referer=yibao-elder`,
  };
}

/** 'tel:053186110004': the number as dialled, separators dropped. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
