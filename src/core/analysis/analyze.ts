// The analysis pipeline: text → blocks → sentences → entities → claims, then cheap
// document-level passes (contextual names, name memory, grouping).
//
// `IncrementalAnalyzer` keeps per-block results, so an edit re-analyses only the paragraphs it
// touched; untouched blocks are shifted, not recomputed. With an edit envelope (plain text)
// blocks are matched by position; otherwise by their text.
// `analyze()` is the cold, cache-free path (used by the CLI and to keep benchmarks honest).
import type { Analysis, Block, Claim, DocumentFormat, Mention, Sentence, Span } from '../model';
import { splitBlocks, splitSentences } from './segment';
import { markdownRegionSteps, newMarkdownRegionCache } from './segment/markdownRegions';
import { splitPlainBlocksInSteps } from './segment/plainText';
import { recognizePatterns, withDefinedAcronyms } from './entities';
import { classifySentence } from './claims';
import { buildIndex, builtinKnowledge, recognizeKnown, type KnowledgeIndex, type TypoMemo } from '../knowledge';
import { mergeMentions } from './mergeMentions';
import { MentionGroups, groupMentions } from './groupMentions';
import { shiftBlockResult, mentionSignature, type BlockResult } from './blockResult';
import { documentPasses, runDocumentPasses, type DocPassState } from './documentPasses';
import { drain, relay } from './steps';
import { movedBlock } from './segment/blocks';

export interface AnalyzeOptions {
  format: DocumentFormat;
  /** Defaults to the built-in knowledge base (indexed once per process). */
  knowledge?: KnowledgeIndex;
}

/** Where the text changed since the last analysis: old text [start, end) became
 *  end - start + delta characters. Build one from editor change events with `accumulateEdit`. */
export interface EditEnvelope {
  start: number;
  end: number;
  delta: number;
}

let defaultIndex: KnowledgeIndex | undefined;
export function defaultKnowledgeIndex(): KnowledgeIndex {
  defaultIndex ??= buildIndex(builtinKnowledge());
  return defaultIndex;
}

/** Cold analysis of a whole text, no cache.
 *  The objects in an Analysis are read-only for callers: an IncrementalAnalyzer reuses (and
 *  shifts) them in its next call, so keep only the latest Analysis of a document. */
export function analyze(text: string, options: AnalyzeOptions): Analysis {
  return new IncrementalAnalyzer(options).analyze(text);
}

export interface AnalysisStep {
  /** Present once: the analysis of the priority range alone, to paint it early. */
  partial?: Analysis;
  /** Share of blocks analysed so far, 0..1. */
  done: number;
}

/** Folds one change (offsets in the current text, as VS Code reports it) into an envelope
 *  whose offsets are in the text of the last analysis. Conservative: the envelope may grow
 *  beyond what really changed, never shrink. For several changes of one event, pass them in
 *  descending offset order. */
export function accumulateEdit(env: EditEnvelope | undefined, change: { start: number; end: number; length: number }): EditEnvelope {
  const delta = change.length - (change.end - change.start);
  if (!env) return { start: change.start, end: change.end, delta };
  const toOld = (pos: number, side: 'start' | 'end') => {
    if (pos < env.start) return pos;
    if (pos >= env.end + env.delta) return pos - env.delta;
    return side === 'start' ? env.start : env.end;
  };
  return {
    start: Math.min(env.start, toOld(change.start, 'start')),
    end: Math.max(env.end, toOld(change.end, 'end')),
    delta: env.delta + delta,
  };
}

export class IncrementalAnalyzer {
  private readonly format: DocumentFormat;
  private readonly index: KnowledgeIndex;
  private lastText: string | undefined;
  private lastBlocks: Block[] | undefined;
  private lastResults: BlockResult[] = [];
  private lastProse: string | undefined;
  private docState: DocPassState = {};
  private readonly grouping = new MentionGroups();
  private runs = 0;
  private readonly typos: TypoMemo = new Map();
  private readonly markdownRegions = newMarkdownRegionCache();
  /** Counters for tests and benchmarks: how much work the last call did. */
  lastStats = { blocks: 0, reanalysed: 0 };

