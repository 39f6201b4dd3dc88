// Plain text: one linear scan over lines; paragraphs are runs of non-blank lines.
import type { Block, Span } from '../../model';
import { groupLines } from './blocks';
import { isSpaceCode, trimSpan } from './chars';

/** Blocks of [from, to), which the caller has aligned to paragraph boundaries. */
export function splitPlainBlocks(text: string, from = 0, to = text.length, markers?: Span[]): Block[] {
  const out: Block[] = [];
  const opts = { kind: 'paragraph' as const, detectStructure: true, docFirst: firstNonBlank(text) };
  let para: Span[] = [];
  let pos = from;
  while (pos < to) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > to) nl = to;
    const line = trimSpan(text, pos, nl);
    if (line) para.push(line);
    else if (para.length) {
      groupLines(text, para, opts, out, markers);
      para = [];
    }
    pos = nl + 1;
  }
  if (para.length) groupLines(text, para, opts, out, markers);
  return out;
}

function firstNonBlank(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
