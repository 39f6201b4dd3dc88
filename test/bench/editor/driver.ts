// The editor benchmark's driver (runs in Node, called from bench.ts): writes the ~1 MB
// benchmark text into a temporary workspace, runs benchEditorHost.js inside a real VS Code
// (code-server + Chromium through test/harness) and returns the figures it printed.
// Machines without code-server or Chromium get a reason instead of figures.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_TAG, figureRows, type HostFigures } from './figures';

/** Documents opened one after another: the first is the cold figure, the rest show the spread. */
const OPENS = 3;

interface Harness {
  runSuite(o: { extensionPath: string; testsPath: string; workspace: string; env: Record<string, string>; timeoutMs: number; log: (s: string) => void }): Promise<{ exitCode: number; output: string }>;
  hasChromium(): boolean;
  codeServerEntry: string;
}

// The harness is ESM beside the sources; a computed specifier keeps the bundler out of it.
async function loadHarness(root: string): Promise<Harness> {
  const load = (file: string) => import(pathToFileURL(join(root, 'test', 'harness', file)).href);
  const [suite, browser, install] = await Promise.all([load('runSuite.mjs'), load('browser.mjs'), load('installCodeServer.mjs')]);
  return { runSuite: suite.runSuite, hasChromium: browser.hasChromium, codeServerEntry: install.codeServerEntry };
}

/** Why this machine cannot run the benchmark, or undefined when it can. */
function missing(h: Harness): string | undefined {
  if (!h.hasChromium()) return 'Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH)';
  if (!existsSync(h.codeServerEntry)) return 'code-server is not installed in .vscode-test/ (`npm test` installs it on its first integration run)';
  return undefined;
}

export async function benchEditor(text: string, root: string, hostSuite: string): Promise<Record<string, string>> {
  const harness = await loadHarness(root);
  const why = missing(harness);
  if (why) return { skipped: why };
  if (!existsSync(hostSuite)) return { skipped: `${hostSuite} is not built` };

  const workspace = mkdtempSync(join(tmpdir(), 'policy-lens-bench-'));
  try {
    const files = Array.from({ length: OPENS }, (_, i) => join(workspace, `report-${i + 1}.txt`));
    const baselineFiles = [1, 2].map((i) => join(workspace, `report-off-${i}.txt`));
    for (const f of [...files, ...baselineFiles]) writeFileSync(f, text);
    const result = await harness.runSuite({
      extensionPath: root,
      testsPath: hostSuite,
      workspace,
      env: { POLICY_LENS_BENCH_FILES: files.join('\n'), POLICY_LENS_BENCH_BASELINE_FILES: baselineFiles.join('\n') },
      timeoutMs: 300000,
      log: (s) => console.log(`  ${s}`),
    });
    const line = result.output.split('\n').find((l) => l.includes(BENCH_TAG));
    if (!line) {
      const tail = result.output.split('\n').filter((l) => /error|fail|timed out/i.test(l)).slice(-10).join('\n');
      throw new Error(`the editor benchmark reported no figures (exit code ${result.exitCode})\n${tail}`);
    }
    return figureRows(JSON.parse(line.slice(line.indexOf(BENCH_TAG) + BENCH_TAG.length)) as HostFigures);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
