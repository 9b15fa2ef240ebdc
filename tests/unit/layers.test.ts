import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies point one way (design.md): lib/db imports nothing else in lib/, domain code throws
// the one DomainError and only lib/api maps it to HTTP, auth and staff do not import each other.

const root = path.resolve(__dirname, '../..');
const lib = path.join(root, 'lib');

type Edge = { from: string; to: string; typeOnly: boolean };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
  return found ?? base;
}

/** Every import of a lib/ file by a lib/ file, as paths relative to lib/ (`db/client.ts`). */
function libImports(): Edge[] {
  return sourceFiles(lib).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(IMPORT)].flatMap((m) => {
      const spec = m[3] ?? m[4] ?? m[5] ?? '';
      const target = resolve(file, spec);
      if (!target?.startsWith(`${lib}${path.sep}`)) return [];
      return [{ from: path.relative(lib, file), to: path.relative(lib, target), typeOnly: Boolean(m[2]) }];
    });
  });
}

const folder = (file: string) => file.split(path.sep)[0]!.replace(/\.tsx?$/, '');
const edges = libImports();
const folderEdges = (from: string, to: string) => edges.filter((e) => folder(e.from) === from && folder(e.to) === to);
const show = (list: Edge[]) => list.map((e) => `${e.from} → ${e.to}${e.typeOnly ? ' (type)' : ''}`);

describe('layers: the arrows point one way', () => {
  it('reads the imports (a sanity check of the parser)', () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({ from: path.join('auth', 'access.ts'), to: path.join('staff', 'session.ts'), typeOnly: false });
  });

  it('lib/db imports nothing else in lib/, not even types', () => {
    expect(show(edges.filter((e) => folder(e.from) === 'db' && folder(e.to) !== 'db'))).toEqual([]);
  });

  it('the one domain error imports nothing, and nothing in lib/ imports the demo seeding', () => {
    expect(show(edges.filter((e) => folder(e.from) === 'errors'))).toEqual([]);
    expect(show(edges.filter((e) => folder(e.to) === 'demo' && folder(e.from) !== 'demo'))).toEqual([]);
  });

  it('auth may use staff (who may act for whom), staff never imports auth', () => {
    expect(folderEdges('auth', 'staff').length).toBeGreaterThan(0);
    expect(show(folderEdges('staff', 'auth'))).toEqual([]);
  });

  it('outside lib/api nothing in lib/ imports the HTTP error or the route wrapper', () => {
    const http = new Set([path.join('api', 'api-error.ts'), path.join('api', 'server.ts')]);
    expect(show(edges.filter((e) => folder(e.from) !== 'api' && http.has(e.to)))).toEqual([]);
  });

  it('domain code throws DomainError, never ApiError', () => {
    const throwing = sourceFiles(lib)
      .filter((file) => folder(path.relative(lib, file)) !== 'api')
      .filter((file) => /\bnew ApiError\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(lib, file));
    expect(throwing).toEqual([]);
  });
});
