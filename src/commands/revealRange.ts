// Opens a document (if needed) and selects a range: what tree items and quick picks call.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { selectSpan } from './editorTarget';

export function registerRevealRange(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.revealRange, async (uri: string, start: number, end: number) => {
    if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    selectSpan(editor, start, end);
  });
}
