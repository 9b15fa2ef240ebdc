/**
 * 春节 (农历正月初一) by Gregorian year, for estimating holidays in years whose official schedule
 * is not published yet. Computed with chinese-days' lunar conversion (`getLunarDate`) and checked
 * against it by tests/unit/estimated-holidays.test.ts; a year outside the table gets no 春节 estimate.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2036: '2036-01-28',
  2037: '2037-02-15',
  2038: '2038-02-04',
  2039: '2039-01-24',
  2040: '2040-02-12',
  2041: '2041-02-01',
  2042: '2042-01-22',
  2043: '2043-02-10',
  2044: '2044-01-30',
  2045: '2045-02-17',
};

/**
 * The estimated days off for a year with no official schedule yet (issue 13): 春节 as the 7 days
 * from 除夕 (the break the State Council has given every year), 劳动节 5月1日–2日 and the other
 * fixed dates as 《全国年节及纪念日放假办法》 (revised 2024, in force 2025-01-01) 第二条 gives them:
 * 元旦 1月1日, 劳动节 5月1日、2日, 国庆节 10月1日–3日. Make-up workdays (调休) cannot be guessed.
 */
export const FIXED_DATE_HOLIDAYS: readonly string[] = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'];
export const SPRING_FESTIVAL_DAYS_FROM_EVE = 7;
