import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { idCheckChar, isMobilePhone, maskIdNumber, maskPhone, validateIdNumber } from '../../lib/identity/id-card';
import { dayNumber, fromDayNumber } from '../../lib/time/dates';

const TODAY = '2026-11-24';

describe('validateIdNumber', () => {
  it.each([
    ['37010219480315002X', '1948-03-15', 'female', '370102'],
    ['370702195207080018', '1952-07-08', 'male', '370702'],
    ['371602195809120043', '1958-09-12', 'female', '371602'],
    ['370102197506010016', '1975-06-01', 'male', '370102'],
  ] as const)('demo ID %s is valid', (id, birthDate, gender, regionCode) => {
    expect(validateIdNumber(id)).toEqual({ ok: true, value: id, birthDate, gender, regionCode });
  });

  it('refuses a wrong check digit', () => {
    expect(validateIdNumber('370702195207080019')).toEqual({ ok: false, reason: 'checksum' });
    expect(validateIdNumber('370102194803150021')).toEqual({ ok: false, reason: 'checksum' });
  });

  it.each(['', '123', '37010219480315002Y', '37010219480315002', '3701021948031500211', 'ABCDEFGHIJKLMNOPQR', '3701021948O315002X', 'X70102194803150021'])(
    'refuses bad format %j',
    (id) => {
      expect(validateIdNumber(id)).toEqual({ ok: false, reason: 'format' });
    },
  );

  it('refuses impossible or out-of-range birth dates', () => {
    const withBirth = (yyyymmdd: string) => {
      const body = `370102${yyyymmdd}002`;
      return `${body}${idCheckChar(body)}`;
    };
    expect(validateIdNumber(withBirth('19480231'))).toEqual({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19481301'))).toEqual({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19500229'))).toEqual({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('18991231'))).toEqual({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('20261125'), { today: TODAY })).toEqual({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('20261124'), { today: TODAY }).ok).toBe(true);
    expect(validateIdNumber(withBirth('19000101')).ok).toBe(true);
    expect(validateIdNumber(withBirth('19520229')).ok).toBe(true);
  });

  it('accepts lowercase x, spaces and full-width characters, normalising the value', () => {
    const expected = { ok: true, value: '37010219480315002X' };
    expect(validateIdNumber('37010219480315002x')).toMatchObject(expected);
    expect(validateIdNumber('  37010219480315002X ')).toMatchObject(expected);
    expect(validateIdNumber('370102 19480315 002x')).toMatchObject(expected);
    expect(validateIdNumber('３７０１０２１９４８０３１５００２Ｘ')).toMatchObject(expected);
  });
});

describe('masking and phones', () => {
  it('masks ID numbers: first 4, 10 asterisks, last 4', () => {
    expect(maskIdNumber('37010219480315002X')).toBe('3701**********002X');
    expect(maskIdNumber('37010219480315002x')).toBe('3701**********002X');
    expect(maskIdNumber('1234')).toBe('****');
  });

  it('masks phones: first 3, 4 asterisks, last 4', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('123')).toBe('***');
  });

  it('recognises mainland mobile numbers', () => {
    expect(isMobilePhone('13800000001')).toBe(true);
    expect(isMobilePhone('19912345678')).toBe(true);
    expect(isMobilePhone(' 15912345678 ')).toBe(true);
    expect(isMobilePhone('12800000001')).toBe(false);
    expect(isMobilePhone('1380000000')).toBe(false);
    expect(isMobilePhone('138000000012')).toBe(false);
    expect(isMobilePhone('0531-88888888')).toBe(false);
  });
});

describe('check digit property', () => {
  const birthArb = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber(TODAY) }).map((d) => fromDayNumber(d).replaceAll('-', ''));
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const bodyArb = fc.tuple(digits(6), birthArb, digits(3)).map(([region, birth, seq]) => `${region}${birth}${seq}`);

  it('body + computed check digit always validates; any single-digit change fails', () => {
    fc.assert(
      fc.property(bodyArb, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (body, pos, delta) => {
        const id = `${body}${idCheckChar(body)}`;
        const valid = validateIdNumber(id, { today: TODAY });
        expect(valid.ok).toBe(true);
        if (valid.ok) {
          expect(valid.birthDate.replaceAll('-', '')).toBe(body.slice(6, 14));
          expect(valid.gender).toBe(Number(body[16]) % 2 === 1 ? 'male' : 'female');
        }
        // Replace the character at `pos` with a different one from the allowed alphabet.
        const alphabet = pos === 17 ? '0123456789X' : '0123456789';
        const current = alphabet.indexOf(id.charAt(pos));
        const replacement = alphabet.charAt((current + (delta % alphabet.length || 1)) % alphabet.length);
        expect(replacement).not.toBe(id.charAt(pos));
        const changed = `${id.slice(0, pos)}${replacement}${id.slice(pos + 1)}`;
        const result = validateIdNumber(changed, { today: TODAY });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
