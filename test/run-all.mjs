// `npm test`: every test layer, in order, each in its own process, ending with one line
// `N passed, N failed[, N skipped]` that adds them all up. `npm run pretest` has already built
// dist/ and dist-test/.
//   node test/run-all.mjs [static] [unit] [integration] [ui]   (default: all layers)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCounts } from './harness/counts.mjs';
import { repoRoot } from './harness/paths.mjs';

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);

function find(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return find(p, suffix);
    return p.endsWith(suffix) ? [relative(repoRoot, p)] : [];
  });
}

// Each layer is a list of commands. A command either prints counts lines (mocha layers) or is a
// single check that counts as one failure when it fails.
const layers = {
  static: () => [
    { title: 'type-check (tsc --noEmit)', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], check: true },
    { title: 'lint (eslint)', cmd: bin('eslint'), args: ['src', 'test', 'scripts'], check: true },
  ],
  unit: () => {
    const files = find(join(repoRoot, process.env.POLICY_LENS_DIST_TEST || 'dist-test', 'unit'), '.test.js');
    if (!files.length) return { missing: 'no compiled unit tests in dist-test/unit (did `npm run pretest` run?)' };
    return [{ title: `unit tests (mocha, ${files.length} files)`, cmd: process.execPath, args: ['test/harness/mochaLayer.mjs', ...files] }];
  },
  integration: () => {
    if (!existsSync(join(repoRoot, process.env.POLICY_LENS_DIST_TEST || 'dist-test', 'integration', 'index.js'))) return { missing: 'dist-test/integration/index.js is missing (did `npm run pretest` run?)' };
    return [{ title: 'integration tests (mocha in a real VS Code extension host)', cmd: process.execPath, args: ['test/harness/runIntegration.mjs'] }];
  },
  ui: () => {
    const files = find(join(repoRoot, 'test', 'ui'), '.ui.mjs');
    return [{ title: `UI tests (real workbench in Chromium, ${files.length} files)`, cmd: process.execPath, args: ['test/harness/mochaLayer.mjs', '--timeout', '120000', ...files] }];
  },
};

function run({ cmd, args }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    let output = '';
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.on('error', (e) => resolve({ code: 1, output: `${output}\n${e.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const wanted = process.argv.slice(2);
for (const w of wanted) if (!(w in layers)) throw new Error(`unknown layer ${w}; choose from ${Object.keys(layers).join(', ')}`);

const total = { passed: 0, failed: 0, pending: 0 };
const summary = [];
for (const name of wanted.length ? wanted : Object.keys(layers)) {
  const commands = layers[name]();
  if (commands.missing) {
    console.log(`\n=== ${name}: could not run: ${commands.missing}`);
    total.failed += 1;
    summary.push(`${name}: could not run`);
    continue;
  }
  for (const c of commands) {
    const started = Date.now();
    console.log(`\n=== ${c.title}`);
    const { code, output } = await run(c);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (c.check) {
      if (code === 0) console.log('ok');
      else total.failed += 1;
      summary.push(`${c.title}: ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)`);
      continue;
    }
    const counts = parseCounts(output);
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.pending += counts.pending;
    let note = `${counts.passed} passed, ${counts.failed} failed, ${counts.pending} skipped`;
    if (!counts.counted) {
      total.failed += 1;
      note = 'did not report any results';
    } else if (code !== 0 && counts.failed === 0) {
      total.failed += 1;
      note += `, but exited with ${code}`;
    }
    summary.push(`${c.title}: ${note} (${seconds} s)`);
  }
}

console.log('\n=== summary');
for (const line of summary) console.log(`  ${line}`);
console.log(`${total.passed} passed, ${total.failed} failed${total.pending ? `, ${total.pending} skipped` : ''}`);
process.exitCode = total.failed > 0 ? 1 : 0;
