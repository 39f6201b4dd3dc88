// The status bar item for the active document: entity and claim counts and how many claims
// are reviewed. Clicking it reveals the Policy Lens view.
import * as vscode from 'vscode';
import { claimReview } from '../core/review/match';
import type { AnalysisService } from './analysisService';
import type { ReviewLookup } from './reviewLookup';

export const STATUS_ITEM_ID = 'policyLens.status';

export function registerStatusBar(analyses: AnalysisService, reviews: ReviewLookup): vscode.Disposable {
  const item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Lens';
  item.command = 'workbench.view.extension.policyLens';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !analyses.isEnabledFor(doc)) {
      item.hide();
      return;
    }
    const a = analyses.get(doc);
    if (!a) {
      item.text = '$(loading~spin) Policy Lens';
      item.tooltip = 'Policy Lens is analysing this document';
    } else {
      const placed = reviews.placed(doc.uri);
      const claims = a.claims.filter((c) => c.type !== 'none');
      const reviewed = claims.filter((c) => claimReview(placed, c)?.annotation.kind === 'claim-review').length;
      item.text = `$(eye) ${a.groups.length} entities · ${claims.length} claims · ${reviewed} reviewed`;
      item.tooltip = `Policy Lens: ${a.groups.length} entities (${a.mentions.length} mentions), ${claims.length} claims (${claims.filter((c) => c.checkworthy).length} check-worthy), ${reviewed} reviewed. Click to open the Policy Lens view.`;
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    analyses.onDidUpdate((u) => u.document === vscode.window.activeTextEditor?.document && update()),
    reviews.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens') && update()),
  );
}
