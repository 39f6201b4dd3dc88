// "Find Entity or Claim": a quick pick that fuzzy-searches the active document's entities and
// claims with fuse.js (where fuzzy search shines: interactive, a few hundred items).
import * as vscode from 'vscode';
import Fuse from 'fuse.js';
import { CLAIM_ICONS, CLAIM_LABELS, ENTITY_ICONS, ENTITY_LABELS } from '../core/hover/icons';
import { CommandIds } from './ids';
import type { CommandContext } from './context';
import { activeAnalysis, selectSpan } from './editorTarget';

interface Item extends vscode.QuickPickItem {
  start: number;
  end: number;
  search: string;
}

export function registerFind(ctx: CommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.find, async () => {
    const target = await activeAnalysis(ctx);
    if (!target) return;
    const { editor, analysis } = target;
    const doc = editor.document;
    const items: Item[] = [];
    for (const g of analysis.groups) {
      const first = analysis.mentions[g.mentions[0]];
      items.push({
        label: `$(${ENTITY_ICONS[g.type]}) ${g.canonical}`,
        description: `${ENTITY_LABELS[g.type]} · ${g.mentions.length} mention${g.mentions.length === 1 ? '' : 's'}`,
        detail: g.forms.join(', '),
        start: first.start,
        end: first.end,
        search: [g.canonical, ...g.forms].join(' '),
      });
    }
    for (const c of analysis.claims) {
      if (c.type === 'none') continue;
      items.push({
        label: `$(${CLAIM_ICONS[c.type]}) ${c.text.replace(/\s+/g, ' ').slice(0, 120)}`,
        description: `${CLAIM_LABELS[c.type]} · line ${doc.positionAt(c.start).line + 1}`,
        start: c.start,
        end: c.end,
        search: c.text,
      });
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage('Policy Lens found no entities or claims in this document.');
      return;
    }
    const fuse = new Fuse(items, { keys: ['search'], threshold: 0.35, ignoreLocation: true });
    const pick = vscode.window.createQuickPick<Item>();
    pick.placeholder = 'Find an entity or claim (fuzzy: "north kore", "sanctions")';
    pick.matchOnDescription = false;
    pick.items = items;
    pick.onDidChangeValue((v) => {
      // Keep VS Code's own filter from hiding fuzzy hits: mark every result as always shown.
      pick.items = v.trim() ? fuse.search(v).map((r) => ({ ...r.item, alwaysShow: true })) : items;
    });
    const chosen = await new Promise<Item | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (chosen) selectSpan(editor, chosen.start, chosen.end);
  });
}
