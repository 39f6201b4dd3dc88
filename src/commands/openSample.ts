// Opens the bundled sample article (an op-ed on an Iran–North Korea meeting), for the
// walkthrough and for trying Policy Lens without an article at hand.
import * as vscode from 'vscode';
import { CommandIds } from './ids';

export const SAMPLE_PATH = ['samples', 'iran-north-korea-meeting.txt'];

export function registerOpenSample(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openSample, async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extensionUri, ...SAMPLE_PATH));
    await vscode.window.showTextDocument(doc);
  });
}
