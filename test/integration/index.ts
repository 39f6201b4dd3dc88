// The integration suite's entry point, loaded by the extension host of a real VS Code: by
// @vscode/test-electron (runElectron.ts) or by the code-server harness (test/harness/). It runs
// every compiled *.test.js next to it (or only those in POLICY_LENS_TEST_FILES, one per line).
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha');

// Markers that test/harness/counts.mjs looks for: where the suite's output starts, and the
// counts that run-all adds up.
const SUITE_START_TAG = 'POLICY_LENS_SUITE_START';
const COUNTS_TAG = 'POLICY_LENS_COUNTS';

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return findTests(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

function selectedFiles(): string[] {
  const all = findTests(__dirname).sort();
  const wanted = (process.env.POLICY_LENS_TEST_FILES ?? '').split('\n').filter(Boolean);
  if (wanted.length === 0) return all;
  return all.filter((f) => wanted.some((w) => f.endsWith(w.replace(/\.ts$/, '.js'))));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20000, color: false, grep: process.env.POLICY_LENS_TEST_GREP });
  const files = selectedFiles();
  if (files.length === 0) return Promise.reject(new Error(`no integration tests found under ${__dirname}`));
  for (const f of files) mocha.addFile(f);
  console.log(`${SUITE_START_TAG} ${files.length} file(s) in VS Code ${vscode.version}`);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        console.log(`${COUNTS_TAG} ${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (e) {
      reject(e);
    }
  });
}
