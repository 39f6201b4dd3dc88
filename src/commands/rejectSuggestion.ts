// "Reject Suggestion": the machine got it wrong. The entity mention at the cursor (or the
// claim) stops being highlighted, and stays hidden across reloads through the sidecar.
import * as vscode from 'vscode';
import { claimReview, isRejected } from '../core/review/match';
import { CommandIds } from './ids';
import { claimOf, mentionOf, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export function registerRejectSuggestion(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.rejectSuggestion, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const placed = ctx.store.placed(t.document.uri);
    const mention = mentionOf(t);
    if (mention) {
      if (isRejected(placed, mention)) return undefined;
      const created = await ctx.store.add(t.document, {
        kind: 'rejected-suggestion',
        origin: 'suggestion',
        range: { start: mention.start, end: mention.end },
        label: { entityType: mention.type, canonical: mention.canonical },
      });
      vscode.window.setStatusBarMessage(`Policy Lens: "${mention.text}" is no longer marked as an entity`, 2500);
      return created?.id;
    }
    const claim = claimOf(t);
    if (!claim) {
      void vscode.window.showInformationMessage('Policy Lens: there is no suggested entity or claim at the cursor to reject.');
      return undefined;
    }
    if (claimReview(placed, claim)?.annotation.kind === 'rejected-suggestion') return undefined;
    const created = await ctx.store.add(t.document, { kind: 'rejected-suggestion', origin: 'suggestion', range: { start: claim.start, end: claim.end }, label: { claimType: claim.type } });
    vscode.window.setStatusBarMessage('Policy Lens: claim suggestion rejected', 2500);
    return created?.id;
  });
}
