// "Export Workspace Review...": every annotated article of the workspace, either in one file
// (CSV, W3C JSON-LD: each row or annotation names its article) or as one report per article
// in a folder, mirroring the articles' paths. Runs with a cancellable progress notification;
// a sidecar that cannot be read is listed at the end instead of stopping the export.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { defaultExportName, exportFormat, exportFormats, isWorkspaceFileFormat, needsAnalysis, renderWorkspace, type ExportFormat, type ExportInput } from '../core/export';
import { atomicWriteFile } from '../io/atomicWriteFile';
import { findSidecars, loadWorkspaceReview } from '../vscode/reviewSources';
import { askDetections, offersDetections, pickFormat, reportWritten } from './exportPicks';
import { givenArgs, say, type ExportArgs, type ExportCommandContext } from './exportTarget';
import { CommandIds } from './ids';

export interface WorkspaceExportResult {
  /** Files written (one, or one per article). */
  written: string[];
  /** Sidecars that could not be exported, with the reason. */
  broken: { path: string; problem: string }[];
  cancelled: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const yieldToEditor = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function askTarget(format: ExportFormat, root: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  if (isWorkspaceFileFormat(format.id)) {
    return vscode.window.showSaveDialog({
      title: `Export the workspace review as ${format.label}`,
      defaultUri: vscode.Uri.joinPath(root.uri, `${root.name}.${format.extension}`),
      filters: { [format.label]: [format.extension.split('.').pop()!] },
    });
  }
  const picked = await vscode.window.showOpenDialog({
    title: `Folder for the ${format.label} files (one per article; the workspace folder puts each beside its article)`,
    defaultUri: root.uri,
    canSelectFiles: false,
    canSelectFolders: true,
    openLabel: 'Export Here',
  });
  return picked?.[0];
}

export function registerExportWorkspaceReview(ctx: ExportCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.exportWorkspaceReview, async (...args: unknown[]): Promise<WorkspaceExportResult | undefined> => {
    const given = givenArgs<ExportArgs>(args);
    const root = vscode.workspace.workspaceFolders?.[0];
    if (!root) return say('open a folder first: the workspace review covers the annotated articles in it.');
    await ctx.store.flush();
    const sidecars = await findSidecars();
    if (!sidecars.length) return say('no annotated articles in this workspace (no *.annotations.json files).');

    const format = given ? exportFormat(given.format ?? '') : await pickFormat(`Export the review of ${plural(sidecars.length, 'annotated article')}`, true);
    if (!format) return given ? say(`unknown export format '${given.format}' (${exportFormats.map((f) => f.id).join(', ')}).`) : undefined;
    const includeDetections = given ? !!given.includeDetections : offersDetections(format) ? await askDetections() : false;
    if (includeDetections === undefined) return undefined;
    const target = given?.target ? vscode.Uri.parse(given.target) : await askTarget(format, root);
    if (!target) return undefined;

    const single = isWorkspaceFileFormat(format.id) ? format.id : undefined;
    const result: WorkspaceExportResult = { written: [], broken: [], cancelled: false };
    const options = { analysis: needsAnalysis(format, includeDetections), includeDetections };
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Policy Lens: exporting ${format.label}`, cancellable: true },
        async (progress, token) => {
          const inputs: ExportInput[] = [];
          for (const sidecar of sidecars) {
            if (token.isCancellationRequested) break;
            progress.report({ message: vscode.workspace.asRelativePath(sidecar), increment: 100 / sidecars.length });
            await yieldToEditor(); // lets the Cancel button and the editor respond between articles
            const review = await loadWorkspaceReview(ctx, sidecar, options);
            if (!review.ok) {
              result.broken.push({ path: review.sidecarPath, problem: review.problem });
              continue;
            }
            if (single) {
              inputs.push(review.input);
              continue;
            }
            const file = join(target.fsPath, dirname(review.input.articlePath), defaultExportName(basename(review.input.articlePath), format));
            await fs.mkdir(dirname(file), { recursive: true });
            await atomicWriteFile(file, format.render(review.input));
            result.written.push(file);
          }
          result.cancelled = token.isCancellationRequested;
          if (single && !result.cancelled && inputs.length) {
            await atomicWriteFile(target.fsPath, renderWorkspace(single, inputs, root.name));
            result.written.push(target.fsPath);
          }
        },
      );
    } catch (e) {
      void vscode.window.showErrorMessage(`Policy Lens could not export the workspace review: ${e instanceof Error ? e.message : String(e)}`);
      return { ...result, cancelled: false };
    }
    report(ctx, result, format, target, sidecars.length, given);
    return result;
  });
}

function report(ctx: ExportCommandContext, result: WorkspaceExportResult, format: ExportFormat, target: vscode.Uri, total: number, given: ExportArgs | undefined): void {
  for (const b of result.broken) ctx.log.warn(`Workspace export skipped ${b.path}: ${b.problem}`);
  const exported = total - result.broken.length;
  if (result.broken.length) {
    const list = result.broken.slice(0, 3).map((b) => `${vscode.workspace.asRelativePath(b.path)} (${b.problem})`).join('; ');
    void vscode.window.showWarningMessage(`Policy Lens skipped ${plural(result.broken.length, 'annotations file')} it could not use: ${list}${result.broken.length > 3 ? '; …' : ''}`);
  }
  if (result.cancelled) {
    say(`export cancelled; ${plural(result.written.length, 'file')} had been written.`);
  } else if (isWorkspaceFileFormat(format.id) && result.written.length) {
    void reportWritten(target, format, `Policy Lens exported the review of ${plural(exported, 'article')} to ${vscode.workspace.asRelativePath(target)}.`, given ? !!given.open : undefined);
  } else if (result.written.length) {
    say(`exported ${plural(result.written.length, format.label + ' file')} under ${vscode.workspace.asRelativePath(target)}.`);
  }
}
