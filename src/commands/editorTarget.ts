// The active editor and its analysis, or a polite message saying why a command cannot run.
import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { CommandContext } from './context';

export async function activeAnalysis(ctx: CommandContext): Promise<{ editor: vscode.TextEditor; analysis: Analysis } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Policy Lens: open a policy text first.');
    return undefined;
  }
  if (!ctx.analyses.isEnabledFor(editor.document)) {
    void vscode.window.showInformationMessage(
      `Policy Lens is not active for ${editor.document.languageId} files (see the policyLens.languages setting).`,
    );
    return undefined;
  }
  const analysis = await ctx.analyses.whenAnalysed(editor.document);
  if (!analysis) {
    void vscode.window.showInformationMessage('Policy Lens: this document has not been analysed yet.');
    return undefined;
  }
  return { editor, analysis };
}

/** Selects and reveals [start, end) in the editor. */
export function selectSpan(editor: vscode.TextEditor, start: number, end: number): void {
  const doc = editor.document;
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
