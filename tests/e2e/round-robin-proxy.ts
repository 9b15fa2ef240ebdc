import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Instance = 'A' | 'B';

/** A request header a browser context can carry to send all its requests to one instance (stripped before forwarding). */
export const INSTANCE_HEADER = 'x-e2e-instance';

export type Served = { instance: Instance; method: string; path: string; status: number };

/**
 * A small reverse proxy in front of two app instances, as nginx would be in production: every
 * request goes to the next instance in turn, with its method, headers and body. The Host header is
 * passed on unchanged, so the app's same-origin check (Origin's host = Host) holds on both instances,
 * and the client's address is appended to X-Forwarded-For (the one trusted hop, TRUSTED_PROXIES=1).
 *
 * Where a test needs a request on a given instance: `pinNext('A')` for the next request(s),
 * `stick('B')` for all of them until `stick(null)`, or the INSTANCE_HEADER on one browser context
 * (a second person's browser on the other instance). `served` records where each request went.
 */
export async function startRoundRobinProxy(port: number, upstreams: Record<Instance, number>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const served: Served[] = [];
  const pinned: Instance[] = [];
  let stuck: Instance | null = null;
  // Each method takes its own turns: writes alternate whatever number of reads a page makes between them.
  const turns = new Map<string, number>();

  const choose = (method: string, header: string | string[] | undefined): Instance => {
    if (header === 'A' || header === 'B') return header;
    const next = pinned.shift() ?? stuck;
    if (next) return next;
    const turn = (turns.get(method) ?? 0) + 1;
    turns.set(method, turn);
    return turn % 2 === 1 ? 'A' : 'B';
  };

  const server = http.createServer((req, res) => {
    const instance = choose(req.method ?? 'GET', req.headers[INSTANCE_HEADER]);
    // Recorded as it arrives, so `since(mark)` never holds a request sent before the mark and answered after it.
    const entry: Served = { instance, method: req.method ?? 'GET', path: req.url ?? '/', status: 0 };
    served.push(entry);
    const headers = { ...req.headers };
    delete headers[INSTANCE_HEADER];
    delete headers.connection;
    delete headers['keep-alive'];
    const client = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${String(headers['x-forwarded-for'])}, ${client}` : client;
    headers['x-forwarded-proto'] = 'http';
    const upstream = http.request({ host: '127.0.0.1', port: upstreams[instance], method: req.method, path: req.url, headers, agent }, (answer) => {
      entry.status = answer.statusCode ?? 0;
      const out: http.OutgoingHttpHeaders = { ...answer.headers, 'x-served-by': instance };
      delete out.connection;
      delete out['keep-alive'];
      res.writeHead(answer.statusCode ?? 502, out);
      // Server-sent events (the staff's live view) pass through as they come.
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (res.headersSent) return res.destroy(error);
      entry.status = 502;
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`proxy: instance ${instance}: ${error.message}`);
    });
    req.pipe(upstream);
    // A browser that goes away (an event stream closed) ends the upstream request too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });

  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    /** The next request(s) go to these instances, in order; then round robin (or `stick`) again. */
    pinNext: (...instances: Instance[]) => void pinned.push(...instances),
    /** Every request to `instance` until `stick(null)`. */
    stick: (instance: Instance | null) => {
      stuck = instance;
    },
    /** Where requests since `mark` went, e.g. `proxy.since(mark).filter(...)`. */
    mark: () => served.length,
    since: (mark: number) => served.slice(mark),
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

export type RoundRobinProxy = Awaited<ReturnType<typeof startRoundRobinProxy>>;
