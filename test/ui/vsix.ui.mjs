// The packaged extension: `npm run package` builds policy-lens-<version>.vsix, which installs
// into a fresh VS Code and activates there without the development folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, before, after } from 'mocha';
import { openWorkbench, waitForStatusItem, waitForEditorText, EXTENSION_ID } from '../harness/workbench.mjs';
import { codeServerCli, makeRunDir } from '../harness/server.mjs';
import { zipEntries } from '../harness/zipEntries.mjs';
import { repoRoot } from '../harness/paths.mjs';

const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const vsix = join(repoRoot, `policy-lens-${version}.vsix`);

describe('the packaged .vsix', () => {
  let runDir;
  let wb;
  before(function () {
    this.timeout(180000);
    const res = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    assert.equal(res.status, 0, `npm run package failed:\n${res.stdout}\n${res.stderr}`);
    runDir = makeRunDir('vsix');
  });
  after(async () => { await wb?.close(); });

  it(`is built as policy-lens-${version}.vsix, under 2 MB`, () => {
    assert.ok(existsSync(vsix), `${vsix} was not produced`);
    assert.ok(statSync(vsix).size < 2 * 1024 * 1024, `${vsix} is ${statSync(vsix).size} bytes`);
  });

  it('ships the bundle and manifest but no sources, tests or source maps', () => {
    const files = zipEntries(vsix).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
    for (const needed of ['package.json', 'dist/extension.js']) assert.ok(files.includes(needed), `${needed} missing from the .vsix`);
    const stray = files.filter((f) => /^(src|test|node_modules|\.vscode-test|test-results|dist-test[^/]*)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts'));
    assert.deepEqual(stray, [], 'files that should not ship');
  });

  it('installs with code-server --install-extension', async function () {
    this.timeout(60000);
    await codeServerCli(['--extensions-dir', join(runDir, 'extensions'), '--install-extension', vsix], { runDir });
    const installed = readdirSync(join(runDir, 'extensions'));
    assert.ok(installed.includes(`${EXTENSION_ID}-${version}`), `installed: ${installed.join(', ')}`);
  });

  it('activates from the installed copy on the sample article', async function () {
    this.timeout(120000);
    wb = await openWorkbench({ name: 'vsix-open', extensionPath: null, extensionsDir: join(runDir, 'extensions') });
    await waitForEditorText(wb.page, 'North Korea');
    await waitForStatusItem(wb.page);
  });
});
