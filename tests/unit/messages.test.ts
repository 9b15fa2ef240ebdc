import { describe, it, expect } from 'vitest';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh-CN.json';

/**
 * Structural checks that keep the locale files in step. They walk the trees,
 * so new keys are covered without touching this file.
 */

type Tree = { readonly [key: string]: unknown };

const locales: Record<string, Tree> = { 'zh-CN': zh, en };

/** Leaf path ("a.b.c") → value, for every non-object node (objects are walked). */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/**
 * ICU argument names: `{name}` and the head of `{count, plural, …}` / `{x, select, …}`.
 * Plural/select branch bodies (`one {# day}`) are not picked up because they don't
 * start with an identifier followed by `}` or `,`.
 */
function icuArgs(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?=[,}])/g)) names.add(match[1]!);
  return [...names].sort();
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** zh-CN keys whose value legitimately has no Chinese (numbers, bare placeholders). */
const ZH_WITHOUT_CJK = new Set([
  'nav.hotline',
  'devSms.sender',
  'applications.events.stage',
  'family.who',
  'family.log.other',
  'staff.signedInAs',
  'applications.subject.chronic',
]);

/** en keys whose value legitimately contains Chinese. Keep this empty unless there is a reason. */
// Voice commands are recognised in Mandarin whatever the page language, so the English text quotes the Chinese words to say.
const EN_WITH_CJK = new Set<string>(['flow.checkVoicePrompt', 'voice.confirmSubmit', 'voice.askBack', 'voice.askBackLunar', 'voice.startNotUnderstood']);

const zhLeaves = leaves(zh);
const enLeaves = leaves(en);

describe('i18n messages', () => {
  it('zh-CN and en have the same leaf keys', () => {
    const zhKeys = [...zhLeaves.keys()].sort();
    const enKeys = [...enLeaves.keys()].sort();
    expect(zhKeys.length).toBeGreaterThan(0);
    expect({ missingInEn: zhKeys.filter((k) => !enLeaves.has(k)), extraInEn: enKeys.filter((k) => !zhLeaves.has(k)) }).toEqual({
      missingInEn: [],
      extraInEn: [],
    });
  });

  it('every leaf is a non-empty string', () => {
    const bad: string[] = [];
    for (const [locale, tree] of Object.entries(locales)) {
      for (const [path, value] of leaves(tree)) {
        if (typeof value !== 'string' || value.trim() === '') bad.push(`${locale}:${path}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('each key uses the same ICU arguments in both locales', () => {
    const mismatches: { key: string; zh: string[]; en: string[] }[] = [];
    for (const [path, zhValue] of zhLeaves) {
      const enValue = enLeaves.get(path);
      if (typeof zhValue !== 'string' || typeof enValue !== 'string') continue; // reported by other tests
      const zhArgs = icuArgs(zhValue);
      const enArgs = icuArgs(enValue);
      if (zhArgs.join() !== enArgs.join()) mismatches.push({ key: path, zh: zhArgs, en: enArgs });
    }
    expect(mismatches).toEqual([]);
  });

  it('zh-CN values contain Chinese unless allow-listed', () => {
    const englishOnly = [...zhLeaves]
      .filter(([path, value]) => !ZH_WITHOUT_CJK.has(path) && typeof value === 'string' && !CJK.test(value))
      .map(([path]) => path);
    expect(englishOnly).toEqual([]);
  });

  it('en values contain no Chinese unless allow-listed', () => {
    const untranslated = [...enLeaves].filter(([path, value]) => !EN_WITH_CJK.has(path) && typeof value === 'string' && CJK.test(value)).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('allow-lists only name keys that exist', () => {
    expect([...ZH_WITHOUT_CJK].filter((k) => !zhLeaves.has(k))).toEqual([]);
    expect([...EN_WITH_CJK].filter((k) => !enLeaves.has(k))).toEqual([]);
  });

  it('the ICU argument parser sees simple and plural arguments', () => {
    expect(icuArgs('{name}，您好')).toEqual(['name']);
    expect(icuArgs('Wait {seconds, plural, one {# second} other {# seconds}} for {name}')).toEqual(['name', 'seconds']);
    expect(icuArgs('no args here')).toEqual([]);
  });
});
