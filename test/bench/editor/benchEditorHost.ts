// The editor benchmark's half that runs inside a real VS Code extension host (loaded by the
// code-server harness as a test module exporting run()). It opens the ~1 MB documents named in
// POLICY_LENS_BENCH_FILES, times the first painted highlights and the full analysis, then types
// a sentence into the middle of one with an event-loop monitor running, once with Policy Lens
// on and once with it off, and prints the figures as one tagged JSON line for the driver.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PolicyLensApi } from '../../../src/extension';
import { BENCH_TAG, type HostFigures, type OpenFigures, type TypingFigures } from './figures';

const EXTENSION_ID = 'policy-lens.policy-lens';
// Typed a character at a time; it names entities, so it changes which entities blocks mention
// and exercises the document-level passes, not only the per-block cache.
const SENTENCE = 'The Treasury Department said new sanctions on Iran would follow. ';
const CHAR_MS = 40;
/** After each word, longer than the analysis debounce, so re-analyses run while typing goes on. */
const WORD_PAUSE_MS = 250;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Blocked stretches over this are listed beside a CPU profile, in the profile's clock (µs). */
const NOTED_STRETCH_MS = 30;
let notedStretches: [startUs: number, endUs: number][] = [];
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

/** With POLICY_LENS_BENCH_PROFILE=<dir>, a phase is CPU-profiled into <dir>/<name>.cpuprofile
 *  (open it in Chrome DevTools or VS Code) to find what blocks. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.POLICY_LENS_BENCH_PROFILE;
  if (!dir) return work();
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(join(dir, `${name}.stretches.json`), JSON.stringify(notedStretches));
    notedStretches = [];
    session.disconnect();
  }
}

function waitFor<T>(what: string, subscribe: (done: (v: T) => void) => vscode.Disposable, ms = 60000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = subscribe((v) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/** Records how long the event loop is blocked: a 1 ms interval notes every gap (the exact
 *  longest stretch), Node's delay histogram gives percentiles to compare with. */
function lagMonitor(): () => { maxMs: number; p99Ms: number; over50: number; histogramMaxMs: number; histogramP99Ms: number } {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const gaps: number[] = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    const gap = now - last;
    gaps.push(gap);
    last = now;
    if (gap > NOTED_STRETCH_MS) {
      const end = monotonicUs();
      notedStretches.push([end - gap * 1000, end]);
    }
  }, 1);
  histogram.enable();
  return () => {
    histogram.disable();
    clearInterval(ticker);
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      maxMs: sorted[sorted.length - 1] ?? 0,
      p99Ms: percentile(sorted, 99),
      over50: gaps.filter((g) => g > 50).length,
      histogramMaxMs: histogram.max / 1e6,
      histogramP99Ms: histogram.percentile(99) / 1e6,
    };
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Opens `uri` the way a click in the Explorer does (the workbench opens the editor, then
 *  tells the extension host about document and editor); resolves with the times, from `t0`,
 *  at which the extension host saw the document and a visible editor for it. */
async function openLikeAUser(uri: vscode.Uri, t0: number): Promise<{ document: vscode.TextDocument; openedMs: number; shownMs: number }> {
  const key = uri.toString();
  const opened = waitFor<[vscode.TextDocument, number]>('the document to open', (done) =>
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === key) done([d, performance.now() - t0]);
    }),
  );
  const shown = waitFor<number>('an editor to show the document', (done) =>
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      if (editors.some((e) => e.document.uri.toString() === key)) done(performance.now() - t0);
    }),
  );
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  const [[document, openedMs], shownMs] = await Promise.all([opened, shown]);
  return { document, openedMs, shownMs };
}

async function measureOpen(api: PolicyLensApi, file: string): Promise<OpenFigures> {
  const uri = vscode.Uri.file(file);
  const key = uri.toString();
  const stop = lagMonitor();
  const t0 = performance.now();
  let partialMs: number | undefined;
  const partialSub = api.analyses.onDidUpdate((u) => {
    if (u.partial && partialMs === undefined && u.document.uri.toString() === key) partialMs = performance.now() - t0;
  });
  const firstPaint = waitFor<number>('the first painted highlights', (done) =>
    api.decorations.onDidPaint((p) => {
      if (p.uri.toString() === key && p.count > 0) done(performance.now() - t0);
    }),
  );
  const full = waitFor<number>('the full analysis', (done) =>
    api.analyses.onDidUpdate((u) => {
      if (!u.partial && u.document.uri.toString() === key) done(performance.now() - t0);
    }),
  );
  const { document: doc, openedMs, shownMs } = await openLikeAUser(uri, t0);
  const [firstPaintMs, fullMs] = await Promise.all([firstPaint, full]);
  partialSub.dispose();
  const lag = stop();
  const analysis = api.analyses.get(doc);
  return {
    chars: doc.getText().length,
    lines: doc.lineCount,
    openedMs,
    shownMs,
    partialMs,
    firstPaintMs,
    fullMs,
    maxStretchMs: lag.maxMs,
    painted: api.decorations.painted.get(key) ?? 0,
    mentions: analysis?.mentions.length ?? 0,
    claims: analysis?.claims.filter((c) => c.type !== 'none').length ?? 0,
  };
}

