// Next / previous mention of the entity under the cursor.
import * as vscode from 'vscode';
import { groupOf, indexAt, nextIndex } from '../core/analysis/lookup';
import { CommandIds } from './ids';
import type { CommandContext } from './context';
import { activeAnalysis, selectSpan } from './editorTarget';

export function registerMentionNavigation(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.nextMention, (groupKey?: string) => go(ctx, false, groupKey)),
    vscode.commands.registerCommand(CommandIds.previousMention, (groupKey?: string) => go(ctx, true, groupKey)),
  ];
}

async function go(ctx: CommandContext, backwards: boolean, groupKey?: string): Promise<void> {
  const target = await activeAnalysis(ctx);
  if (!target) return;
  const { editor, analysis } = target;
  const offset = editor.document.offsetAt(editor.selection.start);
  let group = typeof groupKey === 'string' ? analysis.groups.find((g) => g.key === groupKey) : undefined;
  if (!group) {
    const i = indexAt(analysis.mentions, editor.document.offsetAt(editor.selection.active));
    if (i >= 0) group = groupOf(analysis, analysis.mentions[i]);
  }
  if (!group) {
    void vscode.window.showInformationMessage('Policy Lens: put the cursor on a highlighted name to move between its mentions.');
    return;
  }
  const mentions = group.mentions.map((i) => analysis.mentions[i]);
  if (mentions.length === 1) {
    vscode.window.setStatusBarMessage(`${group.canonical} is mentioned only once.`, 3000);
    return;
  }
  const next = nextIndex(mentions, offset, backwards)!;
  const m = mentions[next.index];
  selectSpan(editor, m.start, m.end);
  const where = `${group.canonical}: mention ${next.index + 1} of ${mentions.length}`;
  vscode.window.setStatusBarMessage(next.wrapped ? `${where} (wrapped around)` : where, 3000);
}
