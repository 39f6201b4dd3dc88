// "Accept Suggestion": confirms the machine's entity (at the cursor) or claim, recording it as
// reviewed; an earlier rejection of the same suggestion is withdrawn.
import * as vscode from 'vscode';
import { CLAIM_LABELS, ENTITY_LABELS } from '../core/hover/icons';
import { claimReview } from '../core/review/match';
import { CommandIds } from './ids';
import { claimOf, mentionOf, resolveTarget, type AnnotationCommandContext } from './annotationTarget';

export function registerAcceptSuggestion(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.acceptSuggestion, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const placed = ctx.store.placed(t.document.uri);
    const mention = mentionOf(t);
    if (mention) {
      const here = placed.filter((a) => a.range!.start === mention.start && a.range!.end === mention.end && a.annotation.label?.entityType);
      const accepted = here.find((a) => a.annotation.kind === 'entity-correction');
      for (const r of here.filter((a) => a.annotation.kind === 'rejected-suggestion')) await ctx.store.remove(t.document, r.annotation.id);
      if (accepted) return accepted.annotation.id;
      const created = await ctx.store.add(t.document, {
        kind: 'entity-correction',
        origin: 'suggestion',
        range: { start: mention.start, end: mention.end },
        label: { entityType: mention.type, canonical: mention.canonical },
      });
      vscode.window.setStatusBarMessage(`Policy Lens: accepted ${ENTITY_LABELS[mention.type]} "${mention.canonical}"`, 2500);
      return created?.id;
    }
    const claim = claimOf(t);
    if (!claim) {
      void vscode.window.showInformationMessage('Policy Lens: there is no suggested entity or claim at the cursor to accept.');
      return undefined;
    }
    let review = claimReview(placed, claim);
    while (review?.annotation.kind === 'rejected-suggestion') {
      await ctx.store.remove(t.document, review.annotation.id);
      review = claimReview(ctx.store.placed(t.document.uri), claim);
    }
    if (review) return review.annotation.id;
    const created = await ctx.store.add(t.document, { kind: 'claim-review', origin: 'suggestion', range: { start: claim.start, end: claim.end }, label: { claimType: claim.type } });
    vscode.window.setStatusBarMessage(`Policy Lens: accepted the ${CLAIM_LABELS[claim.type].toLowerCase()} claim`, 2500);
    return created?.id;
  });
}
