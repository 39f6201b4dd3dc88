// Compiles every test with the same esbuild settings as the product, so unit tests load
// exactly the code that ships (including the ESM-only unified packages, bundled).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, pick) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, pick));
    else if (pick(p)) out.push(p);
  }
  return out;
}

rmSync('dist-test', { recursive: true, force: true });
const entryPoints = [
  ...walk('test/unit', (p) => p.endsWith('.test.ts')),
  ...walk('test/integration', (p) => p.endsWith('.ts')),
  ...walk('test/bench', (p) => /bench[^/]*\.ts$/.test(p)),
  ...walk('test/eval', (p) => p.endsWith('eval.ts')),
];
await esbuild.build({
  entryPoints,
  outdir: 'dist-test',
  outbase: 'test',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  // mocha must be the runner's own copy; vscode only exists inside the extension host.
  external: ['vscode', 'mocha', 'playwright-core', 'compromise', 'csv-parse', 'csv-parse/sync', 'vscode-textmate', 'vscode-oniguruma', 'fast-check'],
  loader: { '.json': 'json' },
});
