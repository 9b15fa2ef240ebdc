import { describe, expect, it } from 'vitest';
import { personNameSchema } from '@/lib/identity/person-name';

// Issue 14.9: names are printed inside official 【中国医疗保障】 SMS, so only names may pass.
describe('person names', () => {
  it.each([
    ['张伟', '张伟'],
    ['  欧阳  娜娜 ', '欧阳娜娜'], // a space typed between surname and given name
    ['阿依古丽·买买提', '阿依古丽·买买提'],
    ['阿依古丽•买买提', '阿依古丽·买买提'], // bullet typed for the middle dot
    ['阿依古丽・买买提', '阿依古丽·买买提'], // katakana middle dot
    ['Mary Smith', 'Mary Smith'],
    ["O'Brien-Wang", "O'Brien-Wang"],
    ['ＺＨＡＮＧ Ｗｅｉ', 'ZHANG Wei'], // full-width letters
  ])('accepts %j as %j', (input, expected) => {
    expect(personNameSchema.safeParse(input)).toMatchObject({ success: true, data: expected });
  });

  it.each([
    ['请访问evil.com领补贴', 'URL inside'],
    ['evil.com', 'a domain'],
    ['张伟123', 'digits'],
    ['张\u200b伟', 'zero-width space'],
    ['张伟\u202e', 'right-to-left override'],
    ['\u2066张伟\u2069', 'bidi isolate'],
    ['张', 'too short'],
    ['张'.repeat(21), 'too long'],
    ['张伟，请回电', 'punctuation'],
    ['<b>张伟</b>', 'markup'],
    ['·张伟', 'leading dot'],
    ['张伟 Smith', 'mixed scripts'],
    ['', 'empty'],
  ])('refuses %j (%s)', (input) => {
    expect(personNameSchema.safeParse(input).success).toBe(false);
  });
});