  constructor(options: AnalyzeOptions) {
    this.format = options.format;
    this.index = options.knowledge ?? defaultKnowledgeIndex();
  }

  /** Analyse `text`. Pass `edit` (relative to the previously analysed text) to let plain
   *  text re-split only the region an edit touched; without it the whole text is re-split,
   *  which is still cheap next to the per-block work the cache saves. */
  analyze(text: string, edit?: EditEnvelope): Analysis {
    return drain(this.steps(text, edit));
  }

  /** The same work in slices, so an editor can yield between them on a long first analysis.
   *  Blocks overlapping `priority` (the visible range) are analysed first; the generator yields
   *  a partial Analysis of just those, then progress fractions, and returns the full Analysis. */
  *steps(text: string, edit?: EditEnvelope, priority?: Span, sliceBlocks = 200): Generator<AnalysisStep, Analysis> {
    // Splitting a long report (or parsing a long Markdown file) for the first time takes a
    // while too: it yields like the rest.
    const { prose, blocks, metadata, origin } = yield* relay(this.segmentSteps(text, edit), { done: 0 });
    const previous = this.lastResults;
    // Without edit information, find reusable blocks by their text (built only when needed).
    let byText: Map<string, number[]> | undefined;
    // Results taken over from the last call are stamped with this run's number (a Set of a
    // thousand results would cost more than the edit).
    const run = ++this.runs;
    let lastKeptIndex = -1;
    let reordered = false;
    const results: (BlockResult | undefined)[] = new Array(blocks.length);
    let reanalysed = 0;
    const visit = (i: number) => {
      const block = blocks[i];
      let result: BlockResult | undefined;
      // Previous results are found through the last completed run's blocks (`lastBlocks`, in
      // step with `previous`), never through the results' own offsets and indexes: a run
      // abandoned half-way has already moved those to a text that was never committed.
      let o = origin?.[i];
      if (o === undefined && previous.length > 0) {
        byText ??= indexByText(this.lastBlocks ?? [], this.lastProse);
        o = takeCached(byText, prose, block, this.lastBlocks ?? []);
      }
      if (o !== undefined && o >= 0) {
        const r = previous[o];
        const was = this.lastBlocks?.[o];
        if (r && was && r.keptIn !== run && sameFlags(was, block)) result = r;
      }
      if (result) {
        // Reused blocks must keep their order, or what a name refers to could change.
        if (o! < lastKeptIndex) reordered = true;
        lastKeptIndex = o!;
        shiftBlockResult(result, block, i);
        result.keptIn = run;
      } else {
        result = this.analyseBlock(prose, block, i);
        reanalysed++;
      }
      results[i] = result;
    };
    if (priority) {
      const first: BlockResult[] = [];
      for (let i = 0; i < blocks.length; i++) {
        if (blocks[i].end >= priority.start && blocks[i].start <= priority.end) {
          visit(i);
          first.push(results[i]!);
        }
      }
      yield { partial: partialAnalysis(this.format, metadata, prose, blocks, first), done: 0 };
    }
    let sinceYield = 0;
    for (let i = 0; i < blocks.length; i++) {
      if (results[i]) continue;
      visit(i);
      if (++sinceYield >= sliceBlocks) {
        sinceYield = 0;
        yield { done: i / blocks.length };
      }
    }
    // Document passes may reuse their context when the new blocks teach them what the
    // replaced ones did (same mention signatures, same order).
    const added = (results as BlockResult[]).filter((r) => r.keptIn !== run).map((r) => r.signature);
    const removed = previous.filter((r) => r.keptIn !== run).map((r) => r.signature);
    this.docState.unchangedContext = !reordered && previous.length > 0 && added.join('\u0003') === removed.join('\u0003');
    const done = results as BlockResult[];
    const mentions = yield* relay(documentPasses(prose, blocks, done, this.docState), { done: 1 });
    // From the passes' last step to here nothing yields: block results, document state and
    // grouping change together or not at all.
    const groups = this.grouping.groups(done.map((r) => r.final!));
    // Only now, at the end: an editor may abandon a run between steps and start again from
    // the last completed one.
    this.lastText = text;
    this.lastProse = prose;
    this.lastBlocks = blocks;
    this.lastResults = done;
    this.lastStats = { blocks: blocks.length, reanalysed };
    return { format: this.format, metadata, blocks, ...flatten(done), mentions, groups };
  }

