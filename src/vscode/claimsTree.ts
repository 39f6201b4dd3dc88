// The Claims view, grouped by claim type or by review state (switchable). Within a group,
// unreviewed check-worthy claims come first, then by position.
import * as vscode from 'vscode';
import type { Analysis, Claim, ClaimType } from '../core/model';
import { CLAIM_TYPES } from '../core/model';
import { CLAIM_ICONS, CLAIM_LABELS } from '../core/hover/icons';
import { claimReview } from '../core/review/match';
import type { AnalysisService } from './analysisService';
import type { ReviewLookup } from './reviewLookup';
import { CommandIds } from '../commands/ids';
import { readSettings } from './settings';

export type ClaimsGrouping = 'type' | 'review';
export const GROUPING_CONTEXT_KEY = 'policyLens.claimsGrouping';

export type ClaimNode = { kind: 'group'; label: string; icon: string; claims: Claim[] } | { kind: 'claim'; claim: Claim; verdict?: string };

export class ClaimsTree implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  grouping: ClaimsGrouping = 'type';

  constructor(private readonly analyses: AnalysisService, private readonly reviews: ReviewLookup) {
    this.follow(vscode.window.activeTextEditor);
    void vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, this.grouping);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      analyses.onDidUpdate((u) => {
        if (!u.partial && u.document === this.document) this.emitter.fire(undefined);
      }),
      reviews.onDidChange((uri) => uri.toString() === this.document?.uri.toString() && this.emitter.fire(undefined)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens') && this.emitter.fire(undefined)),
    );
  }

  setGrouping(g: ClaimsGrouping): void {
    this.grouping = g;
    void vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, g);
    this.emitter.fire(undefined);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !this.analyses.isEnabledFor(editor.document)) return;
    this.document = editor?.document;
    this.emitter.fire(undefined);
  }

  private get analysis(): Analysis | undefined {
    return this.document ? this.analyses.get(this.document) : undefined;
  }

  /** The tree as plain data, for tests. */
  snapshot(): { group: string; claims: { text: string; type: ClaimType; verdict?: string }[] }[] {
    return this.groups().map((g) => ({ group: g.label, claims: this.sorted(g.claims).map((c) => ({ text: c.text, type: c.type, verdict: this.verdict(c) })) }));
  }

  private verdict(c: Claim): string | undefined {
    if (!this.document) return undefined;
    const r = claimReview(this.reviews.placed(this.document.uri), c);
    return r?.annotation.kind === 'rejected-suggestion' ? 'Rejected' : r?.annotation.verdict;
  }

  private visible(): Claim[] {
    const a = this.analysis;
    if (!a) return [];
    const s = readSettings(this.document?.uri);
    return a.claims.filter((c) => c.type !== 'none' && ((s.claimTypes.includes(c.type) && c.score >= s.minScore) || this.verdict(c) !== undefined));
  }

  private groups(): Extract<ClaimNode, { kind: 'group' }>[] {
    const claims = this.visible();
    if (this.grouping === 'type') {
      return CLAIM_TYPES.map((t) => ({ kind: 'group' as const, label: CLAIM_LABELS[t], icon: CLAIM_ICONS[t], claims: claims.filter((c) => c.type === t) })).filter((g) => g.claims.length);
    }
    const buckets = new Map<string, Claim[]>();
    for (const c of claims) {
      const v = this.verdict(c);
      const key = v === undefined ? (c.checkworthy ? 'Unreviewed, check-worthy' : 'Unreviewed') : v === 'Rejected' ? 'Rejected suggestions' : `Reviewed: ${v}`;
      const list = buckets.get(key);
      if (list) list.push(c);
      else buckets.set(key, [c]);
    }
    const order = (k: string) => (k.startsWith('Unreviewed, check') ? 0 : k === 'Unreviewed' ? 1 : k.startsWith('Reviewed') ? 2 : 3);
    return [...buckets.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]) || a[0].localeCompare(b[0]))
      .map(([label, list]) => ({ kind: 'group' as const, label, icon: label.startsWith('Reviewed') ? 'pass' : label.startsWith('Rejected') ? 'close' : 'circle-large-outline', claims: list }));
  }

  private sorted(claims: Claim[]): Claim[] {
    const rank = (c: Claim) => (this.verdict(c) === undefined && c.checkworthy ? 0 : 1);
    return [...claims].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) return this.groups();
    if (node.kind === 'group') return this.sorted(node.claims).map((claim) => ({ kind: 'claim', claim, verdict: this.verdict(claim) }));
    return [];
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.claims.length}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.id = `claims:${this.grouping}:${node.label}`;
      return item;
    }
    const c = node.claim;
    const text = c.text.replace(/\s+/g, ' ');
    const item = new vscode.TreeItem(text.length > 90 ? `${text.slice(0, 89)}…` : text, vscode.TreeItemCollapsibleState.None);
    const line = this.document ? this.document.positionAt(c.start).line + 1 : 0;
    item.description = [node.verdict, c.checkworthy ? 'check-worthy' : undefined, `${c.score.toFixed(2)}`, `line ${line}`].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText(`${CLAIM_LABELS[c.type]}${c.flags.length ? ` (+ ${c.flags.join(', ')})` : ''}\n\n${c.text}`);
    item.iconPath = new vscode.ThemeIcon(node.verdict ? 'pass-filled' : CLAIM_ICONS[c.type]);
    item.contextValue = node.verdict ? 'policyLens.claim.reviewed' : 'policyLens.claim';
    if (this.document) item.command = { command: CommandIds.revealRange, title: 'Reveal', arguments: [this.document.uri.toString(), c.start, c.end] };
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
