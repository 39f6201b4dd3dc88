// "Add or Edit Note": the Markdown note of the annotation at the cursor (or the hovered or
// chosen one). With none there, a note goes on the claim's review (created, accepting the
// suggestion) or, outside claims, on the selection as a free note.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import { annotationOf, claimOf, claimReviewAt, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export function registerEditNote(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.editNote, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const existing = annotationOf(ctx, t);
    const note =
      'note' in t.input
        ? t.input.note
        : await vscode.window.showInputBox({ title: existing?.annotation.note ? 'Edit note' : 'Add note', prompt: 'Markdown; leave empty to remove the note', value: existing?.annotation.note ?? '' });
    if (note === undefined) return undefined;
    const text = note.trim() ? note : undefined;
    let id = existing?.annotation.id;
    if (!id && (claimOf(t) || t.input.on === 'claim')) {
      const review = await claimReviewAt(ctx, t, text ? { note: text } : {});
      if (review?.created) return review.id;
      id = review?.id;
    } else if (!id) {
      if (!t.range) {
        void vscode.window.showInformationMessage('Policy Lens: select the passage to note, or put the cursor in a claim or an annotation.');
        return undefined;
      }
      if (!text) return undefined;
      return (await ctx.store.add(t.document, { kind: 'note', range: t.range, note: text }))?.id;
    }
    if (!id) return undefined;
    await ctx.store.update(t.document, id, (a) => {
      const { note: _old, ...rest } = a;
      return text ? { ...rest, note: text } : rest;
    });
    return id;
  });
}
