// `npm start`: build Policy Lens and open the bundled sample article in VS Code with the
// extension loaded, installing whatever is missing on the way.
//   npm start                          desktop `code` if installed, else a local VS Code server
//   npm start -- --server [--port N]   always use the local VS Code server (code-server)
//   npm start -- --screenshot FILE     capture the workbench headlessly to FILE and exit
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';

const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
const sample = join(repoRoot, 'samples', 'iran-north-korea-meeting.txt');

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function step(title, cmd, args) {
  console.log(`[start] ${title}`);
  const res = spawnSync(cmd, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: process.env.CI ?? 'true' } });
  if (res.status !== 0) {
    console.error(`[start] ${title} failed (exit ${res.status})`);
    process.exit(1);
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

step('checking dependencies', 'node', [join(repoRoot, 'scripts', 'ensure-deps.mjs')]);
step('building the extension', process.execPath, ['scripts/build.mjs']);

const screenshot = option('--screenshot');
if (screenshot) {
  await captureScreenshot(resolve(process.cwd(), screenshot));
} else if (onPath('code') && !process.argv.includes('--server')) {
  console.log('[start] opening the sample in VS Code (desktop)');
  spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, sample], { stdio: 'inherit', detached: true }).unref();
} else {
  await serve(Number(option('--port')) || undefined);
}

async function captureScreenshot(file) {
  const { openWorkbench, waitForStatusItem, waitForEditorText } = await import('../test/harness/workbench.mjs');
  console.log('[start] opening the workbench headlessly');
  const wb = await openWorkbench({ name: 'screenshot' });
  try {
    await waitForEditorText(wb.page, 'North Korea');
    const item = await waitForStatusItem(wb.page);
    // Let the first analysis land so highlights and counts are on screen.
    await wb.page.waitForFunction((el) => !el.querySelector('.codicon-loading'), await item.elementHandle(), { timeout: 30000 }).catch(() => {});
    await wb.page.waitForTimeout(1500);
    mkdirSync(dirname(file), { recursive: true });
    await wb.page.screenshot({ path: file });
    console.log(`[start] screenshot saved to ${file} (status bar: ${(await item.innerText()).trim()})`);
  } finally {
    await wb.close();
  }
}

async function serve(port) {
  const { startServer } = await import('../test/harness/server.mjs');
  const { workbenchUrl } = await import('../test/harness/browser.mjs');
  const server = await startServer({ name: 'start', port });
  const url = workbenchUrl(server, { folder: dirname(sample), extensionDevelopmentPath: repoRoot, openFile: sample });
  console.log('\n[start] VS Code with Policy Lens is running on this machine. Open in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('[start] press Ctrl-C to stop');
  // The harness stops the server's whole process group on Ctrl-C or exit.
  await new Promise(() => {});
}
