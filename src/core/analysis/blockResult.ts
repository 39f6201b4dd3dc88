// What the pipeline caches per block, and how a cached result follows its block when the text
// before it changes length.
import type { Block, Claim, Mention, Sentence } from '../model';

export interface BlockResult {
  /** Block start when these offsets were last correct. */
  base: number;
  blockIndex: number;
  sentences: Sentence[];
  mentions: Mention[];
  claims: Claim[];
}

/** Moves a cached result to `block` in place (offsets and block index). Cheap: integer adds. */
export function shiftBlockResult(result: BlockResult, block: Block, blockIndex: number): void {
  const delta = block.start - result.base;
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
