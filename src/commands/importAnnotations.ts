// "Import Annotations...": a Policy Lens sidecar or JSON export, or W3C Web Annotation JSON-LD
// (also from other tools: Hypothesis, anything with quote selectors), anchored into the active
// article and merged into its sidecar.
import * as vscode from 'vscode';
import { describeImport, importAnnotations } from '../core/import';
import { articleDocument, displayName, givenArgs, say, type ExportCommandContext, type ImportArgs } from './exportTarget';
import { CommandIds } from './ids';

export function registerImportAnnotations(ctx: ExportCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.importAnnotations, async (...args: unknown[]) => {
    const given = givenArgs<ImportArgs>(args);
    const document = await articleDocument(ctx, args, given?.article);
    if (!document) return undefined;
    const source = given?.source
      ? vscode.Uri.parse(given.source)
      : (
          await vscode.window.showOpenDialog({
            title: `Import annotations into ${displayName(document.uri)}`,
            defaultUri: vscode.Uri.joinPath(document.uri, '..'),
            filters: { 'Annotations (JSON, JSON-LD)': ['json', 'jsonld'], 'All files': ['*'] },
            openLabel: 'Import',
          })
        )?.[0];
    if (!source) return undefined;

    let raw: string;
    try {
      raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(source));
    } catch (e) {
      void vscode.window.showErrorMessage(`Policy Lens could not read ${source.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    const result = importAnnotations(raw, document.getText(), { now: new Date().toISOString(), creator: await ctx.reviewer.get() });
    if (!result.ok) {
      void vscode.window.showErrorMessage(`Policy Lens could not import ${displayName(source)}: ${result.error}`);
      return undefined;
    }
    for (const s of result.skipped) ctx.log.warn(`Import of ${source.fsPath}: item ${s.index} skipped: ${s.reason}`);
    if (!result.annotations.length) return say(`nothing imported from ${displayName(source)}: ${result.skipped.length} item(s) skipped (see the log).`);
    const merged = await ctx.store.importAnnotations(document, result.annotations);
    if (!merged) return say(ctx.store.problem(document) ?? `${displayName(document.uri)} cannot be annotated.`);
    const summary = describeImport(result.counts, result.skipped.length);
    const already = merged.unchanged ? ` (${merged.unchanged} already here, kept as they were)` : '';
    ctx.log.info(`Imported ${source.fsPath} into ${document.uri.fsPath}: ${summary}${already}`);
    say(`imported into ${displayName(document.uri)}: ${summary}${already}.`);
    return { format: result.format, counts: result.counts, skipped: result.skipped.length, added: merged.added, updated: merged.updated, unchanged: merged.unchanged };
  });
}
