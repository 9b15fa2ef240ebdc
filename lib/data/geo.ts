// Demo data helpers: small geographic utilities for the demo catalogue.

export type LatLng = { readonly lat: number; readonly lng: number };

const EARTH_RADIUS_METRES = 6_371_008.8;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle (haversine) distance in metres. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export type WithDistance<T> = T & { readonly distanceMetres: number };

/** The n items closest to point, nearest first (stable for equal distances). */
export function nearestTo<T extends LatLng>(items: readonly T[], point: LatLng, n: number = items.length): WithDistance<T>[] {
  const limit = Math.max(0, Math.floor(n));
  return items
    .map((item, index) => ({ item, index, d: distanceMetres(point, item) }))
    .sort((x, y) => x.d - y.d || x.index - y.index)
    .slice(0, limit)
    .map(({ item, d }) => ({ ...item, distanceMetres: d }));
}
