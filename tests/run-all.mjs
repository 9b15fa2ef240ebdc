// `npm test`: every test. Installs Debian Chromium and CJK fonts when missing (as root), builds the
// app (which type-checks it), then runs the unit/integration suites (vitest) and the browser suite (Playwright).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium() {
  const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(chrome)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${chrome}. Install it with:\n  sudo apt-get install -y chromium fonts-noto-cjk\nor set CHROME_PATH.`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { DEBIAN_FRONTEND: 'noninteractive' });
}

ensureChromium();
run('npx', ['vitest', 'run']);
run('npx', ['next', 'build']);
run('npx', ['playwright', 'test']);
