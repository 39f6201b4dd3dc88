// "Delete Annotation", after a modal confirmation. The sidecar keeps a tombstone of its id so a
// merge with an older copy does not bring it back.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { annotationTitle } from '../vscode/annotationText';
import { annotationOf, resolveTarget, type AnnotationCommandContext } from './annotationTarget';
import { pickAnnotation } from './annotationPick';

export function registerDeleteAnnotation(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.deleteAnnotation, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return false;
    const uri = t.document.uri;
    let target = annotationOf(ctx, t);
    if (!target && !t.input.id) {
      const all = [...ctx.store.placed(uri), ...ctx.store.orphans(uri)];
      if (!all.length) {
        void vscode.window.showInformationMessage('Policy Lens: this article has no annotations to delete.');
        return false;
      }
      target = await pickAnnotation(t.document, all, 'Which annotation do you want to delete?');
    }
    if (!target) return false;
    if (!t.input.confirmed) {
      const ok = await vscode.window.showWarningMessage(
        `Delete the annotation "${annotationTitle(target.annotation)}"?`,
        { modal: true, detail: `On: "${target.annotation.target.quote.exact.slice(0, 200)}"` },
        'Delete',
      );
      if (ok !== 'Delete') return false;
    }
    return ctx.store.remove(t.document, target.annotation.id);
  });
}
