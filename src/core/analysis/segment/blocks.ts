// From the lines of one paragraph to blocks: site-furniture lines become boilerplate blocks of
// their own, inline ad/template markers are split off, author bios are marked. Shared by the
// plain-text and Markdown splitters; in plain text it also finds list items and headings.
import type { Block, BlockKind, Span } from '../../model';
import { findMarkers, isBio, isBoilerplateLine, stripMarkers } from './boilerplate';
import { trimSpan } from './chars';
import { looksLikeHeadline } from './headline';
import { cutLongSpan } from './longBlocks';

export interface LineGroupOptions {
  /** Kind of the paragraph when nothing more specific is found. */
  kind: BlockKind;
  /** Plain text: recognise list markers and headline lines. */
  detectStructure: boolean;
  /** Offset of the document's first non-blank character (its first line may be a headline). */
  docFirst: number;
}

// "- item", "* item", "• item", "1. item", "2) item", "(a) item", "a) item"
const LIST_MARKER = /^(?:[-*•◦▪‣+–]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\))[ \t]+(?=\S)/;

/** Appends the blocks of one paragraph, given as trimmed line spans, to `out`; inline markers
 *  found go to `markers`. */
export function groupLines(text: string, lines: Span[], opts: LineGroupOptions, out: Block[], markers?: Span[]): void {
  let group: { kind: BlockKind; start: number; end: number } | undefined;
  const close = () => {
    if (group) emitPiece(text, group.start, group.end, group.kind, out, markers);
    group = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const { start, end } = lines[li];
    const line = text.slice(start, end);
    if (isBoilerplateLine(stripMarkers(line))) {
      if (group?.kind === 'boilerplate') group.end = end;
      else {
        close();
        group = { kind: 'boilerplate', start, end };
      }
      continue;
    }
    if (opts.detectStructure) {
      const marker = LIST_MARKER.exec(line);
      if (marker) {
        close();
        group = { kind: 'list-item', start: start + marker[0].length, end };
        continue;
      }
      const first = start === opts.docFirst;
      if ((lines.length === 1 || first) && looksLikeHeadline(stripMarkers(line).trim(), first, lines.length > 1)) {
        close();
        emitPiece(text, start, end, 'heading', out, markers);
        continue;
      }
    }
    if (group && group.kind !== 'boilerplate') group.end = end;
    else {
      close();
      group = { kind: opts.kind, start, end };
    }
  }
  close();
}

/** One block, or several when ad/template markers sit inside it ("{mosads}Currently, ..."). */
function emitPiece(text: string, start: number, end: number, kind: BlockKind, out: Block[], markers?: Span[]): void {
  let pos = start;
  for (const m of findMarkers(text, start, end)) {
    pushBlock(text, pos, m.start, kind, out);
    out.push({ start: m.start, end: m.end, kind: 'boilerplate', boilerplate: true });
    markers?.push(m);
    pos = m.end;
  }
  pushBlock(text, pos, end, kind, out);
}

function pushBlock(text: string, start: number, end: number, kind: BlockKind, out: Block[]): void {
  const t = trimSpan(text, start, end);
  if (!t) return;
  if (kind === 'boilerplate') {
    out.push({ start: t.start, end: t.end, kind, boilerplate: true });
    return;
  }
  const bio = kind === 'paragraph' && isBio(text.slice(t.start, t.end));
  let first = true;
  for (const piece of cutLongSpan(text, t.start, t.end)) {
    const p = trimSpan(text, piece.start, piece.end);
    if (!p) continue;
    // A literal, not a spread: V8 gives each spread object a map of its own, and the analyzer
    // touches every block on every edit.
    const block: Block = { start: p.start, end: p.end, kind, boilerplate: false };
    if (bio) block.bio = true;
    if (!first) block.continues = true;
    first = false;
    out.push(block);
  }
}

/** `b` moved by `delta`, as a new block: callers may still hold the old one. A literal, not a
 *  spread, so that blocks share a few V8 maps. */
export function movedBlock(b: Block, delta: number): Block {
  const moved: Block = { start: b.start + delta, end: b.end + delta, kind: b.kind, boilerplate: b.boilerplate };
  if (b.bio) moved.bio = true;
  if (b.continues) moved.continues = true;
  return moved;
}
