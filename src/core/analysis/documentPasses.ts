// Document-level passes: short names confirmed by the rest of the text and "the North" in a
// text about Korea (resolveContextual), then name memory ("Maxwell" after "David Maxwell").
//
// They depend on the whole document, but only through which entities its blocks mention. So
// when an edit leaves the blocks' mention signatures as they were, the passes re-run only over
// the re-analysed blocks, with the document context of the last full run, and every other
// block keeps its earlier result.
import type { Block, Claim, Mention, Span } from '../model';
import { documentContext, resolveContextual, type DocumentContext } from '../knowledge';
import { applyNameMemory, buildNameMemory, type NameMemory } from './entities';
import type { BlockResult } from './blockResult';
import { indexAt } from './lookup';

export interface DocPassState {
  /** Set by the analyzer: the signatures of this run's new blocks equal those of the blocks
   *  they replaced, in order. */
  unchangedContext?: boolean;
  context?: DocumentContext;
  memory?: NameMemory;
}

/** Returns the document's final mentions. With `state`, results are stored per block and
 *  reused when possible; without it (a partial analysis), nothing is stored. */
export function runDocumentPasses(prose: string, blocks: Block[], results: BlockResult[], state: DocPassState | undefined): Mention[] {
  const skip = blocks.filter((b) => b.boilerplate);
  const reusable = state?.unchangedContext && state.context && state.memory && results.every((r) => r.final || !r.contextual);
  if (!state || !reusable) {
    const raw: Mention[] = [];
    for (const r of results) for (const m of r.mentions) raw.push(m);
    const context = documentContext(raw);
    const contextual = resolveContextual(prose, raw, undefined, context);
    const memory = buildNameMemory(contextual);
    const final = applyNameMemory(prose, contextual, skip, undefined, memory);
    if (!state) return final;
    distribute(contextual, results, 'contextual');
    distribute(final, results, 'final');
    for (const r of results) linkLateMentions(r);
    Object.assign(state, { context, memory });
    return final;
  }
  const final: Mention[] = [];
  for (const r of results) {
    if (!r.final) {
      const range: Span = { start: r.block.start, end: r.block.end };
      r.contextual = within(resolveContextual(prose, r.mentions, range, state.context), range);
      r.final = within(applyNameMemory(prose, r.contextual, skip, range, state.memory), range);
      r.late = undefined;
      linkLateMentions(r);
    }
    for (const m of r.final) final.push(m);
  }
  return final;
}

function within(list: Mention[], range: Span): Mention[] {
  return list.filter((m) => m.start >= range.start && m.start < range.end);
}

/** Hands each mention to the block it starts in (or the nearest block before it). */
function distribute(mentions: Mention[], results: BlockResult[], field: 'contextual' | 'final'): void {
  for (const r of results) {
    r[field] = [];
    r.late = undefined;
  }
  let k = 0;
  for (const m of mentions) {
    while (k + 1 < results.length && results[k + 1].block.start <= m.start) k++;
    results[k]?.[field]!.push(m);
  }
}

/** Mentions that document passes found were not known when the block's claims were
 *  classified: add their entities to those claims. Linear in the block's mentions. */
function linkLateMentions(r: BlockResult): void {
  const known = (r.rawSet ??= new Set(r.mentions));
  const late = (r.final ?? []).filter((m) => !known.has(m));
  // Start from what the block alone found; additions copy, so the base lists stay as they were.
  r.claims.forEach((c: Claim, i) => (c.entities = r.claimEntities[i]));
  for (const m of late) {
    const i = indexAt(r.claims, m.start, false);
    if (i < 0) continue;
    const c = r.claims[i];
    if (m.end > c.end || c.entities.includes(m.canonical)) continue;
    c.entities = [...c.entities, m.canonical];
  }
}
