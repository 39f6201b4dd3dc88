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
import { drain } from './steps';

export interface DocPassState {
  /** Set by the analyzer: the signatures of this run's new blocks equal those of the blocks
   *  they replaced, in order. */
  unchangedContext?: boolean;
  context?: DocumentContext;
  memory?: NameMemory;
}

/** Returns the document's final mentions. With `state`, results are stored per block and
 *  reused when possible; without it (a partial analysis), nothing is stored. A generator: the
 *  whole-document passes over a long report take tens of milliseconds each, so it yields between
 *  them for an editor to breathe, and writes nothing until the last step (a run abandoned
 *  between steps leaves the passes' results as they were; offsets moved by the analyser are
 *  tracked by each result's `base`). */
export function* documentPasses(prose: string, blocks: Block[], results: BlockResult[], state: DocPassState | undefined): Generator<void, Mention[]> {
  const skip = blocks.filter((b) => b.boilerplate);
  const reusable = state?.unchangedContext && state.context && state.memory && results.every((r) => r.final || !r.contextual);
  if (!state || !reusable) {
    const raw: Mention[] = [];
    for (const r of results) for (const m of r.mentions) raw.push(m);
    const context = documentContext(raw);
    const contextual = resolveContextual(prose, raw, undefined, context);
    if (state) yield;
    const memory = buildNameMemory(contextual);
    if (state) yield;
    const final = applyNameMemory(prose, contextual, skip, undefined, memory);
    if (!state) return final;
    yield;
    const perBlockContextual = distribute(contextual, results);
    const perBlockFinal = distribute(final, results);
    results.forEach((r, i) => {
      r.contextual = perBlockContextual[i];
      // Blocks whose mentions come out as before keep their list (and its objects), so that
      // grouping and offset shifting can tell nothing changed there.
      if (!r.final || !sameMentions(r.final, perBlockFinal[i])) {
        r.final = perBlockFinal[i];
        linkLateMentions(r);
      }
      r.late = undefined;
    });
    Object.assign(state, { context, memory });
    return results.some((r, i) => r.final !== perBlockFinal[i]) ? results.flatMap((r) => r.final!) : final;
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

/** Runs the passes to the end in one go. */
export function runDocumentPasses(prose: string, blocks: Block[], results: BlockResult[], state: DocPassState | undefined): Mention[] {
  return drain(documentPasses(prose, blocks, results, state));
}

/** Equal as a reader sees them: same spans, entities and reasons. */
function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.start !== y.start || x.end !== y.end || x.type !== y.type || x.canonical !== y.canonical || x.entityId !== y.entityId) return false;
    if (x.confidence !== y.confidence || !!x.metonym !== !!y.metonym || x.fuzzyDistance !== y.fuzzyDistance || x.reasons.length !== y.reasons.length) return false;
    for (let k = 0; k < x.reasons.length; k++) if (x.reasons[k].kind !== y.reasons[k].kind || x.reasons[k].detail !== y.reasons[k].detail) return false;
  }
  return true;
}

function within(list: Mention[], range: Span): Mention[] {
  return list.filter((m) => m.start >= range.start && m.start < range.end);
}

/** Each block's share of `mentions`: those starting in it (or in the gap after it). */
function distribute(mentions: Mention[], results: BlockResult[]): Mention[][] {
  const out: Mention[][] = results.map(() => []);
  let k = 0;
  for (const m of mentions) {
    while (k + 1 < results.length && results[k + 1].block.start <= m.start) k++;
    out[k]?.push(m);
  }
  return out;
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
