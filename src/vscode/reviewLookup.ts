// What the editor features need to know of a reviewer's annotations. The sidecar store
// implements it; until a document has a sidecar, everything is simply unreviewed.
import type * as vscode from 'vscode';
import type { AnchoredAnnotation } from '../core/model';

export interface ReviewLookup {
  readonly onDidChange: vscode.Event<vscode.Uri>;
  /** Placed (non-orphan) annotations of the document, sorted by start. */
  placed(uri: vscode.Uri): readonly AnchoredAnnotation[];
  /** Orphans of the document: kept, shown in the view, never lost. */
  orphans(uri: vscode.Uri): readonly AnchoredAnnotation[];
}

/** Until a document has a sidecar, everything is unreviewed. */
export const NO_REVIEWS: ReviewLookup = {
  onDidChange: () => ({ dispose: () => undefined }),
  placed: () => [],
  orphans: () => [],
};
