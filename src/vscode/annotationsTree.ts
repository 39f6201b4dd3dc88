// The Annotations view: the active article's annotations in text order (click to reveal),
// then an "Orphans" group with those whose text could not be found again, kept with their
// quote until they are re-attached or deleted.
import * as vscode from 'vscode';
import type { AnchoredAnnotation } from '../core/model';
import { CommandIds } from '../commands/ids';
import type { AnnotationRef } from '../commands/annotationTarget';
import type { AnalysisService } from './analysisService';
import type { SidecarStore } from './sidecarStore';
import { annotationTitle, KIND_ICONS, quoteSnippet } from './annotationText';

export type AnnotationNode =
  | (AnnotationRef & { kind: 'annotation'; anchored: AnchoredAnnotation })
  | { kind: 'orphans'; uri: string; orphans: readonly AnchoredAnnotation[] }
  | { kind: 'problem'; uri: string; message: string };

export interface AnnotationsSnapshot {
  placed: { title: string; quote: string; line: number; state: string; note?: string; tags: string[] }[];
  orphans: { title: string; quote: string }[];
  problem?: string;
}

export class AnnotationsTree implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly analyses: AnalysisService, private readonly store: SidecarStore) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      store.onDidChange((uri) => uri.toString() === this.document?.uri.toString() && this.emitter.fire(undefined)),
      vscode.workspace.onDidCloseTextDocument((d) => d === this.document && this.follow(undefined)),
    );
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !this.analyses.isEnabledFor(editor.document)) return;
    this.document = editor?.document;
    this.emitter.fire(undefined);
  }

  /** The view as plain data, for tests. */
  snapshot(): AnnotationsSnapshot {
    const doc = this.document;
    if (!doc) return { placed: [], orphans: [] };
    const error = this.store.fileError(doc.uri);
    return {
      placed: this.store.placed(doc.uri).map((a) => ({
        title: annotationTitle(a.annotation),
        quote: a.annotation.target.quote.exact,
        line: doc.positionAt(a.range!.start).line + 1,
        state: a.state,
        note: a.annotation.note,
        tags: a.annotation.tags,
      })),
      orphans: this.store.orphans(doc.uri).map((a) => ({ title: annotationTitle(a.annotation), quote: a.annotation.target.quote.exact })),
      problem: error?.message,
    };
  }

  getChildren(node?: AnnotationNode): AnnotationNode[] {
    const doc = this.document;
    if (!doc) return [];
    const uri = doc.uri.toString();
    const ref = (anchored: AnchoredAnnotation) => ({ kind: 'annotation' as const, uri, annotationId: anchored.annotation.id, anchored });
    if (node?.kind === 'orphans') return node.orphans.map(ref);
    if (node) return [];
    const out: AnnotationNode[] = [];
    const error = this.store.fileError(doc.uri);
    if (error) out.push({ kind: 'problem', uri, message: error.message });
    out.push(...this.store.placed(doc.uri).map(ref));
    const orphans = this.store.orphans(doc.uri);
    if (orphans.length) out.push({ kind: 'orphans', uri, orphans });
    return out;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'problem') {
      const item = new vscode.TreeItem('Annotations file cannot be read', vscode.TreeItemCollapsibleState.None);
      item.description = node.message;
      item.tooltip = `${node.message}\n\nAnnotating is disabled until the file is fixed. Click to open it.`;
      item.iconPath = new vscode.ThemeIcon('error');
      item.command = { command: CommandIds.openSidecar, title: 'Open Sidecar', arguments: [node.uri, 0] };
      return item;
    }
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem('Orphans', vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.orphans.length} not found in the text`;
      item.tooltip = 'Annotations whose text could not be found after the article changed. Select the right text and use Re-attach, or delete them.';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.id = `annotations:orphans:${node.uri}`;
      return item;
    }
    const { annotation: a, range } = node.anchored;
    const item = new vscode.TreeItem(annotationTitle(a), vscode.TreeItemCollapsibleState.None);
    item.id = `annotation:${node.uri}:${a.id}`;
    const line = range && this.document ? ` · line ${this.document.positionAt(range.start).line + 1}` : '';
    item.description = `"${quoteSnippet(a.target.quote.exact)}"${line}`;
    const tip = new vscode.MarkdownString();
    tip.appendText(`${annotationTitle(a)} by ${a.creator}, ${a.modified.slice(0, 10)}\n\n"${a.target.quote.exact}"`);
    if (a.note) tip.appendText(`\n\n${a.note}`);
    if (a.tags.length) tip.appendText(`\n\nTags: ${a.tags.join(', ')}`);
    item.tooltip = tip;
    item.iconPath = new vscode.ThemeIcon(range ? KIND_ICONS[a.kind] : 'question');
    item.contextValue = range ? 'policyLens.annotation' : 'policyLens.orphan';
    if (range) item.command = { command: CommandIds.revealRange, title: 'Reveal', arguments: [node.uri, range.start, range.end] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
