// The export and import commands, registered together by activate().
import type * as vscode from 'vscode';
import type { ExportCommandContext } from './exportTarget';
import { registerExportReview } from './exportReview';
import { registerExportWorkspaceReview } from './exportWorkspaceReview';
import { registerImportAnnotations } from './importAnnotations';

export function registerExportCommands(ctx: ExportCommandContext): vscode.Disposable[] {
  return [registerExportReview(ctx), registerExportWorkspaceReview(ctx), registerImportAnnotations(ctx)];
}
