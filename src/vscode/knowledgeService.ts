// The knowledge base the analysis uses: built-in data merged with the workspace's own files
// (policyLens.knowledge.files). Invalid entries are skipped with a clear message naming the
// file; the files are watched so edits apply without a reload. Untrusted workspaces use the
// built-in data only.
import * as vscode from 'vscode';
import {
  buildIndex,
  builtinKnowledge,
  mergeKnowledge,
  validateKnowledgeFile,
  type KnowledgeBase,
  type KnowledgeEntry,
  type KnowledgeError,
  type KnowledgeIndex,
} from '../core/knowledge';
import { readSettings } from './settings';

export class KnowledgeService implements vscode.Disposable {
  private readonly builtin: KnowledgeBase = builtinKnowledge();
  private kb: KnowledgeBase = this.builtin;
  private idx: KnowledgeIndex | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Problems found in the last load, for tests and the log. */
  errors: KnowledgeError[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('policyLens.knowledge') && void this.reload()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  get index(): KnowledgeIndex {
    this.idx ??= buildIndex(this.kb);
    return this.idx;
  }

  entry(id: string): KnowledgeEntry | undefined {
    return this.kb.byId.get(id);
  }

  /** Reads the workspace knowledge files and rebuilds the index. */
  async reload(): Promise<void> {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    const extra: KnowledgeEntry[][] = [];
    const errors: KnowledgeError[] = [];
    if (vscode.workspace.isTrusted) {
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const rel of readSettings(folder.uri).knowledgeFiles) {
          const uri = vscode.Uri.joinPath(folder.uri, rel);
          this.watch(folder, rel);
          let raw: Uint8Array;
          try {
            raw = await vscode.workspace.fs.readFile(uri);
          } catch {
            continue; // No file is fine: the setting names where one may be.
          }
          let json: unknown;
          try {
            json = JSON.parse(new TextDecoder().decode(raw));
          } catch (e) {
            errors.push({ source: rel, path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
            continue;
          }
          const r = validateKnowledgeFile(json, rel);
          errors.push(...r.errors);
          extra.push(r.entries);
          this.log.info(`Knowledge: ${r.entries.length} entries from ${rel}${r.errors.length ? `, ${r.errors.length} skipped` : ''}`);
        }
      }
    }
    this.kb = extra.length ? mergeKnowledge(this.builtin, ...extra) : this.builtin;
    this.idx = undefined;
    this.errors = errors;
    if (errors.length) this.report(errors);
    this.emitter.fire();
  }

  private watch(folder: vscode.WorkspaceFolder, rel: string): void {
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, rel));
    const again = () => void this.reload();
    this.watchers.push(w, w.onDidChange(again), w.onDidCreate(again), w.onDidDelete(again));
  }

  private report(errors: KnowledgeError[]): void {
    for (const e of errors) this.log.warn(`Knowledge file ${e.source}${e.path ? ` at ${e.path}` : ''}: ${e.message}`);
    const first = errors[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see the Policy Lens log)` : '';
    void vscode.window.showWarningMessage(`Policy Lens: ${first.source}: ${first.message}${more}. Invalid entries were skipped.`, 'Open File', 'Show Log').then((choice) => {
      if (choice === 'Show Log') this.log.show();
      if (choice === 'Open File') {
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (folder) void vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, first.source));
      }
    });
  }

  dispose(): void {
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}
