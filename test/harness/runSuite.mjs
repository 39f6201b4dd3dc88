// Runs a compiled mocha suite module (exporting `run()`) inside the extension host of a real
// VS Code (code-server + Chromium), the way @vscode/test-electron runs it in desktop VS Code.
import { startServer } from './server.mjs';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { parseCounts, COUNTS_TAG, SUITE_START_TAG } from './counts.mjs';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

/**
 * @param {object} o
 * @param {string} o.extensionPath  folder with the extension's package.json
 * @param {string} o.testsPath      compiled suite module (index.js exporting run())
 * @param {string} o.workspace      folder opened in the workbench
 * @param {string[]} [o.files]      test files for the suite, passed as POLICY_LENS_TEST_FILES
 * @param {number} [o.timeoutMs]    fail when the suite has not reported by then
 * @param {Record<string,string>} [o.env] extra environment for the extension host
 * @returns {Promise<{exitCode: number, passed: number, failed: number, pending: number, counted: boolean, output: string}>}
 */
export async function runSuite({ extensionPath, testsPath, workspace, files, timeoutMs = 120000, env = {}, log = console.log }) {
  const started = Date.now();
  const suiteEnv = { ...env };
  if (files?.length) suiteEnv.POLICY_LENS_TEST_FILES = files.join('\n');
  const server = await startServer({ name: 'suite', env: suiteEnv, log });
  let browser;
  let output = '';
  const transcriptFile = join(server.runDir, 'console.log');
  const transcript = createWriteStream(transcriptFile);
  try {
    let context;
    ({ browser, context } = await launchBrowser(server.runDir));
    const page = await context.newPage();
    let settle;
    const reported = new Promise((resolve) => { settle = resolve; });
    // The workbench's own console arrives here too; only the suite's window is echoed.
    let echo = false;
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = formatArgs(args);
      output += `${text}\n`;
      transcript.write(`${text}\n`);
      if (text.includes(SUITE_START_TAG)) echo = true;
      else if (echo && !isNoise(text)) log(text);
      if (text.includes(COUNTS_TAG)) echo = false;
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath }));

    const lastLines = () => `[harness] last lines of ${transcriptFile}:\n${output.split('\n').filter((l) => !isNoise(l)).slice(-15).join('\n')}`;
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const code = await Promise.race([reported, timeout]);
    clearTimeout(timer);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (code === 'timeout') {
      const message = `[harness] the suite never reported within ${timeoutMs / 1000} s: the extension host `
        + `may have failed to start, or run() hangs (server log: ${server.logFile})`;
      log(message);
      log(lastLines());
      return { exitCode: 1, ...parseCounts(output), output: `${output}${message}\n`, seconds };
    }
    const counts = parseCounts(output);
    if (code !== 0 && !counts.counted) log(`[harness] the suite failed before reporting results (exit code ${code})\n${lastLines()}`);
    return { exitCode: code, ...counts, output, seconds };
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    transcript.end();
  }
}

// Console arguments arrive unformatted (mocha logs '%s%s', ...).
function formatArgs(args) {
  return format(...(Array.isArray(args) ? args : [args])).replace(/\n$/, '');
}

const noise = [/ENOTFOUND open-vsx\.org/, /^\s+at /, /File not found .*vsda/, /Could not create socket/, /^\[Service Worker\]/];
function isNoise(text) {
  return noise.some((re) => re.test(text));
}
