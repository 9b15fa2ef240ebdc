import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from '@/lib/assist/mask';

// Issue 14.10: "the staff live view leaves phones and IDs unmasked when typed with spaces, hyphens,
// +86 or full-width digits".
describe('phones and ID numbers are masked in any notation', () => {
  it.each([
    ['13800000001', '138****0001'],
    ['138 0000 0001', '138****0001'],
    ['138-0000-0001', '138****0001'],
    ['+86 138 0000 0001', '138****0001'],
    ['0086-13800000001', '138****0001'],
    ['１３８０００００００１', '138****0001'],
    ['１３８　００００　０００１', '138****0001'],
    ['37010219480315002X', '3701**********002X'],
    ['370102 19480315 002X', '3701**********002X'],
    ['３７０１０２１９４８０３１５００２Ｘ', '3701**********002X'],
    ['370102-1948-0315-002x', '3701**********002x'],
  ])('%s → %s', (typed, masked) => {
    expect(maskPersonalNumbers(`联系电话：${typed}。`)).toBe(`联系电话：${masked}。`);
  });

  it.each([['2026年11月30日'], ['办件编号 YD20261130000123'], ['5 MB'], ['第 6 步 / 共 8 步'], ['3000 元']])('leaves %s alone', (text) => {
    expect(maskPersonalNumbers(text)).toBe(text);
  });
});
