import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { DISEASE_COLLOQUIAL } from '@/lib/data/disease-colloquial';
import { diseaseCatalogue } from '@/lib/data/diseases';
import { DISEASES_NOT_COVERED } from '@/lib/data/diseases-not-covered';

const catalogue = [...diseaseCatalogue('employee'), ...diseaseCatalogue('resident')];
const nameOf = (code: string) => catalogue.find((d) => d.code === code)?.name.split('（')[0];
const sound = (text: string) => pinyin(text, { toneType: 'none', type: 'array' }).join(' ');

describe('the colloquial disease names (lib/data/disease-colloquial.ts)', () => {
  it('name catalogue entries, each group with the public pages it comes from', () => {
    for (const group of DISEASE_COLLOQUIAL) {
      expect(nameOf(group.code), group.code).toBeDefined();
      expect(group.source.length, group.code).toBeGreaterThan(20);
      // A page address or the plain statement that none was found, never the old catch-all.
      expect(group.source, group.code).not.toMatch(/everyday short forms/);
    }
  });

  it('a slip sounds exactly like the catalogue name or one of its say words (toneless pinyin)', () => {
    const checked: string[] = [];
    for (const group of DISEASE_COLLOQUIAL) {
      const sounds = new Set([nameOf(group.code) ?? '', ...group.say].map(sound));
      for (const slip of group.slips) {
        expect(sounds.has(sound(slip)), `${slip} (${group.code})`).toBe(true);
        checked.push(slip);
      }
    }
    expect(checked).toContain('关心病');
  });

  it('a word that picks one entry neither picks nor asks back about another', () => {
    const picks = new Map<string, string>();
    for (const group of DISEASE_COLLOQUIAL)
      for (const word of [...group.say, ...group.slips]) {
        expect(picks.get(word) ?? group.code, word).toBe(group.code);
        picks.set(word, group.code);
      }
    for (const group of DISEASE_COLLOQUIAL)
      for (const word of group.weak) expect(picks.has(word), `${word} is weak for ${group.code} but picks ${picks.get(word)}`).toBe(false);
  });

  it('words a page calls wider than the entry only ask back', () => {
    const weakOf = (code: string) => DISEASE_COLLOQUIAL.find((g) => g.code === code)?.weak ?? [];
    expect(weakOf('M03900')).toContain('血压高');
    expect(weakOf('M01600')).toContain('血糖高');
    expect(weakOf('M00201')).toEqual(expect.arrayContaining(['大三阳', '小三阳']));
    expect(weakOf('M07101')).toContain('红斑狼疮');
    expect(weakOf('M03200')).toContain('肌无力');
  });

  it('conditions said to be in no catalogue are neither a catalogue name nor a word for an entry', () => {
    const words = new Set([...catalogue.map((d) => d.name.split('（')[0]), ...DISEASE_COLLOQUIAL.flatMap((g) => [...g.say, ...g.slips, ...g.weak])]);
    for (const word of DISEASES_NOT_COVERED) expect(words.has(word), word).toBe(false);
  });
});
