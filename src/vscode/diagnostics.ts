// Problems-panel entries, only when policyLens.diagnostics.enable asks for them: one
// Information per unreviewed check-worthy claim. Off by default: prose linters that flood the
// Problems panel are a classic complaint.
import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import { claimReview } from '../core/review/match';
import { CLAIM_LABELS } from '../core/hover/icons';
import type { AnalysisService } from './analysisService';
import type { ReviewLookup } from './reviewLookup';
import { readSettings } from './settings';

export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('policy-lens');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly analyses: AnalysisService, private readonly reviews: ReviewLookup) {
    this.disposables.push(
      analyses.onDidUpdate((u) => !u.partial && this.update(u.document, u.analysis)),
      reviews.onDidChange((uri) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const a = doc && analyses.get(doc);
        if (doc && a) this.update(doc, a);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('policyLens')) return;
        for (const d of vscode.workspace.textDocuments) {
          const a = analyses.get(d);
          if (a) this.update(d, a);
          else this.collection.delete(d.uri);
        }
      }),
    );
  }

  private update(document: vscode.TextDocument, analysis: Analysis): void {
    const s = readSettings(document.uri);
    if (!s.diagnostics || !this.analyses.isEnabledFor(document)) {
      this.collection.delete(document.uri);
      return;
    }
    const placed = this.reviews.placed(document.uri);
    const list: vscode.Diagnostic[] = [];
    for (const c of analysis.claims) {
      if (c.type === 'none' || !c.checkworthy || c.score < s.minScore || !s.claimTypes.includes(c.type) || claimReview(placed, c)) continue;
      const range = new vscode.Range(document.positionAt(c.start), document.positionAt(c.end));
      const d = new vscode.Diagnostic(range, `${CLAIM_LABELS[c.type]} not yet reviewed (check-worthiness ${c.score.toFixed(2)})`, vscode.DiagnosticSeverity.Information);
      d.source = 'Policy Lens';
      list.push(d);
    }
    this.collection.set(document.uri, list);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
