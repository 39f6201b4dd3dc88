// Keeps an up-to-date Analysis for every open policy text, off the keystroke path:
// edits are folded into one envelope and analysed after a debounce, incrementally; a long
// first analysis runs in slices (visible range first) with progress in the status bar.
import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import { IncrementalAnalyzer, accumulateEdit, type EditEnvelope, type AnalysisStep } from '../core/analysis/analyze';
import { formatFor } from '../core/analysis/segment';
import type { KnowledgeIndex } from '../core/knowledge';
import { readSettings, type Settings } from './settings';

export interface AnalysisUpdate {
  document: vscode.TextDocument;
  analysis: Analysis;
  /** True for an early analysis of the visible range only. */
  partial: boolean;
}

interface DocState {
  analyzer: IncrementalAnalyzer;
  analysis?: Analysis;
  /** The visible-range analysis of a first run still in progress, for painting. */
  partial?: Analysis;
  /** Version the analysis belongs to. */
  version: number;
  edit?: EditEnvelope;
  timer?: ReturnType<typeof setTimeout>;
  running?: { cancelled: boolean; edit?: EditEnvelope; version: number };
  /** Time the last incremental run spent on the event loop, to pace the next ones. */
  lastBusyMs: number;
  /** Analysed, with the update event still to fire. */
  announcing?: boolean;
  waiters: (() => void)[];
}

const SLICE_MS = 12;
/** Blocks per analyser step: a step cannot be interrupted, and one paragraph of a long
 *  report can take tens of milliseconds, so hand control back after each. */
const SLICE_BLOCKS = 1;
/** While typing in a document whose analysis is slow, wait a few times its cost between
 *  analyses (up to this), so that analysis takes a small share of the extension host. */
const MAX_DEBOUNCE_MS = 1500;
const DEBOUNCE_PER_BUSY_MS = 3;
/** Without a visible editor yet (a document being opened), the top of it is what will show. */
const OPENING_LINES = 60;
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'debug', 'walkThroughSnippet', 'comment']);

