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

// Usage: node scripts/build-tests.mjs [--out DIR] [PATH_PREFIX ...]
// With prefixes, only matching entry points are built (handy while working on one area).
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const outdir = outIdx >= 0 ? args.splice(outIdx, 2)[1] : 'dist-test';
const prefixes = args.map((a) => a.replace(/\\/g, '/'));

rmSync(outdir, { recursive: true, force: true });
const entryPoints = [
  ...walk('test/unit', (p) => p.endsWith('.test.ts')),
  ...walk('test/integration', (p) => p.endsWith('.ts')),
  ...walk('test/bench', (p) => /bench[^/]*\.ts$/.test(p)),
  ...walk('test/eval', (p) => p.endsWith('eval.ts')),
].filter((p) => prefixes.length === 0 || prefixes.some((f) => p.replace(/\\/g, '/').startsWith(f)));
if (entryPoints.length === 0) {
  console.log('build-tests: nothing to build');
  process.exit(0);
}
await esbuild.build({
  entryPoints,
  outdir,
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
