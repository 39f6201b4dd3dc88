// Builds the prose view of a source text: blank (spaces, line breaks kept) except the ranges
// revealed as prose.
import type { Span } from '../../model';

interface Piece extends Span {
  value: string;
}

export class Reveal {
  private readonly pieces: Piece[] = [];

  constructor(private readonly source: string) {}

  /** Reveal source[start, end), whose parsed value is `value`. Where they differ (a blockquote's
   *  "> " on continuation lines, a backslash escape, indentation), only the characters that
   *  match the value in order are kept. */
  add(start: number, end: number, value: string): void {
    this.pieces.push({ start, end, value });
  }

  build(): string {
    const src = this.source;
    const parts: string[] = [];
    let pos = 0;
    this.pieces.sort((a, b) => a.start - b.start);
    for (const p of this.pieces) {
      if (p.start < pos) continue;
      parts.push(blank(src.slice(pos, p.start)));
      const raw = src.slice(p.start, p.end);
      parts.push(raw === p.value ? raw : align(raw, p.value));
      pos = p.end;
    }
    parts.push(blank(src.slice(pos)));
    return parts.join('');
  }
}

function align(raw: string, value: string): string {
  let out = '';
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (j < value.length && ch === value[j]) {
      out += ch;
      j++;
    } else out += ch === '\n' || ch === '\r' ? ch : ' ';
  }
  return out;
}

export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** `s` with the given ranges blanked. */
export function blankRanges(s: string, ranges: Span[]): string {
  if (ranges.length === 0) return s;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const r of sorted) {
    if (r.start < pos) continue;
    parts.push(s.slice(pos, r.start), blank(s.slice(r.start, r.end)));
    pos = r.end;
  }
  parts.push(s.slice(pos));
  return parts.join('');
}
