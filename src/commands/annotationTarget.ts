// What an annotation command acts on. Commands are run from the palette or the editor's context
// menu (the cursor and selection), from a hover card link (`uri, offset` of the hovered item),
// from the Annotations view (its node) or by a test or another extension with a programmatic
// input object, which answers the questions the command would otherwise ask.
import * as vscode from 'vscode';
import type { AnchoredAnnotation, Analysis, AnnotationKind, Claim, ClaimType, EntityType, Mention, Span } from '../core/model';
import { claimAt, mentionAt } from '../core/analysis/lookup';
import { claimReview } from '../core/review/match';
import type { AnalysisService } from '../vscode/analysisService';
import type { SidecarStore } from '../vscode/sidecarStore';

export interface AnnotationCommandContext {
  analyses: AnalysisService;
  store: SidecarStore;
}

/** Answers given up front instead of through quick picks and input boxes. */
export interface AnnotationInput {
  kind?: Exclude<AnnotationKind, 'rejected-suggestion'>;
  claimType?: ClaimType;
  entityType?: EntityType;
  canonical?: string;
  verdict?: string;
  note?: string;
  tags?: string[];
  /** The annotation to act on. */
  id?: string;
  /** Skip the confirmation of a deletion. */
  confirmed?: boolean;
  /** Which suggestion a hover card link means when an entity sits inside a claim. */
  on?: 'claim' | 'entity';
}

/** A node of the Annotations view, as VS Code hands it to context-menu commands. */
export interface AnnotationRef {
  uri: string;
  annotationId: string;
}

export interface Target {
  document: vscode.TextDocument;
  editor?: vscode.TextEditor;
  offset: number;
  /** An explicit range, or the editor's non-empty selection. */
  range?: Span;
  input: AnnotationInput;
  analysis?: Analysis;
}

function isRef(x: unknown): x is AnnotationRef {
  return typeof x === 'object' && x !== null && typeof (x as AnnotationRef).uri === 'string' && typeof (x as AnnotationRef).annotationId === 'string';
}

function isSpan(x: unknown): x is Span {
  return typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';
}

function say(message: string): undefined {
  void vscode.window.showInformationMessage(`Policy Lens: ${message}`);
  return undefined;
}

/**
 * Accepted argument lists: `()`, `(uri: vscode.Uri)` (editor context menu), `(node)` (the
 * Annotations view), `(uri: string, offset | {start, end}, input?)` (hover links, tests) and
 * `(input)`. `mutating` commands also check that the article can be annotated now.
 */
export async function resolveTarget(ctx: AnnotationCommandContext, args: unknown[], mutating = true): Promise<Target | undefined> {
  let [first, second, third] = args;
  let input: AnnotationInput = {};
  let uri: vscode.Uri | undefined;
  if (isRef(first)) {
    uri = vscode.Uri.parse(first.uri);
    input = { id: first.annotationId };
    first = undefined;
  } else if (first instanceof vscode.Uri) {
    uri = first;
  } else if (typeof first === 'string') {
    uri = vscode.Uri.parse(first);
  } else if (typeof first === 'object' && first !== null) {
    input = first as AnnotationInput;
    second = third = undefined;
  }
  if (typeof third === 'object' && third !== null) input = { ...input, ...(third as AnnotationInput) };

  const active = vscode.window.activeTextEditor;
  const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : active?.document;
  if (!document) return say(uri ? `${uri.fsPath} is not open.` : 'open a policy text first.');
  const editor = active?.document === document ? active : vscode.window.visibleTextEditors.find((e) => e.document === document);

  let offset: number;
  let range: Span | undefined;
  if (typeof second === 'number') offset = second;
  else if (isSpan(second)) {
    range = { start: second.start, end: second.end };
    offset = second.start;
  } else {
    offset = editor ? document.offsetAt(editor.selection.active) : 0;
  }
  if (!range && editor && typeof second !== 'number' && !editor.selection.isEmpty) {
    range = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
  }

  if (!(await ctx.store.ready(document)) || (mutating && ctx.store.problem(document))) {
    return say(ctx.store.problem(document) ?? 'this document cannot be annotated.');
  }
  const analysis = ctx.analyses.isEnabledFor(document) ? await ctx.analyses.whenAnalysed(document) : undefined;
  return { document, editor, offset, range, input, analysis };
}

/** The machine claim the target points at (not when a link named the entity). */
export function claimOf(t: Target): Claim | undefined {
  if (t.input.on === 'entity' || !t.analysis) return undefined;
  const c = claimAt(t.analysis, t.offset);
  return c && c.type !== 'none' ? c : undefined;
}

/** The entity mention the target points at (not when a link named the claim). */
export function mentionOf(t: Target): Mention | undefined {
  if (t.input.on === 'claim' || !t.analysis) return undefined;
  return mentionAt(t.analysis, t.offset)?.mention;
}

/**
 * The annotation the target points at: the one named by id; the review of the linked claim;
 * an annotation exactly on the linked mention; else the smallest one around the cursor.
 */
export function annotationOf(ctx: AnnotationCommandContext, t: Target, kinds?: readonly AnnotationKind[]): AnchoredAnnotation | undefined {
  const uri = t.document.uri;
  if (t.input.id) return ctx.store.find(uri, t.input.id);
  const placed = ctx.store.placed(uri).filter((a) => !kinds || kinds.includes(a.annotation.kind));
  if (t.input.on === 'claim') {
    const c = claimOf(t);
    return c ? claimReview(placed, c) : undefined;
  }
  if (t.input.on === 'entity') {
    const m = mentionOf(t);
    return m ? placed.find((a) => a.range!.start === m.start && a.range!.end === m.end) : undefined;
  }
  let best: AnchoredAnnotation | undefined;
  for (const a of placed) {
    const r = a.range!;
    if (r.start > t.offset || r.end < t.offset) continue;
    if (!best || r.end - r.start < best.range!.end - best.range!.start) best = a;
  }
  return best;
}

/**
 * The claim review to change at the target, creating one on the machine's claim sentence
 * (accepting the suggestion) or on the selection when there is none yet.
 */
export async function claimReviewAt(ctx: AnnotationCommandContext, t: Target, extra: { verdict?: string; note?: string } = {}): Promise<{ id: string; created: boolean } | undefined> {
  const claim = claimOf(t);
  const existing = annotationOf(ctx, t, t.input.id ? undefined : ['claim-review']) ?? (claim && !t.input.id ? claimReview(ctx.store.placed(t.document.uri), claim) : undefined);
  if (existing?.annotation.kind === 'claim-review' || (existing && t.input.id)) return { id: existing.annotation.id, created: false };
  const range = t.range ?? (claim && { start: claim.start, end: claim.end });
  if (!range) return say('put the cursor in a claim, or select the passage to review.');
  const created = await ctx.store.add(t.document, {
    kind: 'claim-review',
    range,
    origin: t.range ? 'reviewer' : 'suggestion',
    label: claim ? { claimType: claim.type } : undefined,
    ...extra,
  });
  return created && { id: created.id, created: true };
}
