// Bundles the extension and the command line with esbuild. Both are CommonJS so that the
// ESM-only unified/remark packages are bundled into one file that VS Code and Node can load.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.json': 'json' },
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const t of targets) (await esbuild.context(t)).watch();
  console.log('esbuild: watching src/ ...');
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
