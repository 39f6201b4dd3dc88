// The Entities view: types → entities (with mention counts) → mentions (with their line).
// Follows the active editor and updates as its analysis changes.
import * as vscode from 'vscode';
import type { Analysis, EntityGroup, EntityType } from '../core/model';
import { ENTITY_TYPES } from '../core/model';
import { ENTITY_ICONS, ENTITY_LABELS } from '../core/hover/icons';
import type { AnalysisService } from './analysisService';
import { CommandIds } from '../commands/ids';
import { readSettings } from './settings';

export type EntityNode =
  | { kind: 'type'; type: EntityType; groups: EntityGroup[] }
  | { kind: 'entity'; group: EntityGroup }
  | { kind: 'mention'; group: EntityGroup; index: number };

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private document: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly analyses: AnalysisService) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      analyses.onDidUpdate((u) => {
        if (!u.partial && u.document === this.document) this.emitter.fire(undefined);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens') && this.emitter.fire(undefined)),
    );
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !this.analyses.isEnabledFor(editor.document)) return;
    this.document = editor?.document;
    this.emitter.fire(undefined);
  }

  get analysis(): Analysis | undefined {
    return this.document ? this.analyses.get(this.document) : undefined;
  }

  /** The tree as plain data, for tests: [type, [entity, count]]. */
  snapshot(): { type: EntityType; entities: { name: string; mentions: number; forms: string[] }[] }[] {
    return this.roots().map((r) => ({
      type: r.type,
      entities: r.groups.map((g) => ({ name: g.canonical, mentions: g.mentions.length, forms: g.forms })),
    }));
  }

  private roots(): Extract<EntityNode, { kind: 'type' }>[] {
    const a = this.analysis;
    if (!a) return [];
    const shown = readSettings(this.document?.uri).entityTypes;
    return ENTITY_TYPES.filter((t) => shown.includes(t))
      .map((type) => ({ kind: 'type' as const, type, groups: a.groups.filter((g) => g.type === type) }))
      .filter((n) => n.groups.length > 0);
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return this.roots();
    if (node.kind === 'type') return node.groups.map((group) => ({ kind: 'entity', group }));
    if (node.kind === 'entity') return node.group.mentions.map((index) => ({ kind: 'mention', group: node.group, index }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(ENTITY_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.groups.length}`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.type]);
      item.contextValue = 'policyLens.entityType';
      return item;
    }
    if (node.kind === 'entity') {
      const g = node.group;
      const item = new vscode.TreeItem(g.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      const n = g.mentions.length;
      item.description = `${n} mention${n === 1 ? '' : 's'}${g.forms.length > 1 || g.forms[0] !== g.canonical ? ` (${g.forms.join(', ')})` : ''}`;
      item.tooltip = `${g.canonical}: ${item.description}`;
      item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[g.type]);
      item.contextValue = 'policyLens.entity';
      item.id = `entity:${g.key}`;
      return item;
    }
    const a = this.analysis!;
    const m = a.mentions[node.index];
    const doc = this.document!;
    const pos = doc.positionAt(m.start);
    const line = doc.lineAt(pos.line).text.trim();
    const item = new vscode.TreeItem(snippet(line, m.text), vscode.TreeItemCollapsibleState.None);
    item.description = `line ${pos.line + 1}`;
    item.tooltip = line;
    item.command = { command: CommandIds.revealRange, title: 'Reveal', arguments: [doc.uri.toString(), m.start, m.end] };
    item.contextValue = 'policyLens.mention';
    return item;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The line around a mention, short enough for a tree row. */
function snippet(line: string, word: string): string {
  const i = line.indexOf(word);
  if (line.length <= 80 || i < 0) return line.length <= 80 ? line : `${line.slice(0, 79)}…`;
  const from = Math.max(0, i - 30);
  return `${from > 0 ? '…' : ''}${line.slice(from, from + 78)}${from + 78 < line.length ? '…' : ''}`;
}
