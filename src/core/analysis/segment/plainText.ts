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

/** A blank line: where a paragraph ends and splitting can pause. */
const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/g;

/** All blocks of `text`, as `splitPlainBlocks` finds them, split in pieces of about `chunk`
 *  characters cut at blank lines; yields between pieces so that a first analysis of a long
 *  report can hand control back. */
export function* splitPlainBlocksInSteps(text: string, chunk = 1 << 16): Generator<void, Block[]> {
  const out: Block[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > chunk) {
      BLANK_LINE.lastIndex = from + chunk;
      const blank = BLANK_LINE.exec(text);
      if (blank) to = blank.index + 1;
    }
    for (const b of splitPlainBlocks(text, from, to)) out.push(b);
    from = to;
    if (from < text.length) yield;
  }
  return out;
}
