import { pinyin } from 'pinyin-pro';

/**
 * Matching a typed query against a Chinese name: the characters themselves, or pinyin typed the
 * way people do on a phone keyboard (initials 'qlyy', full 'qilu', or a mix 'qiluyy'), toneless,
 * ü as v. The same ranking as the disease search (lib/data/diseases.ts), for names from data.
 */

type NameKey = { syllables: readonly string[]; full: string; initials: string };

const keys = new Map<string, NameKey>();

function keyFor(name: string): NameKey {
  let key = keys.get(name);
  if (!key) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
      .map((s) => s.toLowerCase())
      .filter((s) => /^[a-z]+$/.test(s));
    key = { syllables, full: syllables.join(''), initials: syllables.map((s) => s.charAt(0)).join('') };
    keys.set(name, key);
  }
  return key;
}

/** Each syllable typed in full or as a prefix, consecutively from `start`. Failed states are memoised. */
function fromSyllable(query: string, syllables: readonly string[], start: number): boolean {
  const failed = new Set<number>();
  const step = (qi: number, si: number): boolean => {
    if (qi === query.length) return true;
    const syllable = syllables[si];
    const state = si * (query.length + 1) + qi;
    if (syllable === undefined || failed.has(state)) return false;
    for (let len = Math.min(syllable.length, query.length - qi); len >= 1; len--) {
      if (query.startsWith(syllable.slice(0, len), qi) && step(qi + len, si + 1)) return true;
    }
    failed.add(state);
    return false;
  };
  return step(0, start);
}

const MAX_QUERY_LENGTH = 40;

export function normaliseQuery(query: string): string {
  return query.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '').slice(0, MAX_QUERY_LENGTH);
}

/** 0 exact, 1 prefix, 2 anywhere in the name; undefined: no match. `query` as from normaliseQuery. */
export function nameRank(query: string, name: string): 0 | 1 | 2 | undefined {
  if (query === '') return 2;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  const latin = query.replace(/'/g, '').replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(latin)) return undefined;
  const key = keyFor(name);
  if (latin === key.full || latin === key.initials) return 0;
  if (fromSyllable(latin, key.syllables, 0)) return 1;
  for (let i = 1; i < key.syllables.length; i++) {
    if (fromSyllable(latin, key.syllables, i)) return 2;
  }
  return undefined;
}
