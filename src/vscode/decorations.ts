// Paints entities (tinted backgrounds), claims (underlines by type, overview ruler marks),
// reviewed claims (solid underline and gutter icon by verdict) and boilerplate (dimmed).
// Decoration types are created once; only visible editors are painted, and only the visible
// range with a margin, so a 300-page report costs no more than a page.
import * as vscode from 'vscode';
import type { Analysis, AnchoredAnnotation, Claim, ClaimType, EntityType, Span } from '../core/model';
import { CLAIM_TYPES, ENTITY_TYPES } from '../core/model';
import type { AnalysisService } from './analysisService';
import type { ReviewLookup } from './reviewLookup';
import { readSettings, type Settings } from './settings';
import { claimColorId, entityColorId, verdictColorId, verdictSlug, BOILERPLATE_COLOR, CLAIM_RULER_COLOR, VERDICT_SLUGS } from './colors';
import { claimReview, isRejected } from '../core/review/match';
import { inWindow } from '../core/analysis/lookup';

const MARGIN_LINES = 150;
/** Scrolling repaints only when the view comes this close to the edge of the painted lines. */
const SCROLL_SLACK_LINES = 50;

export class Decorations implements vscode.Disposable {
  private readonly entityTypes = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly claimTypes = new Map<ClaimType, vscode.TextEditorDecorationType>();
  private readonly verdictTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly gutterTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly boilerplate: vscode.TextEditorDecorationType;
  private readonly disposables: vscode.Disposable[] = [];
  private settings: Settings = readSettings();
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** What each editor was last painted with: analysis and painted lines. */
  private readonly paintedWith = new WeakMap<vscode.TextEditor, { analysis: Analysis | undefined; first: number; last: number }>();
  /** Count of ranges painted per editor in the last pass (tests, benchmarks). */
  readonly painted = new Map<string, number>();
  private readonly paintEmitter = new vscode.EventEmitter<{ uri: vscode.Uri; count: number }>();
  /** Fires after each paint pass (benchmarks time the first highlights with it). */
  readonly onDidPaint = this.paintEmitter.event;

