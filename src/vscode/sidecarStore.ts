// The reviewer's annotations of every open article, kept in step with its sidecar file:
// loaded and anchored on open, followed through edits, written atomically after each change
// and on save, reloaded (and merged) when the file changes elsewhere, moved along with a
// renamed article. A sidecar it cannot read is never written over: annotating that article is
// disabled until the file is fixed, and everything else keeps working.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import { basename, dirname, isAbsolute, relative } from 'node:path';
import type { AnchoredAnnotation, Annotation, ArticleMetadata, Sidecar, Span } from '../core/model';
import { mergeImported, type MergeImportResult } from '../core/import';
import {
  anchorAll,
  createAnnotation,
  deleteAnnotation,
  emptySidecar,
  followEdits,
  makeQuoteSelector,
  mergeSidecars,
  sidecarForText,
  textHash,
  type MergeConflict,
  type NewAnnotationFields,
  type SidecarError,
} from '../core/annotations';
import { readSidecarFile, writeSidecarFile, moveSidecarFor } from '../io/sidecarFile';
import { articleField, sidecarPathFor, SIDECAR_SUFFIX, type SidecarLocation } from '../io/sidecarPath';
import type { ReviewLookup } from './reviewLookup';
import type { ReviewerName } from './reviewer';
import { readSettings } from './settings';

interface Entry {
  document: vscode.TextDocument;
  path: string;
  /** The working sidecar: tombstones, metadata; its annotations as of the last write. */
  sidecar: Sidecar;
  /** The working set of annotations, following the document's edits. */
  anchored: AnchoredAnnotation[];
  /** The file's content as last read or written (undefined: no file). */
  base: string | undefined;
  baseSidecar: Sidecar | undefined;
  /** Annotation changes not yet written. */
  dirty: boolean;
  error?: SidecarError;
  /** Reads and writes of this sidecar, one at a time. */
  queue: Promise<void>;
  placedCache?: AnchoredAnnotation[];
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

const now = (): string => new Date().toISOString();
const MAX_MERGE_ROUNDS = 3;
const EDIT_NOTIFY_MS = 300;

export class SidecarStore implements ReviewLookup, vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly editTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last sidecar problem shown to the user (tests read it). */
  lastError: string | undefined;
  /** Conflicts of the last merge with changes made elsewhere (tests read them). */
  lastConflicts: MergeConflict[] = [];

