// Installs what a fresh clone needs, so `npm test` and `npm start` work as the first command:
// the Debian packages for the real-VS-Code layers, then the npm dependencies. Uses only Node
// built-ins: nothing else is installed yet when it runs.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureSystemPackages } from './ensure-system.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A missing system package is reported, not fatal here: the unit tests still run, and the
// layers that need the package fail with a clear message.
ensureSystemPackages();
if (!existsSync(join(root, 'node_modules', '.bin', 'esbuild'))) {
  console.log('[policy-lens] installing dependencies (npm ci) ...');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('[policy-lens] npm ci failed; see the messages above.');
    process.exit(r.status ?? 1);
  }
}