/** Opening a document with Policy Lens off: what VS Code itself takes. */
async function measureShowOnly(file: string): Promise<{ openedMs: number; shownMs: number }> {
  const { openedMs, shownMs } = await openLikeAUser(vscode.Uri.file(file), performance.now());
  return { openedMs, shownMs };
}

/** Where a sentence can start in the middle of the document: after the first ". " there. */
function middleSentenceStart(doc: vscode.TextDocument): vscode.Position {
  const text = doc.getText();
  const at = text.indexOf('. ', Math.floor(text.length / 2));
  return doc.positionAt(at < 0 ? Math.floor(text.length / 2) : at + 2);
}

async function typeSentence(api: PolicyLensApi, editor: vscode.TextEditor, at: vscode.Position): Promise<TypingFigures> {
  const doc = editor.document;
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
  await sleep(500);
  let analyses = 0;
  const key = doc.uri.toString();
  const counter = api.analyses.onDidUpdate((u) => {
    if (u.document.uri.toString() === key) analyses++;
  });
  const stop = lagMonitor();
  const started = performance.now();
  let offset = doc.offsetAt(at);
  let edits = 0;
  const editMs: number[] = [];
  for (const ch of SENTENCE) {
    const t = performance.now();
    const pos = doc.positionAt(offset);
    const ok = await editor.edit((b) => b.insert(pos, ch), { undoStopBefore: false, undoStopAfter: false });
    editMs.push(performance.now() - t);
    if (!ok) throw new Error('the editor refused an edit');
    offset += ch.length;
    edits++;
    const wait = (ch === ' ' ? WORD_PAUSE_MS : CHAR_MS) - (performance.now() - t);
    if (wait > 0) await sleep(wait);
  }
  const typedMs = performance.now() - started;
  if (api.analyses.isEnabledFor(doc)) await api.analyses.whenAnalysed(doc);
  const settledMs = performance.now() - started;
  await sleep(300);
  const lag = stop();
  counter.dispose();
  return {
    chars: edits,
    typedMs,
    settledMs,
    maxStretchMs: lag.maxMs,
    p99StretchMs: lag.p99Ms,
    stretchesOver50: lag.over50,
    loopDelayMaxMs: lag.histogramMaxMs,
    loopDelayP99Ms: lag.histogramP99Ms,
    editRoundTripMedianMs: percentile([...editMs].sort((a, b) => a - b), 50),
    analyses,
  };
}

async function removeText(editor: vscode.TextEditor, at: vscode.Position, length: number): Promise<void> {
  const doc = editor.document;
  const start = doc.offsetAt(at);
  await editor.edit((b) => b.delete(new vscode.Range(at, doc.positionAt(start + length))));
}

export async function run(): Promise<void> {
  const files = (process.env.POLICY_LENS_BENCH_FILES ?? '').split('\n').filter(Boolean);
  if (files.length === 0) throw new Error('POLICY_LENS_BENCH_FILES names no documents');
  const ext = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded in this VS Code`);
  const config = () => vscode.workspace.getConfiguration('policyLens');
  await config().update('enable', true, vscode.ConfigurationTarget.Global);

  // Activation is timed on its own: the benchmark is about opening a document in a session
  // where Policy Lens already runs.
  let t = performance.now();
  const api = await ext.activate();
  const activationMs = performance.now() - t;

  const opens: OpenFigures[] = [];
  for (const [i, f] of files.entries()) opens.push(await profiled(`open-${i + 1}`, () => measureOpen(api, f)));

  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new Error('no active editor after opening the documents');
  const at = middleSentenceStart(editor.document);
  const withLens = await profiled('typing-on', () => typeSentence(api, editor, at));

  t = performance.now();
  await config().update('enable', false, vscode.ConfigurationTarget.Global);
  await removeText(editor, at, SENTENCE.length);
  const baseline = await profiled('typing-off', () => typeSentence(api, editor, at));
  const baselineOpens = [];
  for (const f of (process.env.POLICY_LENS_BENCH_BASELINE_FILES ?? '').split('\n').filter(Boolean)) baselineOpens.push(await measureShowOnly(f));
  await config().update('enable', true, vscode.ConfigurationTarget.Global);

  const figures: HostFigures = { vscode: vscode.version, activationMs, opens, baselineOpens, withLens, baseline, sentence: SENTENCE, charMs: CHAR_MS, wordPauseMs: WORD_PAUSE_MS };
  console.log(`${BENCH_TAG} ${JSON.stringify(figures)}`);
}
