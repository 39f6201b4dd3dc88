// Where exports get an article's review from: an open document (its live text, the store's
// annotations at their current places, the editor's analysis) or, for articles nobody has
// open, the files on disk analysed on demand.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { analyze } from '../core/analysis/analyze';
import { formatFor } from '../core/analysis/segment/format';
import { buildExportInput, type ExportInput } from '../core/export';
import type { Analysis, Sidecar } from '../core/model';
import { VERSION } from '../core/version';
import { loadSidecar } from '../io/loadReview';
import { SIDECAR_SUFFIX, articlePathFor } from '../io/sidecarPath';
import type { AnalysisService } from './analysisService';
import type { KnowledgeService } from './knowledgeService';
import type { SidecarStore } from './sidecarStore';
import { readSettings } from './settings';

export const GENERATOR = { name: 'Policy Lens', version: VERSION };

export interface ReviewSources {
  analyses: AnalysisService;
  store: SidecarStore;
  knowledge: KnowledgeService;
}

export interface ExportOptions {
  /** Analyse the article (the format or the detections need it). */
  analysis: boolean;
  includeDetections?: boolean;
}

/** The article's path as exports name it: relative to its workspace folder (prefixed by the folder's name in a multi-root workspace). */
export function articleName(article: vscode.Uri): string {
  return vscode.workspace.asRelativePath(article, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

export function inputFor(document: vscode.TextDocument, sidecar: Sidecar, analysis: Analysis | undefined, includeDetections = false): ExportInput {
  return buildExportInput({
    articleText: document.getText(),
    articlePath: articleName(document.uri),
    sidecar,
    ...(analysis ? { analysis } : {}),
    verdicts: readSettings(document.uri).verdicts,
    generator: GENERATOR,
    includeDetections,
  });
}

/** A sidecar found in the workspace: its review ready to export, or why it cannot be. */
export type WorkspaceReview = { ok: true; sidecarPath: string; input: ExportInput } | { ok: false; sidecarPath: string; problem: string };

/** Every sidecar in the workspace, beside its article or in the sidecar folder's mirror. */
export async function findSidecars(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**', undefined, token);
  return found.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** The article a sidecar belongs to, whichever layout it was written in. */
export function articleOf(sidecar: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(sidecar);
  if (folder) {
    const mirror = join(folder.uri.fsPath, readSettings(folder.uri).sidecarFolder);
    const rel = relative(mirror, sidecar.fsPath);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
      return articlePathFor(sidecar.fsPath, { mode: 'folder', workspaceRoot: folder.uri.fsPath, folder: readSettings(folder.uri).sidecarFolder });
    }
  }
  return articlePathFor(sidecar.fsPath);
}

export async function loadWorkspaceReview(sources: ReviewSources, sidecar: vscode.Uri, options: ExportOptions): Promise<WorkspaceReview> {
  const sidecarPath = sidecar.fsPath;
  const article = articleOf(sidecar);
  if (!article) return { ok: false, sidecarPath, problem: 'not the sidecar of any article' };
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === article);
  if (open && (await sources.store.ready(open)) && sources.store.sidecarPath(open) === sidecarPath) {
    const problem = sources.store.problem(open);
    const snapshot = sources.store.snapshot(open);
    if (!snapshot) return { ok: false, sidecarPath, problem: problem ?? 'unreadable' };
    const analysis = options.analysis ? await sources.analyses.whenAnalysed(open) : undefined;
    return { ok: true, sidecarPath, input: inputFor(open, snapshot, analysis, options.includeDetections) };
  }
  const loaded = await loadSidecar(sidecarPath);
  if (loaded.status === 'missing') return { ok: false, sidecarPath, problem: 'the file disappeared' };
  if (loaded.status === 'invalid') return { ok: false, sidecarPath, problem: loaded.problem };
  let text: string;
  try {
    text = (await fs.readFile(article, 'utf8')).replace(/^\uFEFF/, ''); // as the editor shows it
  } catch (e) {
    return { ok: false, sidecarPath, problem: `its article ${vscode.workspace.asRelativePath(article)} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const input = buildExportInput({
    articleText: text,
    articlePath: articleName(vscode.Uri.file(article)),
    sidecar: loaded.sidecar,
    ...(options.analysis ? { analysis: analyze(text, { format: formatFor(article), knowledge: sources.knowledge.index }) } : {}),
    verdicts: readSettings(vscode.Uri.file(article)).verdicts,
    generator: GENERATOR,
    includeDetections: options.includeDetections,
  });
  return { ok: true, sidecarPath, input };
}
