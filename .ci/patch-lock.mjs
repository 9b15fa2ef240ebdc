// Adds lock entries for optional platform packages (other OS/CPU builds of next/swc) that the
// registry mirror here cannot serve, so `npm ci` accepts the lock. Run after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (pkgs[base] || pkgs[hoisted]) continue;
    const m =
      /-(darwin|win32|linux|freebsd|android|sunos|openbsd|netbsd|aix)-(arm64|x64|ia32|arm|ppc64|s390x|riscv64|loong64|mips64el|wasm32)(?:-(gnu|musl|msvc|gnueabihf|eabi))?$/.exec(
        name,
      );
    if (!m) {
      console.log('skip', name);
      continue;
    }
    const entry = { version, cpu: [m[2]], os: [m[1]], optional: true };
    if (m[3] === 'gnu' || m[3] === 'gnueabihf') entry.libc = ['glibc'];
    if (m[3] === 'musl') entry.libc = ['musl'];
    pkgs[hoisted] = entry;
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
