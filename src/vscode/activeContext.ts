// Sets the `policyLens.active` context key: true when the active editor is a document Policy
// Lens analyses. Keybindings and menus use it so they apply only where they make sense.
import * as vscode from 'vscode';
import type { AnalysisService } from './analysisService';

export const ACTIVE_CONTEXT_KEY = 'policyLens.active';

export function registerActiveContext(analyses: AnalysisService): vscode.Disposable {
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT_KEY, !!doc && analyses.isEnabledFor(doc));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens') && update()),
  );
}
