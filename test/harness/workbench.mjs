// Opens the real VS Code workbench (code-server + Chromium) on a file, for UI tests and for
// `npm start -- --screenshot`. The caller drives the returned Playwright page.
import { dirname } from 'node:path';
import { startServer } from './server.mjs';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { repoRoot, sampleFile } from './paths.mjs';

export const EXTENSION_ID = 'policy-lens.policy-lens';
// VS Code gives an extension's status bar entry the DOM id `<extension id>.<item id>`.
export const STATUS_ITEM_SELECTOR = `[id="${EXTENSION_ID}.policyLens.status"]`;

/**
 * @param {object} [o]
 * @param {string} [o.file]            file to open (default: the bundled sample article)
 * @param {string} [o.folder]          workspace folder (default: the file's folder)
 * @param {string|null} [o.extensionPath] extension loaded in development mode; null loads
 *                                     only what is installed in `extensionsDir`
 * @param {string} [o.extensionsDir]   extensions folder (default: an empty one per run)
 * @param {string} [o.name]            run folder prefix under .vscode-test/runs/
 * @returns {Promise<{page: import('playwright-core').Page, server: object, close: () => Promise<void>}>}
 */
export async function openWorkbench({ file = sampleFile, folder = dirname(file), extensionPath = repoRoot, extensionsDir, name = 'ui', log = console.log } = {}) {
  const server = await startServer({ name, extensionsDir, log });
  let browser;
  const close = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  try {
    let context;
    ({ browser, context } = await launchBrowser(server.runDir));
    const page = await context.newPage();
    await page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath: extensionPath ?? undefined, openFile: file }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    return { page, server, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Waits until Policy Lens has activated and shows its status bar item; returns the item. */
export async function waitForStatusItem(page, timeout = 60000) {
  const item = page.locator(STATUS_ITEM_SELECTOR);
  await item.waitFor({ state: 'visible', timeout });
  return item;
}

/** Waits until the editor shows a line containing `text`. */
export async function waitForEditorText(page, text, timeout = 60000) {
  await page.locator('.monaco-editor .view-line', { hasText: text }).first().waitFor({ timeout });
}
