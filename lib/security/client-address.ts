/**
 * The client's address for per-client budgets. Next sets `x-forwarded-for` to the socket's address
 * only when a request arrives without one, and a proxy appends the address it saw. So the entry
 * `TRUSTED_PROXIES` places from the end (default 1: the last) is the one a trusted hop wrote. Served
 * directly (no proxy), a client can send its own header and pick its key: the per-phone, per-account
 * and per-elder budgets still hold, and README says to run behind a proxy that sets the header.
 */
export function clientAddress(req: Request): string {
  const hops = Math.max(1, Number(process.env.TRUSTED_PROXIES ?? 1) || 1);
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? 'unknown';
}