export class AnalysisService implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly declined = new Set<string>();
  private readonly approved = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<AnalysisUpdate>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  readonly onDidUpdate = this.emitter.event;
  private settings: Settings = readSettings();

  constructor(
    private knowledge: () => KnowledgeIndex,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.schedule(e.document, 0))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('policyLens')) return;
        // Display settings (types, minimum score, toggles) are applied where they are drawn;
        // re-analysing for them would make a long report's highlights blink out for seconds.
        const analysisChanged =
          e.affectsConfiguration('policyLens.enable') || e.affectsConfiguration('policyLens.languages') || e.affectsConfiguration('policyLens.analysis.maxSizeKB');
        if (analysisChanged) this.refreshAll();
        else this.settings = readSettings();
      }),
    );
  }

  /** Analyse what is open now: visible editors first. */
  start(): void {
    for (const e of vscode.window.visibleTextEditors) this.schedule(e.document, 0);
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  isEnabledFor(document: vscode.TextDocument): boolean {
    return this.settings.enable && !IGNORED_SCHEMES.has(document.uri.scheme) && this.settings.languages[document.languageId] === true;
  }

  get(document: vscode.TextDocument | vscode.Uri): Analysis | undefined {
    const uri = 'uri' in document ? document.uri : document;
    return this.states.get(uri.toString())?.analysis;
  }

  /** What can be painted now: the full analysis, or during a long first one, its visible part. */
  latest(document: vscode.TextDocument): Analysis | undefined {
    const state = this.states.get(document.uri.toString());
    return state?.analysis ?? state?.partial;
  }

  /** Resolves once the document's current version is fully analysed (tests, commands). */
  async whenAnalysed(document: vscode.TextDocument, timeoutMs = 20000): Promise<Analysis | undefined> {
    if (!this.isEnabledFor(document)) return undefined;
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state || state.version !== document.version || state.timer || state.running || state.announcing) {
      if (!state || (!state.timer && !state.running)) this.schedule(document, 0);
      state = this.states.get(key);
      if (!state) return undefined;
      const s = state;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, timeoutMs);
        s.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
    return this.states.get(key)?.analysis;
  }

  /** Knowledge or settings changed: start every document over. */
  refreshAll(): void {
    this.settings = readSettings();
    for (const [key, state] of this.states) {
      if (state.running) state.running.cancelled = true;
      if (state.timer) clearTimeout(state.timer);
      this.states.delete(key);
      state.waiters.forEach((w) => w());
    }
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const d of visible) this.schedule(d, 0);
    for (const d of vscode.workspace.textDocuments) if (!visible.has(d)) this.schedule(d, 0);
  }

  setKnowledge(knowledge: () => KnowledgeIndex): void {
    this.knowledge = knowledge;
    this.refreshAll();
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    // One event's changes all refer to the text before it: fold them from the end backwards.
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const c of changes) {
      state.edit = accumulateEdit(state.edit, { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, length: c.text.length });
    }
    state.partial = undefined;
    const paced = Math.min(MAX_DEBOUNCE_MS, DEBOUNCE_PER_BUSY_MS * state.lastBusyMs);
    this.schedule(e.document, Math.max(this.settings.debounceMs, paced));
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!this.isEnabledFor(document)) return;
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      if (!this.allowedBySize(document)) return;
      state = {
        analyzer: new IncrementalAnalyzer({ format: formatFor(document.languageId === 'policy-text' ? document.fileName : document.languageId), knowledge: this.knowledge() }),
        version: -1,
        lastBusyMs: 0,
        waiters: [],
      };
      this.states.set(key, state);
    } else if (state.running ? state.running.version === document.version : state.version === document.version) {
      // Up to date, or being analysed at this version: restarting would throw the work away.
      return;
    }
    if (state.timer) clearTimeout(state.timer);
    const s = state;
    s.timer = setTimeout(() => {
      s.timer = undefined;
      this.run(document, s);
    }, delay);
  }

  private run(document: vscode.TextDocument, state: DocState): void {
    if (document.isClosed) return;
    // Edits made while this run works go into a fresh envelope, relative to the text it analyses.
    let edit = state.edit;
    state.edit = undefined;
    if (state.running) {
      state.running.cancelled = true;
      // Without an envelope for the cancelled run, only a full re-split is safe.
      edit = state.running.edit ? composeEdits(state.running.edit, edit) : undefined;
    }
    const key = document.uri.toString();
    const version = document.version;
    const token = { cancelled: false, edit, version };
    state.running = token;
    const text = document.getText();
    if (looksBinary(text)) {
      this.log.info(`Skipping ${document.uri.fsPath}: it looks like binary data.`);
      state.running = undefined;
      this.forget(document.uri);
      return;
    }
    const cold = !state.analysis;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const visible = editor?.visibleRanges[0] ?? new vscode.Range(0, 0, Math.min(OPENING_LINES, document.lineCount - 1), 0);
    const priority = cold ? { start: document.offsetAt(visible.start), end: document.offsetAt(visible.end) } : undefined;
    const steps = state.analyzer.steps(text, edit, priority, SLICE_BLOCKS);
    const started = Date.now();
    let busyMs = 0;

    const finish = (analysis: Analysis) => {
      state.running = undefined;
      state.analysis = analysis;
      state.partial = undefined;
      state.version = version;
      if (cold) this.log.info(`Analysed ${document.uri.fsPath || document.uri.toString()} in ${Date.now() - started} ms (${busyMs} ms of it busy)`);
      else state.lastBusyMs = busyMs;
      // Listeners (painting, views) get a task of their own: after the analysis's last step in
      // the same task, the two together would block the extension host for longer.
      state.announcing = true;
      setTimeout(() => {
        state.announcing = false;
        if (this.states.get(key) !== state) return;
        this.emitter.fire({ document, analysis, partial: false });
        const waiters = state.waiters.splice(0);
        if (document.version === version) waiters.forEach((w) => w());
        else {
          state.waiters.push(...waiters);
          this.schedule(document, 0);
        }
      }, 0);
    };
    const slice = (): IteratorResult<AnalysisStep, Analysis> | undefined => {
      const from = Date.now();
      const until = from + SLICE_MS;
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) return r;
          if (r.value.partial && !token.cancelled) {
            state.partial = r.value.partial;
            this.emitter.fire({ document, analysis: r.value.partial, partial: true });
            return r;
          }
          if (Date.now() >= until) return r;
        }
      } finally {
        busyMs += Date.now() - from;
      }
    };
    const first = slice();
    if (first?.done) return finish(first.value);
    // Long work: keep slicing with the event loop free in between, and show progress.
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Policy Lens: analysing' }, (progress) =>
      new Promise<void>((resolve) => {
        const tick = () => {
          if (token.cancelled || document.isClosed) return resolve();
          let r: IteratorResult<AnalysisStep, Analysis> | undefined;
          try {
            r = slice();
          } catch (e) {
            this.log.error(`Analysis of ${document.uri.toString()} failed: ${e instanceof Error ? e.stack : String(e)}`);
            state.running = undefined;
            return resolve();
          }
          if (r?.done) {
            finish(r.value);
            return resolve();
          }
          if (r && !r.done) progress.report({ message: `${Math.round(r.value.done * 100)}%` });
          setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
      }),
    );
  }

  private allowedBySize(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const limit = this.settings.maxSizeKB * 1024;
    const size = document.getText().length;
    if (size <= limit || this.approved.has(key)) return true;
    if (this.declined.has(key)) return false;
    this.declined.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    void vscode.window
      .showInformationMessage(
        `Policy Lens: ${name} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${this.settings.maxSizeKB} KB limit (policyLens.analysis.maxSizeKB). Analyse it anyway?`,
        'Analyse',
        'Not Now',
      )
      .then((choice) => {
        if (choice !== 'Analyse') return;
        this.declined.delete(key);
        this.approved.add(key);
        this.schedule(document, 0);
      });
    return false;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (!state) return;
    if (state.running) state.running.cancelled = true;
    if (state.timer) clearTimeout(state.timer);
    this.states.delete(key);
    state.waiters.forEach((w) => w());
  }

  dispose(): void {
    for (const s of this.states.values()) {
      if (s.timer) clearTimeout(s.timer);
      if (s.running) s.running.cancelled = true;
    }
    this.states.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** `b` happened after `a`: one envelope relative to the text before `a`. */
function composeEdits(a: EditEnvelope | undefined, b: EditEnvelope | undefined): EditEnvelope | undefined {
  if (!a || !b) return a ?? b;
  return accumulateEdit(a, { start: b.start, end: b.end, length: b.end - b.start + b.delta });
}

function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
