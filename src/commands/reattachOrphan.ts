// "Re-attach Orphan": an annotation whose text could not be found again is attached to the
// current selection.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { resolveTarget, type AnnotationCommandContext } from './annotationTarget';
import { pickAnnotation } from './annotationPick';

export function registerReattachOrphan(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.reattachOrphan, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const orphans = ctx.store.orphans(t.document.uri);
    if (!orphans.length && !t.input.id) {
      void vscode.window.showInformationMessage('Policy Lens: this article has no orphaned annotations.');
      return undefined;
    }
    if (!t.range) {
      void vscode.window.showInformationMessage('Policy Lens: select the text the annotation belongs to, then run Re-attach Orphan again.');
      return undefined;
    }
    const orphan = t.input.id ? ctx.store.find(t.document.uri, t.input.id) : await pickAnnotation(t.document, orphans, 'Attach which orphan to the selection?');
    if (!orphan) return undefined;
    return (await ctx.store.reattach(t.document, orphan.annotation.id, t.range))?.id;
  });
}
