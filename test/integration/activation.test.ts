// Proves, against the real VS Code API, that Policy Lens activates on a policy text, that its
// manifest and its registrations agree, and that the policy-text language exists.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-lens.policy-lens';

function extension(): vscode.Extension<{ version: string }> {
  const ext = vscode.extensions.getExtension<{ version: string }>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this VS Code`);
  return ext;
}

async function waitFor(what: string, condition: () => boolean, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace (test/fixtures/workspace) is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('Policy Lens in a real VS Code', () => {
  it('activates when the sample article is opened and returns its API', async () => {
    const ext = extension();
    const sample = vscode.Uri.file(path.join(ext.extensionPath, 'samples', 'iran-north-korea-meeting.txt'));
    const doc = await vscode.workspace.openTextDocument(sample);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    await waitFor('Policy Lens to activate', () => ext.isActive);
    assert.equal(ext.exports.version, ext.packageJSON.version);
  });

  it('registers exactly the policyLens.* commands that package.json contributes', async () => {
    const ext = extension();
    await ext.activate();
    const contributed: string[] = (ext.packageJSON.contributes.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    // VS Code itself registers <viewId>.focus, .open, ... for every contributed view.
    const views: string[] = Object.values(ext.packageJSON.contributes.views ?? {}).flat().map((v) => (v as { id: string }).id);
    const registered = (await vscode.commands.getCommands(true))
      .filter((c) => c.startsWith('policyLens.') && !views.some((v) => c.startsWith(`${v}.`)));
    assert.deepEqual([...new Set(registered)].sort(), [...contributed].sort());
  });

  it('knows the policy-text language', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('policy-text'));
  });

  it('opens .policy.txt files as policy-text and Markdown as markdown', async () => {
    const policy = await vscode.workspace.openTextDocument(workspaceFile('meeting.policy.txt'));
    assert.equal(policy.languageId, 'policy-text');
    assert.match(policy.getText(), /North Korea/);
    const markdown = await vscode.workspace.openTextDocument(workspaceFile('briefing.md'));
    assert.equal(markdown.languageId, 'markdown');
  });
});
