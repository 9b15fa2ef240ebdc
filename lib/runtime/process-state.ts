/**
 * State shared by the whole server process. Next bundles a module into each route and page
 * separately, so module-level caches would exist once per bundle, and a change made by one route
 * (moving the demo clock, a new holiday schedule) would not reach the page that shows it.
 */
export function processState<T>(key: string, init: () => T): T {
  const holder = globalThis as typeof globalThis & { __ybState?: Map<string, unknown> };
  holder.__ybState ??= new Map();
  if (!holder.__ybState.has(key)) holder.__ybState.set(key, init());
  return holder.__ybState.get(key) as T;
}
