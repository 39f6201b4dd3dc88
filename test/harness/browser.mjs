// Debian's Chromium driven by playwright-core: the only way to get a VS Code workbench (and so
// an extension host) on machines that cannot download Electron.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';
import { runTmp } from './server.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function hasChromium() {
  return existsSync(chromiumPath);
}

/** Launches headless Chromium with its profile and downloads inside the run folder. */
export async function launchBrowser(runDir) {
  if (!hasChromium()) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    downloadsPath: runTmp(runDir),
    env: { ...process.env, XDG_CONFIG_HOME: join(runDir, 'config'), XDG_CACHE_HOME: join(runDir, 'cache'), TMPDIR: runTmp(runDir) },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return { browser, context };
}

/**
 * The workbench URL for a server. `payload` entries whose value is an absolute path in
 * `remotePaths` become vscode-remote:// URIs: VS Code ignores bare paths there.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', server.remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', server.remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', server.remote(openFile)]);
  payload.push(['enableProposedApi', ''], ['skipWelcome', 'true']);
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  return `${server.origin}/?${params}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