  constructor(
    private readonly isEnabled: (document: vscode.TextDocument) => boolean,
    private readonly reviewer: ReviewerName,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const changed = (uri: vscode.Uri) => this.onSidecarChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidOpenTextDocument((d) => this.open(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.flush(e.files.map((f) => f.oldUri)))),
      vscode.workspace.onDidRenameFiles((e) => void this.onRenamed(e.files)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyLens.annotations.location') || e.affectsConfiguration('policyLens.annotations.folder')) this.reopenAll();
        else if (e.affectsConfiguration('policyLens')) this.reconcile();
      }),
    );
  }

  /** Load the annotations of what is open now. */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.open(d);
  }

  // ---- ReviewLookup -------------------------------------------------------------------------

  placed(uri: vscode.Uri): readonly AnchoredAnnotation[] {
    const e = this.entries.get(uri.toString());
    if (!e) return [];
    e.placedCache ??= e.anchored.filter((a) => a.range).sort((a, b) => a.range!.start - b.range!.start || a.range!.end - b.range!.end);
    return e.placedCache;
  }

  orphans(uri: vscode.Uri): readonly AnchoredAnnotation[] {
    return this.entries.get(uri.toString())?.anchored.filter((a) => !a.range) ?? [];
  }

  // ---- Queries for commands and views ------------------------------------------------------

  /** Resolves once the document's sidecar has been read (undefined: not an annotatable article). */
  async ready(document: vscode.TextDocument): Promise<boolean> {
    this.open(document);
    const e = this.entries.get(document.uri.toString());
    if (!e) return false;
    await e.queue;
    return true;
  }

  /** Why this document cannot be annotated now, in words for the user; undefined when it can. */
  problem(document: vscode.TextDocument): string | undefined {
    const name = basename(document.uri.path) || document.uri.toString();
    if (document.uri.scheme !== 'file') return `Save ${name} to a file first: annotations are stored in a file beside it.`;
    if (!this.isEnabled(document)) return `Policy Lens is not active for ${document.languageId} files (see the policyLens.languages setting).`;
    const e = this.entries.get(document.uri.toString());
    if (e?.error) return `Annotating ${name} is disabled until its annotations file is fixed: ${this.display(e.path)}: ${e.error.message}.`;
    return undefined;
  }

  sidecarPath(document: vscode.TextDocument): string | undefined {
    return this.entries.get(document.uri.toString())?.path ?? (document.uri.scheme === 'file' ? this.pathFor(document.uri) : undefined);
  }

  /** The problem with the document's sidecar file, if it cannot be read. */
  fileError(uri: vscode.Uri): SidecarError | undefined {
    return this.entries.get(uri.toString())?.error;
  }

  find(uri: vscode.Uri, id: string): AnchoredAnnotation | undefined {
    return this.entries.get(uri.toString())?.anchored.find((a) => a.annotation.id === id);
  }

  /** Tags used anywhere in the document's annotations, sorted. */
  tags(uri: vscode.Uri): string[] {
    const all = new Set<string>();
    for (const a of this.entries.get(uri.toString())?.anchored ?? []) a.annotation.tags.forEach((t) => all.add(t));
    return [...all].sort((a, b) => a.localeCompare(b));
  }

  /** The review as it would be written now: annotations at their current places, metadata, tombstones. */
  snapshot(document: vscode.TextDocument): Sidecar | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && !e.error ? sidecarForText(e.sidecar, e.document.getText(), e.anchored, now()) : undefined;
  }

  /** Waits until every pending read and write of these documents (default: all) is done. */
  async flush(uris?: readonly vscode.Uri[]): Promise<void> {
    const list = uris ? uris.map((u) => this.entries.get(u.toString())).filter((e): e is Entry => !!e) : [...this.entries.values()];
    await Promise.all(list.map((e) => e.queue));
  }

  // ---- Changes (each is written at once) ----------------------------------------------------

  /** Adds an annotation on `range`; returns it, or undefined when the article cannot be annotated. */
  async add(document: vscode.TextDocument, fields: Omit<NewAnnotationFields, 'creator' | 'text'>): Promise<Annotation | undefined> {
    const e = await this.writable(document);
    if (!e) return undefined;
    const annotation = createAnnotation({ ...fields, creator: await this.reviewer.get(), text: document.getText() }, now());
    e.anchored.push({ annotation, state: 'exact', range: { start: fields.range.start, end: fields.range.end } });
    await this.changed(e);
    return annotation;
  }

  /** Applies `change` to the annotation with this id and stamps it modified. */
  async update(document: vscode.TextDocument, id: string, change: (a: Annotation) => Annotation): Promise<Annotation | undefined> {
    const e = await this.writable(document);
    const i = e ? e.anchored.findIndex((a) => a.annotation.id === id) : -1;
    if (!e || i < 0) return undefined;
    const annotation = { ...change(e.anchored[i].annotation), modified: now() };
    e.anchored[i] = { ...e.anchored[i], annotation };
    await this.changed(e);
    return annotation;
  }

  /** Deletes it, leaving a tombstone so a merge does not bring it back. */
  async remove(document: vscode.TextDocument, id: string): Promise<boolean> {
    const e = await this.writable(document);
    if (!e || !e.anchored.some((a) => a.annotation.id === id)) return false;
    e.anchored = e.anchored.filter((a) => a.annotation.id !== id);
    e.sidecar = deleteAnnotation(e.sidecar, id);
    await this.changed(e);
    return true;
  }

  /** Remembers the article's metadata (title, author, date, url) in its sidecar. */
  async setMetadata(document: vscode.TextDocument, metadata: ArticleMetadata): Promise<boolean> {
    const e = await this.writable(document);
    if (!e) return false;
    e.sidecar = { ...e.sidecar, metadata };
    await this.changed(e);
    return true;
  }

  /** Adds annotations read from another file; an id already here keeps the newer copy. */
  async importAnnotations(document: vscode.TextDocument, annotations: readonly Annotation[]): Promise<MergeImportResult | undefined> {
    const e = await this.writable(document);
    if (!e) return undefined;
    const text = e.document.getText();
    const result = mergeImported(sidecarForText(e.sidecar, text, e.anchored, now()), annotations);
    e.sidecar = result.sidecar;
    e.anchored = anchorAll(text, result.sidecar.annotations);
    await this.changed(e);
    return result;
  }

  /** Attaches an annotation (typically an orphan) to `range` of the current text. */
  async reattach(document: vscode.TextDocument, id: string, range: Span): Promise<Annotation | undefined> {
    const e = await this.writable(document);
    const i = e ? e.anchored.findIndex((a) => a.annotation.id === id) : -1;
    if (!e || i < 0) return undefined;
    const position = { start: range.start, end: range.end };
    const quote = makeQuoteSelector(document.getText(), range.start, range.end);
    const annotation = { ...e.anchored[i].annotation, target: { quote, position }, modified: now() };
    e.anchored[i] = { annotation, state: 'exact', range: position };
    await this.changed(e);
    return annotation;
  }

  private async writable(document: vscode.TextDocument): Promise<Entry | undefined> {
    if (!(await this.ready(document))) return undefined;
    const e = this.entries.get(document.uri.toString());
    return e && !e.error ? e : undefined;
  }

  private changed(e: Entry): Promise<void> {
    e.dirty = true;
    e.placedCache = undefined;
    this.emitter.fire(e.document.uri);
    return this.enqueue(e, () => this.write(e));
  }

  // ---- Lifecycle ----------------------------------------------------------------------------

  private pathFor(uri: vscode.Uri): string {
    return sidecarPathFor(uri.fsPath, this.location(uri));
  }

  private location(uri: vscode.Uri): SidecarLocation {
    const s = readSettings(uri);
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    // Folder mode mirrors paths inside a workspace folder; a file outside one keeps its sidecar beside it.
    if (s.sidecarLocation === 'folder' && root) return { mode: 'folder', workspaceRoot: root, folder: s.sidecarFolder };
    return { mode: 'beside', workspaceRoot: root };
  }

  private open(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.entries.has(key) || document.uri.scheme !== 'file' || !this.isEnabled(document)) return;
    const location = this.location(document.uri);
    const article = articleField(document.uri.fsPath, location.workspaceRoot);
    const e: Entry = {
      document,
      path: sidecarPathFor(document.uri.fsPath, location),
      sidecar: emptySidecar(article, textHash(document.getText())),
      anchored: [],
      base: undefined,
      baseSidecar: undefined,
      dirty: false,
      queue: Promise.resolve(),
    };
    this.entries.set(key, e);
    void this.enqueue(e, () => this.load(e));
  }

  private close(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.editTimers.get(key);
    if (timer) clearTimeout(timer);
    this.editTimers.delete(key);
    // Closing without saving: the last written sidecar stays the truth for the saved text.
    if (this.entries.delete(key)) this.emitter.fire(uri);
  }

  /** Settings changed which documents are enabled. */
  private reconcile(): void {
    for (const e of [...this.entries.values()]) if (!this.isEnabled(e.document)) this.close(e.document.uri);
    this.start();
  }

  /** The sidecar location changed: read every article's sidecar from its new place. */
  private reopenAll(): void {
    void this.flush().then(() => {
      for (const e of [...this.entries.values()]) this.close(e.document.uri);
      this.start();
    });
  }

  private enqueue(e: Entry, task: () => Promise<void>): Promise<void> {
    const run = e.queue.then(task).catch((err: unknown) => this.log.error(`Annotations of ${e.document.uri.fsPath}: ${err instanceof Error ? err.stack : String(err)}`));
    e.queue = run;
    return run;
  }

  private async load(e: Entry): Promise<void> {
    const read = await readSidecarFile(e.path);
    if (!this.live(e)) return;
    if (read.exists && !read.ok) return this.fail(e, read.error);
    const hadError = !!e.error;
    e.error = undefined;
    e.base = read.exists ? read.raw : undefined;
    e.baseSidecar = read.exists ? read.sidecar : undefined;
    if (read.exists) e.sidecar = read.sidecar;
    e.anchored = anchorAll(e.document.getText(), e.sidecar.annotations);
    e.placedCache = undefined;
    const orphans = e.anchored.filter((a) => !a.range).length;
    if (read.exists) this.log.info(`Annotations: ${e.anchored.length} from ${this.display(e.path)}${orphans ? ` (${orphans} could not be placed: see Orphans)` : ''}`);
    if (hadError) void vscode.window.showInformationMessage(`Policy Lens: ${this.display(e.path)} is readable again; annotating ${basename(e.document.uri.path)} is enabled.`);
    this.emitter.fire(e.document.uri);
  }

  /** The entry is still the one registered for its document (not closed, not replaced). */
  private live(e: Entry): boolean {
    return this.entries.get(e.document.uri.toString()) === e;
  }

  private fail(e: Entry, error: SidecarError): void {
    const first = !e.error || e.error.message !== error.message;
    e.error = error;
    e.placedCache = undefined;
    this.emitter.fire(e.document.uri);
    if (!first) return;
    const message = `Policy Lens cannot read ${this.display(e.path)}: ${error.message}. The file will not be overwritten; annotating ${basename(e.document.uri.path)} is disabled until it is fixed.`;
    this.lastError = message;
    this.log.error(message);
    void vscode.window.showErrorMessage(message, 'Open Sidecar').then((choice) => {
      if (choice) void vscode.window.showTextDocument(vscode.Uri.file(e.path));
    });
  }

  private async write(e: Entry): Promise<void> {
    for (let round = 0; round < MAX_MERGE_ROUNDS; round++) {
      if (e.error || !this.live(e)) return;
      const text = e.document.getText();
      const next = sidecarForText(e.sidecar, text, e.anchored, now());
      // No file and nothing to say: do not create one.
      if (e.base === undefined && next.annotations.length === 0 && !next.deleted?.length) {
        e.dirty = false;
        return;
      }
      let result: Awaited<ReturnType<typeof writeSidecarFile>>;
      try {
        result = await writeSidecarFile(e.path, next, { expectedRaw: e.base });
      } catch (err) {
        const message = `Policy Lens could not write ${this.display(e.path)}: ${err instanceof Error ? err.message : String(err)}. Your annotations are kept in this window; they are written with the next change or save.`;
        this.lastError = message;
        void vscode.window.showErrorMessage(message);
        return;
      }
      switch (result.status) {
        case 'written':
        case 'unchanged':
          e.base = result.raw;
          e.baseSidecar = next;
          e.sidecar = next;
          e.dirty = false;
          if (result.status === 'written' && result.backup) {
            void vscode.window.showInformationMessage(`Policy Lens upgraded ${this.display(e.path)} to the current format; the old file is kept as ${this.display(result.backup)}.`);
          }
          return;
        case 'refused':
          return this.fail(e, result.error);
        case 'changed-on-disk':
          if (result.currentRaw !== undefined && !result.current) {
            const reread = await readSidecarFile(e.path);
            if (reread.exists && !reread.ok) return this.fail(e, reread.error);
            continue;
          }
          this.mergeWith(e, next, result.current, result.currentRaw);
      }
    }
  }

  /** Folds in what was written elsewhere, keeping this window's changes; conflicts are reported. */
  private mergeWith(e: Entry, mine: Sidecar, theirs: Sidecar | undefined, theirsRaw: string | undefined): void {
    const { sidecar, conflicts } = mergeSidecars(e.baseSidecar, mine, theirs ?? { ...mine, annotations: [], deleted: undefined });
    e.sidecar = sidecar;
    e.anchored = anchorAll(e.document.getText(), sidecar.annotations);
    e.base = theirsRaw;
    e.baseSidecar = theirs;
    e.placedCache = undefined;
    this.emitter.fire(e.document.uri);
    if (conflicts.length) this.reportConflicts(e, conflicts);
  }

  private reportConflicts(e: Entry, conflicts: MergeConflict[]): void {
    this.lastConflicts = conflicts;
    for (const c of conflicts) {
      const what = c.kind === 'both-changed' ? 'was changed here and elsewhere; the newer version was kept' : 'was changed on one side and deleted on the other; the deletion was kept';
      this.log.warn(`Annotation ${c.id} in ${this.display(e.path)} ${what}. The other version was:\n${JSON.stringify(c.lost, null, 2)}`);
    }
    const n = conflicts.length;
    void vscode.window
      .showWarningMessage(
        `Policy Lens merged ${this.display(e.path)} with changes made elsewhere: ${n} annotation${n === 1 ? '' : 's'} had been changed on both sides. The newer change was kept; the other version is in the log.`,
        'Show Log',
      )
      .then((choice) => choice && this.log.show());
  }

  // ---- Events -------------------------------------------------------------------------------

  private onEdit(ev: vscode.TextDocumentChangeEvent): void {
    const e = this.entries.get(ev.document.uri.toString());
    if (!e || ev.contentChanges.length === 0 || e.anchored.length === 0) return;
    const changes = [...ev.contentChanges]
      .sort((a, b) => b.rangeOffset - a.rangeOffset)
      .map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    e.anchored = followEdits(() => ev.document.getText(), e.anchored, changes, now());
    e.placedCache = undefined;
    // Views and highlights catch up once typing pauses.
    const key = ev.document.uri.toString();
    const timer = this.editTimers.get(key);
    if (timer) clearTimeout(timer);
    this.editTimers.set(key, setTimeout(() => (this.editTimers.delete(key), this.emitter.fire(ev.document.uri)), EDIT_NOTIFY_MS));
  }

  private onSave(document: vscode.TextDocument): void {
    const e = this.entries.get(document.uri.toString());
    if (e && !e.error) void this.enqueue(e, () => this.write(e));
  }

  private onSidecarChanged(uri: vscode.Uri): void {
    for (const e of this.entries.values()) {
      if (e.path !== uri.fsPath) continue;
      void this.enqueue(e, async () => {
        const read = await readSidecarFile(e.path);
        const raw = read.exists ? read.raw : undefined;
        if (raw === e.base && !e.error) return; // our own write, or nothing new
        if (read.exists && !read.ok) return this.fail(e, read.error);
        if (e.dirty && !e.error) {
          this.mergeWith(e, sidecarForText(e.sidecar, e.document.getText(), e.anchored, now()), read.exists ? read.sidecar : undefined, raw);
          return this.write(e);
        }
        if (!read.exists) e.sidecar = emptySidecar(e.sidecar.article, e.sidecar.textHash);
        return this.load(e);
      });
    }
  }

  private async onRenamed(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file') continue;
      try {
        const location = this.location(newUri);
        const isFolder = (await fs.stat(newUri.fsPath)).isDirectory();
        const moved = isFolder ? await this.moveMirrorFolder(oldUri, newUri, location) : await moveSidecarFor(oldUri.fsPath, newUri.fsPath, location);
        if (moved) this.log.info(`Annotations moved along with ${this.display(newUri.fsPath)} to ${this.display(moved)}`);
      } catch (err) {
        const message = `Policy Lens could not move the annotations of ${basename(oldUri.path)} along with it: ${err instanceof Error ? err.message : String(err)}`;
        this.lastError = message;
        void vscode.window.showWarningMessage(message);
      }
      // The renamed article may already be open under its new name, read before the move.
      for (const e of this.entries.values()) {
        if (e.document.uri.toString() === newUri.toString() || isInside(newUri.fsPath, e.document.uri.fsPath)) {
          e.path = this.pathFor(e.document.uri);
          void this.enqueue(e, () => this.load(e));
        }
      }
    }
  }

  /** Folder mode: a renamed folder's mirror under the sidecar folder follows it. (Beside mode: sidecars move with the folder.) */
  private async moveMirrorFolder(oldUri: vscode.Uri, newUri: vscode.Uri, location: SidecarLocation): Promise<string | undefined> {
    if (location.mode !== 'folder') return undefined;
    const mirror = (p: string) => dirname(sidecarPathFor(`${p}/x`, location));
    const from = mirror(oldUri.fsPath);
    const to = mirror(newUri.fsPath);
    if (!(await fs.stat(from).then(() => true, () => false))) return undefined;
    if (await fs.stat(to).then(() => true, () => false)) throw new Error(`${this.display(to)} already exists`);
    await fs.mkdir(dirname(to), { recursive: true });
    await fs.rename(from, to);
    return to;
  }

  private display(path: string): string {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(path));
    return folder ? relative(folder.uri.fsPath, path) : path;
  }

  dispose(): void {
    for (const t of this.editTimers.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}
