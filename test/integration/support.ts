// Shared set-up for integration tests: the activated extension and a fresh folder inside the
// test workspace (files outside it would not be watched or found by workspace.findFiles).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../src/extension';

export const EXTENSION_ID = 'policy-lens.policy-lens';

export async function setUpTestFolder(prefix: string): Promise<{ api: PolicyLensApi; ext: vscode.Extension<PolicyLensApi>; dir: string }> {
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is not open');
  const dir = path.join(folder.uri.fsPath, `${prefix}-${process.pid}-${Date.now().toString(36)}`);
  await fs.mkdir(dir, { recursive: true });
  return { api, ext, dir };
}