  constructor(
    private readonly analyses: AnalysisService,
    private readonly reviews: ReviewLookup,
    extensionUri: vscode.Uri,
  ) {
    for (const t of ENTITY_TYPES) {
      this.entityTypes.set(t, vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(entityColorId(t)),
        borderRadius: '2px',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }));
    }
    for (const t of CLAIM_TYPES) {
      if (t === 'none') continue;
      const color = new vscode.ThemeColor(claimColorId(t));
      this.claimTypes.set(t, vscode.window.createTextEditorDecorationType({
        borderStyle: 'dashed',
        borderWidth: '0 0 1px 0',
        borderColor: color,
        overviewRulerColor: new vscode.ThemeColor(CLAIM_RULER_COLOR),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }));
    }
    for (const v of VERDICT_SLUGS) {
      const color = new vscode.ThemeColor(verdictColorId(v));
      this.verdictTypes.set(v, vscode.window.createTextEditorDecorationType({
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        borderColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }));
      this.gutterTypes.set(v, vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'gutter', `${gutterFile(v)}.svg`),
        gutterIconSize: '70%',
      }));
    }
    this.boilerplate = vscode.window.createTextEditorDecorationType({
      color: new vscode.ThemeColor(BOILERPLATE_COLOR),
      opacity: '0.6',
    });
    this.disposables.push(
      analyses.onDidUpdate((u) => this.repaintDocument(u.document, u.analysis)),
      reviews.onDidChange((uri) => this.repaintUri(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.repaintAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('policyLens')) return;
        this.settings = readSettings();
        this.repaintAll();
      }),
    );
  }

  repaintAll(): void {
    for (const e of vscode.window.visibleTextEditors) this.paint(e, this.analyses.latest(e.document));
  }

  private repaintDocument(document: vscode.TextDocument, analysis: Analysis): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document === document) this.paint(e, analysis);
  }

  private repaintUri(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.paint(e, this.analyses.latest(e.document));
  }

  private onScroll(editor: vscode.TextEditor): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => {
      const analysis = this.analyses.latest(editor.document);
      if (!this.stillCovered(editor, analysis)) this.paint(editor, analysis);
    }, 40);
  }

  /** Typing and small scrolls keep the view inside the painted margin: nothing to repaint. */
  private stillCovered(editor: vscode.TextEditor, analysis: Analysis | undefined): boolean {
    const was = this.paintedWith.get(editor);
    const ranges = editor.visibleRanges;
    if (!was || was.analysis !== analysis || ranges.length === 0) return false;
    const top = ranges[0].start.line;
    const bottom = ranges[ranges.length - 1].end.line;
    const lastLine = editor.document.lineCount - 1;
    return (was.first === 0 || top - was.first >= SCROLL_SLACK_LINES) && (was.last >= lastLine || was.last - bottom >= SCROLL_SLACK_LINES);
  }

  private paint(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const doc = editor.document;
    const off = !analysis || !this.analyses.isEnabledFor(doc);
    const lines = paintLines(editor);
    this.paintedWith.set(editor, { analysis, ...lines });
    const window = off ? { start: 0, end: 0 } : { start: doc.offsetAt(new vscode.Position(lines.first, 0)), end: doc.offsetAt(doc.lineAt(lines.last).range.end) };
    const within = <T extends Span>(items: readonly T[]) => inWindow(items, window);
    const toRange = (s: Span) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const placed = off ? [] : this.reviews.placed(doc.uri);
    let count = 0;

    const byEntity = new Map<EntityType, vscode.Range[]>();
    if (!off && this.settings.showEntities) {
      for (const m of within(analysis.mentions)) {
        if (!this.settings.entityTypes.includes(m.type) || isRejected(placed, m)) continue;
        push(byEntity, m.type, toRange(m));
      }
    }
    for (const [t, deco] of this.entityTypes) editor.setDecorations(deco, byEntity.get(t) ?? []);

    const byClaim = new Map<ClaimType, vscode.Range[]>();
    const byVerdict = new Map<string, vscode.Range[]>();
    const gutter = new Map<string, vscode.Range[]>();
    if (!off && this.settings.showClaims) {
      for (const c of within(analysis.claims)) {
        const review = claimReview(placed, c);
        if (review?.annotation.kind === 'rejected-suggestion') continue;
        if (review?.annotation.verdict) {
          const slug = verdictSlug(review.annotation.verdict);
          push(byVerdict, slug, toRange(c));
          push(gutter, slug, toRange({ start: c.start, end: c.start }));
          continue;
        }
        if (!this.visibleClaim(c)) continue;
        push(byClaim, c.type, toRange(c));
      }
    }
    for (const [t, deco] of this.claimTypes) editor.setDecorations(deco, byClaim.get(t) ?? []);
    for (const [v, deco] of this.verdictTypes) editor.setDecorations(deco, byVerdict.get(v) ?? []);
    for (const [v, deco] of this.gutterTypes) editor.setDecorations(deco, gutter.get(v) ?? []);

    const dim = off ? [] : within(analysis.blocks).filter((b) => b.boilerplate).map(toRange);
    editor.setDecorations(this.boilerplate, dim);
    for (const list of [byEntity, byClaim, byVerdict]) for (const r of list.values()) count += r.length;
    this.painted.set(doc.uri.toString(), count + dim.length);
    this.paintEmitter.fire({ uri: doc.uri, count: count + dim.length });
  }

  private visibleClaim(c: Claim): boolean {
    return c.type !== 'none' && this.settings.claimTypes.includes(c.type) && c.score >= this.settings.minScore;
  }

  dispose(): void {
    if (this.scrollTimer) clearTimeout(this.scrollTimer);
    this.disposables.forEach((d) => d.dispose());
    this.paintEmitter.dispose();
    for (const m of [this.entityTypes, this.claimTypes, this.verdictTypes, this.gutterTypes]) for (const d of m.values()) d.dispose();
    this.boilerplate.dispose();
  }
}

/** The visible lines plus a margin. */
function paintLines(editor: vscode.TextEditor): { first: number; last: number } {
  const ranges = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, 100, 0)];
  const first = Math.max(0, ranges[0].start.line - MARGIN_LINES);
  const last = Math.min(editor.document.lineCount - 1, ranges[ranges.length - 1].end.line + MARGIN_LINES);
  return { first, last };
}

function push<K>(map: Map<K, vscode.Range[]>, key: K, r: vscode.Range): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

function gutterFile(slug: string): string {
  return slug === 'partlySupported' ? 'partly' : slug === 'other' ? 'unreviewed' : slug;
}

export type { AnchoredAnnotation };
