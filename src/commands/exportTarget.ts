// What the export and import commands act on: the active article (or the one a menu or a test
// names), checked for a readable sidecar, and the answers a test or another extension gives up
// front. A programmatic run asks nothing: what it leaves out takes its default.
import * as vscode from 'vscode';
import { basename } from 'node:path';
import type { ArticleMetadata } from '../core/model';
import type { ReviewSources } from '../vscode/reviewSources';
import type { ReviewerName } from '../vscode/reviewer';

export interface ExportCommandContext extends ReviewSources {
  reviewer: ReviewerName;
  log: vscode.LogOutputChannel;
}

export interface ExportArgs {
  /** An export format id (csv, json, w3c, claimreview, brat, md, html). */
  format?: string;
  /** URI string of the file to write, or the folder for per-article workspace reports. */
  target?: string;
  includeDetections?: boolean;
  /** Open the result when written (default: no). */
  open?: boolean;
  /** Article metadata for ClaimReview, remembered in the sidecar. */
  metadata?: ArticleMetadata;
  /** URI string of the article (default: the active editor's). */
  article?: string;
}

export interface ImportArgs {
  /** URI string of the file to import. */
  source?: string;
  article?: string;
}

/** The answers object of a programmatic run, if the command got one. */
export function givenArgs<T extends object>(args: unknown[]): T | undefined {
  const first = args[0];
  return typeof first === 'object' && first !== null && !(first instanceof vscode.Uri) ? (first as T) : undefined;
}

export function say(message: string): undefined {
  void vscode.window.showInformationMessage(`Policy Lens: ${message}`);
  return undefined;
}

export const displayName = (uri: vscode.Uri): string => basename(uri.path) || uri.toString();

/** The article to export or import into, once its sidecar is read; a polite message when there is none or it cannot be used. */
export async function articleDocument(ctx: ExportCommandContext, args: unknown[], article?: string): Promise<vscode.TextDocument | undefined> {
  const uri = article ? vscode.Uri.parse(article) : args[0] instanceof vscode.Uri ? args[0] : undefined;
  const document = uri ? await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined) : vscode.window.activeTextEditor?.document;
  if (!document) return say(uri ? `cannot open ${uri.fsPath}.` : 'open a policy text first.');
  await ctx.store.ready(document);
  const problem = ctx.store.problem(document);
  if (problem) {
    void vscode.window.showWarningMessage(`Policy Lens: ${problem}`);
    return undefined;
  }
  return document;
}
