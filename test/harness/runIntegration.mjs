// Runs the integration suite (dist-test/integration/index.js) in a real VS Code extension host,
// with whichever runner this machine can run, and says which:
//   electron     @vscode/test-electron (needs update.code.visualstudio.com and a display)
//   code-server  the harness in this folder (needs only npm and Debian's Chromium)
// POLICY_LENS_TEST_RUNNER=electron|code-server forces one.
//   node test/harness/runIntegration.mjs [test file names ...]
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';
import { runSuite } from './runSuite.mjs';
import { hasChromium } from './browser.mjs';
import { repoRoot, fixtureWorkspace } from './paths.mjs';

async function reachable(host) {
  try {
    await Promise.race([lookup(host), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
    return true;
  } catch {
    return false;
  }
}

export async function chooseRunner() {
  const forced = process.env.POLICY_LENS_TEST_RUNNER;
  if (forced === 'electron' || forced === 'code-server') return { runner: forced, why: 'POLICY_LENS_TEST_RUNNER' };
  if (forced) throw new Error(`POLICY_LENS_TEST_RUNNER must be electron or code-server, not ${forced}`);
  const online = await reachable('update.code.visualstudio.com');
  const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (online && display) return { runner: 'electron', why: 'update.code.visualstudio.com is reachable and there is a display' };
  if (hasChromium()) {
    return { runner: 'code-server', why: online ? 'there is no display for desktop VS Code' : 'update.code.visualstudio.com is unreachable' };
  }
  if (online) return { runner: 'electron', why: 'no Chromium for code-server (desktop VS Code needs a display, e.g. xvfb-run)' };
  throw new Error('neither runner can run here: update.code.visualstudio.com is unreachable and there is no Chromium (apt-get install chromium)');
}

export async function runIntegration(files = []) {
  const { runner, why } = await chooseRunner();
  console.log(`[integration] runner: ${runner} (${why})`);
  if (runner === 'electron') {
    if (files.length) process.env.POLICY_LENS_TEST_FILES = files.join('\n');
    const { runElectron } = await import('../integration/runElectron.mjs');
    return runElectron();
  }
  const result = await runSuite({
    extensionPath: repoRoot,
    testsPath: join(repoRoot, process.env.POLICY_LENS_DIST_TEST || 'dist-test', 'integration', 'index.js'),
    workspace: fixtureWorkspace,
    files,
    timeoutMs: Number(process.env.POLICY_LENS_SUITE_TIMEOUT_MS) || 180000,
  });
  console.log(`[integration] code-server suite finished in ${result.seconds} s with exit code ${result.exitCode}`);
  return result.exitCode;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = await runIntegration(process.argv.slice(2));
  } catch (e) {
    console.error(`[integration] ${e.message}`);
    process.exitCode = 1;
  }
}