  /** Prose and blocks. `origin[i]` is the index of the previous block that block i continues
   *  (-1: new text); without an origin list, blocks are matched by their text. */
  private *segmentSteps(text: string, edit?: EditEnvelope): Generator<void, { prose: string; blocks: Block[]; metadata: Analysis['metadata']; origin?: number[] }> {
    if (this.format === 'plaintext') {
      if (this.lastText !== undefined && this.lastBlocks && edit) {
        const r = resplitPlainText(text, this.lastText, this.lastBlocks, edit);
        if (r) return { prose: text, blocks: r.blocks, metadata: {}, origin: r.origin };
      }
      return { prose: text, blocks: yield* splitPlainBlocksInSteps(text), metadata: {} };
    }
    const seg = yield* markdownRegionSteps(text, this.markdownRegions);
    return { prose: seg.prose, blocks: seg.blocks, metadata: seg.metadata };
  }

  private analyseBlock(prose: string, block: Block, blockIndex: number): BlockResult {
    const sentences = splitSentences(prose, block, blockIndex);
    const starts = new Set<number>();
    const headlines: Span[] = [];
    for (const s of sentences) {
      starts.add(s.start);
      if (s.headline) headlines.push(s);
    }
    const mentions = block.boilerplate
      ? []
      : withDefinedAcronyms(
          prose,
          mergeMentions(recognizeKnown(prose, block.start, block.end, this.index, this.typos), recognizePatterns(prose, block.start, block.end, starts, headlines)),
          block.end,
        );
    const claims = sentences.map((s) => classifyInBlock(prose, s, block, mentions));
    return {
      base: block.start,
      blockIndex,
      block,
      sentences,
      mentions,
      claims,
      claimEntities: claims.map((c) => c.entities),
      signature: mentionSignature(mentions),
      keptIn: 0,
    };
  }
}

function classifyInBlock(prose: string, sentence: Sentence, block: Block, mentions: Mention[]): Claim {
  const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const claim = classifySentence(prose, sentence, inside);
  if (block.bio && claim.type !== 'none') {
    // An author bio describes the writer, not the article's argument.
    claim.flags = claim.flags.filter((f) => f !== claim.type);
    claim.type = 'none';
    claim.checkworthy = false;
    claim.reasons = [...claim.reasons, { kind: 'bio', detail: 'author bio: not a claim of the article' }];
  }
  return claim;
}

function sameFlags(a: Block, b: Block): boolean {
  return a.kind === b.kind && a.boilerplate === b.boilerplate && !!a.bio === !!b.bio && !!a.continues === !!b.continues && a.end - a.start === b.end - b.start;
}

// Indexes of the last run's blocks by their text. The key is the text alone, a slice of the prose
// (no string is built: a long Markdown file has a megabyte of them); flags are compared on a hit.
function indexByText(blocks: readonly Block[], prose: string | undefined): Map<string, number[]> {
  const map = new Map<string, number[]>();
  if (prose === undefined) return map;
  blocks.forEach((b, i) => {
    const key = prose.slice(b.start, b.end);
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  });
  return map;
}

function takeCached(cache: Map<string, number[]>, prose: string, block: Block, lastBlocks: readonly Block[]): number {
  const list = cache.get(prose.slice(block.start, block.end));
  if (!list) return -1;
  for (let k = list.length - 1; k >= 0; k--) {
    if (sameFlags(lastBlocks[list[k]], block)) return list.splice(k, 1)[0];
  }
  return -1;
}

