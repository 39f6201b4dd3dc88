// What the pipeline caches per block, and how a cached result follows its block when the text
// before it changes length.
import type { Block, Claim, Mention, Sentence } from '../model';

export interface BlockResult {
  /** Block start when these offsets were last correct. */
  base: number;
  blockIndex: number;
  block: Block;
  sentences: Sentence[];
  /** Mentions found in the block alone (knowledge base + patterns). */
  mentions: Mention[];
  claims: Claim[];
  /** Each claim's entities as the block alone found them; document passes add to copies. */
  claimEntities: string[][];
  /** What document-level passes can learn from this block (see mentionSignature). */
  signature: string;
  /** Mentions after the contextual pass, then after name memory, when computed for the whole
   *  document. Undefined until then, or when the document context changed. */
  contextual?: Mention[];
  final?: Mention[];
  /** `mentions` as a set, made on first need. */
  rawSet?: Set<Mention>;
  /** The mentions of `contextual` and `final` that are not in `mentions`, each once: what a
   *  shift must move besides `mentions`. Made on first need; cleared when those lists change. */
  late?: Mention[];
  /** The analyzer run that last took this result over from the run before. */
  keptIn?: number;
}

/** The part of a block's mentions that document-level passes depend on: which entities, of
 *  which type, with which names. Two blocks with equal signatures teach the passes the same. */
export function mentionSignature(mentions: readonly Mention[]): string {
  let s = '';
  for (const m of mentions) s += `${m.type}\u0001${m.canonical}\u0001${m.entityId ?? ''}\u0001${m.reasons.map((r) => r.kind).join(',')}\u0002`;
  return s;
}

/** Moves a cached result to `block` in place (offsets and block index). Cheap: integer adds. */
export function shiftBlockResult(result: BlockResult, block: Block, blockIndex: number): void {
  const delta = block.start - result.base;
  result.block = block;
  if (result.blockIndex !== blockIndex) {
    for (const s of result.sentences) s.block = blockIndex;
    result.blockIndex = blockIndex;
  }
  if (delta === 0) return;
  result.base = block.start;
  for (const s of result.sentences) {
    s.start += delta;
    s.end += delta;
  }
  for (const m of result.mentions) {
    m.start += delta;
    m.end += delta;
  }
  for (const m of (result.late ??= lateMentions(result))) {
    m.start += delta;
    m.end += delta;
  }
  for (const c of result.claims) {
    c.start += delta;
    c.end += delta;
    for (const h of c.hedges) {
      h.start += delta;
      h.end += delta;
    }
    const a = c.attribution;
    if (a) {
      a.speaker.start += delta;
      a.speaker.end += delta;
      if (a.cue) {
        a.cue.start += delta;
        a.cue.end += delta;
      }
      if (a.quote) {
        a.quote.start += delta;
        a.quote.end += delta;
      }
    }
  }
}

function lateMentions(result: BlockResult): Mention[] {
  if (!result.contextual && !result.final) return [];
  // Document passes keep some mention objects and add others: list each added object once.
  const raw = (result.rawSet ??= new Set(result.mentions));
  const late = new Set<Mention>();
  for (const list of [result.contextual, result.final]) for (const m of list ?? []) if (!raw.has(m)) late.add(m);
  return [...late];
}
