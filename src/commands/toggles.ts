// Show/hide entity and claim highlights (stored in settings, so they survive a reload), and
// switch the Claims view grouping.
import * as vscode from 'vscode';
import { CommandIds } from './ids';
import type { CommandContext } from './context';
import { readSettings, updateSetting } from '../vscode/settings';

export function registerToggles(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CommandIds.toggleEntities, async () => {
      const on = !readSettings().showEntities;
      await updateSetting('entities.show', on);
      vscode.window.setStatusBarMessage(`Policy Lens: entity highlights ${on ? 'on' : 'off'}`, 2500);
    }),
    vscode.commands.registerCommand(CommandIds.toggleClaims, async () => {
      const on = !readSettings().showClaims;
      await updateSetting('claims.show', on);
      vscode.window.setStatusBarMessage(`Policy Lens: claim highlights ${on ? 'on' : 'off'}`, 2500);
    }),
    vscode.commands.registerCommand(CommandIds.groupClaimsByType, () => ctx.claimsTree.setGrouping('type')),
    vscode.commands.registerCommand(CommandIds.groupClaimsByReview, () => ctx.claimsTree.setGrouping('review')),
    vscode.commands.registerCommand(CommandIds.refresh, () => ctx.analyses.refreshAll()),
  ];
}