/** Re-split only the paragraphs around the edit; blocks before are kept, blocks after shifted.
 *  Returns undefined when the envelope does not fit the texts (then a full split is used). */
function resplitPlainText(text: string, oldText: string, oldBlocks: Block[], edit: EditEnvelope): { blocks: Block[]; origin: number[] } | undefined {
  const { start, end, delta } = edit;
  if (text.length - oldText.length !== delta || oldBlocks.length === 0) return undefined;
  // One extra block on each side: an edit can merge or split paragraphs.
  let i = lowerBound(oldBlocks, start) - 1;
  let j = upperBound(oldBlocks, end);
  i = Math.max(0, i - 1);
  j = Math.min(oldBlocks.length - 1, j + 1);
  // Blocks split off within one line (an ad marker before its paragraph) and pieces of one long
  // paragraph go together.
  const together = (a: Block, b: Block) => !!b.continues || !oldText.slice(a.end, b.start).includes('\n');
  while (i > 0 && together(oldBlocks[i - 1], oldBlocks[i])) i--;
  while (j + 1 < oldBlocks.length && together(oldBlocks[j], oldBlocks[j + 1])) j++;
  const from = i <= 0 ? 0 : paragraphStart(text, oldBlocks[i].start);
  const to = j >= oldBlocks.length - 1 || j < 0 ? text.length : oldBlocks[j].end + delta;
  if (to < from) return undefined;
  const blocks: Block[] = oldBlocks.slice(0, Math.max(0, i));
  const origin: number[] = blocks.map((_, k) => k);
  // Paragraphs of the re-split region that the edit did not touch keep their results.
  const candidates = oldBlocks.slice(Math.max(0, i), j + 1).map((b, k) => ({ b, k: Math.max(0, i) + k }));
  for (const b of splitBlocks(text, 'plaintext', from, to)) {
    const same = candidates.findIndex(
      (c) => c.b.end - c.b.start === b.end - b.start && c.b.kind === b.kind && oldText.startsWith(text.slice(b.start, b.end), c.b.start),
    );
    blocks.push(b);
    origin.push(same >= 0 ? candidates.splice(same, 1)[0].k : -1);
  }
  // Copies: the old blocks must stay true to the old text until this run completes (an editor
  // may cancel it and start again from the old text).
  for (let k = j + 1; k < oldBlocks.length; k++) {
    blocks.push(movedBlock(oldBlocks[k], delta));
    origin.push(k);
  }
  return { blocks, origin };
}

/** Start of the line holding `offset`: block starts sit at line starts after a blank line or
 *  after a split-off marker, and re-splitting must begin on a line boundary. */
function paragraphStart(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

/** Index of the first block whose end >= offset. */
function lowerBound(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last block whose start <= offset. */
function upperBound(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Every block's sentences and claims in document order, in arrays sized once (they hold every
 *  sentence of a 300-page report and are rebuilt per edit). */
function flatten(results: readonly BlockResult[]): { sentences: Sentence[]; claims: Claim[] } {
  let count = 0;
  for (const r of results) count += r.sentences.length;
  const sentences: Sentence[] = new Array(count);
  const claims: Claim[] = new Array(count);
  let i = 0;
  for (const r of results) {
    for (let k = 0; k < r.sentences.length; k++, i++) {
      sentences[i] = r.sentences[k];
      claims[i] = r.claims[k];
    }
  }
  return { sentences, claims };
}

/** The analysis of some blocks alone (the visible range, painted before the rest is done). */
function partialAnalysis(format: DocumentFormat, metadata: Analysis['metadata'], prose: string, blocks: Block[], results: BlockResult[]): Analysis {
  const mentions = runDocumentPasses(prose, blocks, results, undefined);
  return { format, metadata, blocks, ...flatten(results), mentions, groups: groupMentions(mentions) };
}
