/**
 * Positions in a list as people say them, on every step whose options are read as '第1个，…':
 * '第二个', '二', '第2个', '头一个', '最后一个', '倒数第二个'. Pure and browser-safe.
 */

const COUNTER = '(?:个|项|条|种|家|行)';

/**
 * 0-based position named in `digits` (numerals already as digits: '第2个'); may be out of range.
 * `whole`: only when that is all that was said ('二'); otherwise '第2个' anywhere in a sentence.
 */
export function ordinal(digits: string, count: number, whole: boolean): number | null {
  const [open, close] = whole ? ['^', '$'] : ['', ''];
  const nth = new RegExp(whole ? `^(?:第|要第|选第)?(\\d{1,2})${COUNTER}?$` : `第(\\d{1,2})${COUNTER}`).exec(digits);
  if (nth) return Number(nth[1]) - 1;
  if (new RegExp(`${open}(?:头1?|最前(?:面|边|头)?(?:的|那)?1?)${COUNTER}${close}`).test(digits)) return 0;
  if (new RegExp(`${open}(?:最后|最末|末)(?:面|边|头)?(?:的|那)?1?${COUNTER}?${close}`).test(digits)) return count - 1;
  const fromEnd = new RegExp(`${open}倒数第(\\d{1,2})${COUNTER}?${close}`).exec(digits);
  if (fromEnd) return count - Number(fromEnd[1]);
  return placeOnPage(digits, count, open, close);
}

/**
 * '上面那个', '下边那个', '中间那个', as a person sees the choices stacked on the page: only where
 * that names one (above and below of two, the middle of three).
 */
function placeOnPage(digits: string, count: number, open: string, close: string): number | null {
  const m = new RegExp(`${open}(?:就|要|选)?(上|下|中间)(?:面|边|头)?(?:的|那)1?${COUNTER}${close}`).exec(digits);
  if (m?.[1] !== '中间' && !/[面边头]/.test(m?.[0] ?? '')) return null;
  if (!m) return null;
  if (m[1] === '中间') return count === 3 ? 1 : null;
  if (count !== 2) return null;
  return m[1] === '上' ? 0 : 1;
}
