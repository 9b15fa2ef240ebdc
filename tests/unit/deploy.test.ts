import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_UPLOAD_BYTES } from '@/lib/uploads/image-check';
import { BODY_LIMITS } from '@/lib/api/body';

// No container runs on the test machines: these read the deployment files as a reviewer would
// (tests/e2e/standalone.spec.ts runs the server the image runs, from the same build output).
const dockerfile = readFileSync('Dockerfile', 'utf8');
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const compose = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<
    string,
    { image?: string; build?: unknown; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; volumes?: string[] }
  >;
};
// Its directives, without the comments.
const nginx = readFileSync('deploy/nginx.conf', 'utf8').replace(/#.*$/gm, '');

type Service = (typeof compose.services)[string];
const appServices = Object.entries(compose.services).filter(([, service]) => service.environment?.DATABASE_URL);

describe('Dockerfile', () => {
  const stages = instructions.filter((line) => line.startsWith('FROM '));
  const runtime = instructions.slice(instructions.lastIndexOf(stages.at(-1)!));

  it('builds every stage on one pinned Node 20 image that package.json’s engines accept', () => {
    const image = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1] ?? '';
    const [, minor, patch] = /^node:20\.(\d+)\.(\d+)-[a-z]+(-slim)?$/.exec(image) ?? [];
    expect(image, 'node:20.<minor>.<patch>-<debian>').toMatch(/^node:20\./);
    expect(Number(minor)).toBeGreaterThanOrEqual(19); // engines: >=20.19
    expect(patch).toBeDefined();
    const named = new Set<string>();
    for (const stage of stages) {
      const [, from, name] = /^FROM (\S+)(?: AS (\S+))?$/i.exec(stage) ?? [];
      expect(from === '${NODE_IMAGE}' || named.has(from ?? ''), `${stage}: the pinned image or an earlier stage`).toBe(true);
      if (name) named.add(name);
    }
    expect(stages.length).toBeGreaterThanOrEqual(2);
  });

  it('installs from the lock and builds with next build', () => {
    expect(instructions).toContain('COPY package.json package-lock.json ./');
    expect(instructions.some((line) => /^RUN npm ci\b/.test(line))).toBe(true);
    expect(instructions.some((line) => /^RUN npx next build$/.test(line))).toBe(true);
  });

  it('runs the standalone server as a non-root user with a health check on /api/health', () => {
    expect(runtime).toContain('COPY --from=build /app/.next/standalone ./');
    expect(runtime).toContain('COPY --from=build /app/.next/static ./.next/static');
    expect(runtime).toContain('COPY --from=build /app/public ./public');
    const user = runtime.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)(:|$)/);
    const healthcheck = runtime.find((line) => line.startsWith('HEALTHCHECK '));
    expect(healthcheck).toContain('/api/health');
    expect(runtime.at(-1)).toBe('CMD ["node", "server.js"]');
    // The server image needs no browser fonts: the pages use the phone's own.
    expect(dockerfile).not.toMatch(/fonts-noto|apt-get install/);
  });

  it('sends no secrets, local data or build output into the build', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const entry of ['node_modules', '.next', '.git', 'data', '.env', '.env.*']) expect(ignored).toContain(entry);
    for (const needed of ['package.json', 'package-lock.json', 'app', 'lib', 'public', 'next.config.ts']) expect(ignored).not.toContain(needed);
  });
});

describe('compose.yaml', () => {
  const pinned = (image: string | undefined) => /^[a-z0-9./-]+:\d+(\.\d+)+[\w.-]*$/.test(image ?? '');

  it('runs two app instances from the Dockerfile on the db service', () => {
    expect(appServices.map(([name]) => name)).toEqual(['app1', 'app2']);
    for (const [name, service] of appServices) {
      expect(service.build, name).toBe('.');
      expect(service.environment?.DATABASE_URL, name).toMatch(/^postgres:\/\/[^@]+@db:5432\/\w+$/);
      expect(service.environment?.DATABASE_POOL_SIZE, name).toBeDefined();
      expect(service.environment?.TRUSTED_PROXIES, name).toMatch(/^\$\{TRUSTED_PROXIES:-1\}$/);
      expect(service.depends_on?.db?.condition, name).toBe('service_healthy');
    }
  });

  it('pins the database and proxy images, and the proxy waits for healthy instances', () => {
    const { db, proxy } = compose.services as Record<string, Service>;
    expect(pinned(db?.image), db?.image).toBe(true);
    expect(pinned(proxy?.image), proxy?.image).toBe(true);
    expect(proxy?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    for (const [name] of appServices) expect(proxy?.depends_on?.[name]?.condition).toBe('service_healthy');
  });

  it('nginx sends requests to both instances, keeps Host for the same-origin check, and appends the client address', () => {
    const upstream = /upstream (\w+) \{([^}]*)\}/.exec(nginx);
    const servers = [...(upstream?.[2] ?? '').matchAll(/^\s*server (\S+?):(\d+)\b/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(servers).toEqual(appServices.map(([name]) => `${name}:3000`));
    expect(nginx).not.toMatch(/\b(ip_hash|sticky|hash) /);
    expect(nginx).toContain(`proxy_pass http://${upstream?.[1]};`);
    expect(nginx).toMatch(/proxy_set_header Host \$http_host;/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-Proto \$scheme;/);
  });

  it('nginx lets a photo through and streams the server-sent events unbuffered', () => {
    const [, size, unit] = /client_max_body_size (\d+)([km]);/.exec(nginx) ?? [];
    const bytes = Number(size) * (unit === 'm' ? 1024 * 1024 : 1024);
    expect(bytes).toBeGreaterThanOrEqual(MAX_UPLOAD_BYTES + BODY_LIMITS.json);
    const sse = /location ~ (\S+) \{([^}]*)\}/.exec(nginx);
    expect(sse?.[2]).toContain('proxy_buffering off;');
    const pattern = new RegExp(sse?.[1] ?? '^$');
    for (const [route, path] of [
      ['app/api/assist/events/route.ts', '/api/assist/events'],
      ['app/api/staff/assist/[id]/events/route.ts', '/api/staff/assist/0f8e2c1a/events'],
    ] as const) {
      expect(existsSync(route), route).toBe(true);
      expect(readFileSync(route, 'utf8') + readFileSync('lib/assist/stream.ts', 'utf8')).toContain('text/event-stream');
      expect(pattern.test(path), path).toBe(true);
    }
  });
});
