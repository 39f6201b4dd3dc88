// "Add or Remove Tags": tick the tags of the annotation at the cursor among those used in the
// article, then type any new ones. On a claim with no review yet, the tags go on a new review.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { annotationOf, claimOf, claimReviewAt, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export function registerEditTags(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.editTags, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const existing = annotationOf(ctx, t);
    if (!existing && !claimOf(t)) {
      void vscode.window.showInformationMessage('Policy Lens: there is no annotation or claim here to tag. Annotate the text first.');
      return undefined;
    }
    let tags = t.input.tags;
    if (!tags) {
      const current = new Set(existing?.annotation.tags ?? []);
      const known = [...new Set([...ctx.store.tags(t.document.uri), ...current])];
      let kept: string[] = [];
      if (known.length) {
        const picked = await vscode.window.showQuickPick(
          known.map((tag) => ({ label: tag, picked: current.has(tag) })),
          { title: 'Tags', placeHolder: 'Tick the tags this annotation has', canPickMany: true },
        );
        if (!picked) return undefined;
        kept = picked.map((p) => p.label);
      }
      const extra = await vscode.window.showInputBox({ title: 'New tags', prompt: 'Comma-separated; leave empty for none' });
      if (extra === undefined) return undefined;
      tags = [...kept, ...extra.split(',')];
    }
    const clean = [...new Set(tags.map((s) => s.trim()).filter(Boolean))];
    const id = existing?.annotation.id ?? (await claimReviewAt(ctx, t))?.id;
    if (!id) return undefined;
    await ctx.store.update(t.document, id, (a) => ({ ...a, tags: clean }));
    return clean;
  });
}
