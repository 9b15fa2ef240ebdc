import { describe, expect, it } from 'vitest';
import { validateStep } from '@/lib/services/engine';
import type { FlowDefinition } from '@/lib/services/flow';
import { freeTextValue } from '@/lib/services/free-text';
import { readStepValue } from '@/lib/services/step-input';
import { matchAnswer } from '@/lib/voice/match';

const flow: FlowDefinition = {
  service: 'chronic',
  steps: [{ key: 'place', kind: 'text', maxLength: 10, schema: freeTextValue(10) }],
};
const ctx = {
  today: '2026-11-10',
  person: { insuranceType: 'resident', employmentStatus: null, regionCode: '370100', districtCode: null, phone: '13800000001' },
  facts: {},
} as const;
const check = (raw: unknown) => validateStep(flow, 'place', raw, {}, ctx);

describe('a free-text step', () => {
  it('keeps the words, trimmed, with runs of spaces and line breaks made one space', () => {
    expect(check('  三亚 \n 农垦医院 ')).toEqual({ ok: true, value: '三亚 农垦医院' });
  });

  it('refuses nothing said, too many characters (naming the limit) and invisible characters', () => {
    expect(check('   ')).toEqual({ ok: false, refusal: { code: 'text-required' } });
    expect(check(undefined)).toEqual({ ok: false, refusal: { code: 'text-required' } });
    expect(check('一二三四五六七八九十一')).toEqual({ ok: false, refusal: { code: 'text-too-long', params: { max: 10 } } });
    expect(check('农垦\u200b医院')).toEqual({ ok: false, refusal: { code: 'text-format' } });
    expect(check('农垦\u202e医院')).toEqual({ ok: false, refusal: { code: 'text-format' } });
  });

  it('reads the posted box as the answer, and an empty box as no answer', () => {
    expect(readStepValue(flow.steps[0]!, { value: ' 农垦医院 ' }, undefined)).toBe('农垦医院');
    expect(readStepValue(flow.steps[0]!, { value: '' }, undefined)).toBeUndefined();
  });

  it('in 语音版 takes what was said as the answer; a short command stays a command', () => {
    expect(matchAnswer('三亚市的农垦医院', [], 'text', { today: '2026-11-10' })).toEqual({ kind: 'answer', value: '三亚市的农垦医院', confidence: 1 });
    expect(matchAnswer('下一步', [], 'text', { today: '2026-11-10' })).toEqual({ kind: 'command', command: 'next' });
    expect(matchAnswer('住在返回村附近的那个卫生院', [], 'text', { today: '2026-11-10' }).kind).toBe('answer');
  });
});
