/**
 * 18-digit 居民身份证号 (GB 11643-1999): 6-digit region code, 8-digit birth date YYYYMMDD,
 * 3-digit sequence (odd = male, even = female), and an ISO 7064 MOD 11-2 check character.
 */
import { compareDates, isIsoDate, shanghaiDate, type IsoDate } from '../time/dates';

export type IdValidation =
  { ok: true; value: string; birthDate: IsoDate; gender: 'male' | 'female'; regionCode: string } | { ok: false; reason: 'format' | 'birth-date' | 'checksum' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const ID_FORMAT_RE = /^\d{17}[\dX]$/;

/**
 * Normalise what an older user may type: full-width digits/Ｘ (NFKC), spaces anywhere
 * (people group digits as "370102 19480315 002X"), lowercase x.
 */
function normaliseId(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The MOD 11-2 check character for the first 17 digits. */
export function idCheckChar(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new RangeError('ID body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validate an 18-digit ID number. `today` (Asia/Shanghai) defaults to now; the birth date must be
 * a real date between 1900-01-01 and today. Checks run in the order format → birth-date → checksum.
 */
export function validateIdNumber(input: string, options: { today?: IsoDate } = {}): IdValidation {
  const value = normaliseId(input);
  if (!ID_FORMAT_RE.test(value)) return { ok: false, reason: 'format' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  const today = options.today ?? shanghaiDate(new Date());
  if (!isIsoDate(birthDate) || compareDates(birthDate, EARLIEST_BIRTH_DATE) < 0 || compareDates(birthDate, today) > 0) {
    return { ok: false, reason: 'birth-date' };
  }
  if (idCheckChar(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, reason: 'checksum' };
  return {
    ok: true,
    value,
    birthDate,
    gender: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  };
}

/** '37010219480315002X' → '3701**********002X'. Keeps the first 4 and last 4 characters. */
export function maskIdNumber(id: string): string {
  const value = normaliseId(id);
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** '13800000001' → '138****0001'. Keeps the first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  const value = phone.normalize('NFKC').replace(/\s+/g, '');
  if (value.length <= 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** Mainland mobile number: 11 digits starting 13–19 (surrounding spaces ignored). */
export function isMobilePhone(s: string): boolean {
  return /^1[3-9]\d{9}$/.test(s.trim());
}
