// A quick pick over the article's annotations (or its orphans), for commands run where the
// cursor names none.
import * as vscode from 'vscode';
import type { AnchoredAnnotation } from '../core/model';
import { annotationTitle, quoteSnippet } from '../vscode/annotationText';

export async function pickAnnotation(document: vscode.TextDocument, list: readonly AnchoredAnnotation[], placeHolder: string): Promise<AnchoredAnnotation | undefined> {
  const items = list.map((a) => ({
    label: annotationTitle(a.annotation),
    description: a.range ? `line ${document.positionAt(a.range.start).line + 1}` : 'orphan',
    detail: quoteSnippet(a.annotation.target.quote.exact, 100),
    a,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDetail: true }))?.a;
}
