// HTTP load with autocannon: req/s and exact latency percentiles (autocannon's own stop at 97.5,
// so every response time is kept and p95 computed here); every non-2xx, timeout or socket error counts as an error.
import autocannon from 'autocannon';

export type LoadFigures = { rps: number; p50: number; p95: number; p99: number; errors: number; requests: number; detail: string };

export type LoadPlan = {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body and headers per request (e.g. one resident per submission). */
  perRequest?: () => { headers: Record<string, string>; body: string };
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function runLoad(plan: LoadPlan): Promise<LoadFigures> {
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const { perRequest } = plan;
  const options: autocannon.Options = {
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    method: plan.method ?? 'GET',
    headers: plan.headers ?? {},
    ...(plan.body !== undefined ? { body: plan.body } : {}),
    ...(perRequest
      ? {
          requests: [
            {
              setupRequest: (req: autocannon.Request) => {
                const next = perRequest();
                return { ...req, headers: { ...req.headers, ...next.headers }, body: next.body };
              },
            },
          ],
        }
      : {}),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status >= 300) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.total / plan.seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    detail: [`${result.timeouts} timeouts`, `${result.errors} socket errors`, ...[...statuses].map(([status, n]) => `${n} × ${status}`)].join(', '),
  };
}
