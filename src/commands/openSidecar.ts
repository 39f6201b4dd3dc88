// "Open Annotations File": the sidecar of the active article, to read, diff or fix by hand.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { CommandIds } from './ids';
import { resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export function registerOpenSidecar(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.openSidecar, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args, false);
    const path = t && ctx.store.sidecarPath(t.document);
    if (!t || !path) return undefined;
    if (!existsSync(path)) {
      void vscode.window.showInformationMessage(`Policy Lens: ${vscode.workspace.asRelativePath(path)} does not exist yet; it is created with the first annotation.`);
      return undefined;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(path), { viewColumn: vscode.ViewColumn.Beside });
    return path;
  });
}
