// Next / previous claim and next unreviewed claim. Wraps around with a status message and
// says so politely when there is nothing to go to.
import * as vscode from 'vscode';
import type { Claim } from '../core/model';
import { nextIndex } from '../core/analysis/lookup';
import { claimReview } from '../core/review/match';
import { CommandIds } from './ids';
import type { CommandContext } from './context';
import { activeAnalysis, selectSpan } from './editorTarget';
import { readSettings } from '../vscode/settings';

export function registerClaimNavigation(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.nextClaim, () => go(ctx, false, false)),
    vscode.commands.registerCommand(CommandIds.previousClaim, () => go(ctx, true, false)),
    vscode.commands.registerCommand(CommandIds.nextUnreviewedClaim, () => go(ctx, false, true)),
  ];
}

async function go(ctx: CommandContext, backwards: boolean, unreviewedOnly: boolean): Promise<void> {
  const target = await activeAnalysis(ctx);
  if (!target) return;
  const { editor, analysis } = target;
  const s = readSettings(editor.document.uri);
  const placed = ctx.reviews.placed(editor.document.uri);
  const claims: Claim[] = analysis.claims.filter((c) => {
    if (c.type === 'none') return false;
    const review = claimReview(placed, c);
    if (review?.annotation.kind === 'rejected-suggestion') return false;
    if (unreviewedOnly) return !review && c.checkworthy;
    return !!review || (s.claimTypes.includes(c.type) && c.score >= s.minScore);
  });
  const what = unreviewedOnly ? 'unreviewed check-worthy claims' : 'claims';
  const next = nextIndex(claims, editor.document.offsetAt(editor.selection.start), backwards);
  if (!next) {
    void vscode.window.showInformationMessage(`Policy Lens: there are no ${what} in this document.`);
    return;
  }
  const c = claims[next.index];
  selectSpan(editor, c.start, c.end);
  const where = `${what === 'claims' ? 'Claim' : 'Unreviewed claim'} ${next.index + 1} of ${claims.length}`;
  vscode.window.setStatusBarMessage(next.wrapped ? `${where} (wrapped around)` : where, 3000);
}
