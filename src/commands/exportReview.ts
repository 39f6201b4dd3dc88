// "Export Review...": the active article's review in one of the export formats, written
// where the reviewer chooses (by default beside the article), then offered for opening.
import * as vscode from 'vscode';
import { basename, dirname, join } from 'node:path';
import { defaultExportName, exportFormat, exportFormats, needsAnalysis, type ExportFormat } from '../core/export';
import { atomicWriteFile } from '../io/atomicWriteFile';
import { inputFor } from '../vscode/reviewSources';
import { askMetadata, rememberMetadata } from './articleMetadata';
import { askDetections, offersDetections, pickFormat, reportWritten } from './exportPicks';
import { articleDocument, displayName, givenArgs, say, type ExportArgs, type ExportCommandContext } from './exportTarget';
import { CommandIds } from './ids';

const lastExtension = (format: ExportFormat) => format.extension.split('.').pop()!;

export function registerExportReview(ctx: ExportCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.exportReview, async (...args: unknown[]) => {
    const given = givenArgs<ExportArgs>(args);
    const document = await articleDocument(ctx, args, given?.article);
    if (!document) return undefined;
    const name = displayName(document.uri);
    if (!ctx.store.snapshot(document)?.annotations.length) return say(`${name} has no annotations yet: review a claim or an entity first, then export.`);

    const format = given ? exportFormat(given.format ?? '') : await pickFormat(`Export the review of ${name}`);
    if (!format) return given ? say(`unknown export format '${given.format}' (${exportFormats.map((f) => f.id).join(', ')}).`) : undefined;
    const includeDetections = given ? !!given.includeDetections : offersDetections(format) ? await askDetections() : false;
    if (includeDetections === undefined) return undefined;
    const analysis = needsAnalysis(format, includeDetections) ? await ctx.analyses.whenAnalysed(document) : undefined;

    const frontMatter = analysis?.metadata ?? {};
    const known = { ...frontMatter, ...ctx.store.snapshot(document)?.metadata };
    const answers = given ? given.metadata : format.id === 'claimreview' && !known.url ? await askMetadata(known) : undefined;
    if (!given && format.id === 'claimreview' && !known.url && !answers) return undefined;
    if (answers) await rememberMetadata(ctx.store, document, answers, frontMatter);

    const target = given?.target
      ? vscode.Uri.parse(given.target)
      : await vscode.window.showSaveDialog({
          title: `Export ${format.label}`,
          defaultUri: vscode.Uri.file(join(dirname(document.uri.fsPath), defaultExportName(basename(document.uri.fsPath), format))),
          filters: { [format.label]: [lastExtension(format)] },
        });
    if (!target) return undefined;
    const input = inputFor(document, ctx.store.snapshot(document)!, analysis, includeDetections);
    try {
      await atomicWriteFile(target.fsPath, format.render(input));
    } catch (e) {
      void vscode.window.showErrorMessage(`Policy Lens could not write ${target.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    const n = input.anchored.length;
    ctx.log.info(`Exported the review of ${input.articlePath} (${n} annotations) as ${format.label} to ${target.fsPath}`);
    await reportWritten(target, format, `Policy Lens exported ${n} annotation${n === 1 ? '' : 's'} of ${name} to ${vscode.workspace.asRelativePath(target)}.`, given ? !!given.open : undefined);
    return target.fsPath;
  });
}
