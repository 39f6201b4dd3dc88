// Where a word sits: at the start of a sentence (capitalised for grammar, not because it is a
// name) or in a headline (capitalised everywhere).
import type { Span } from '../../model';

const OPENERS = /["'“‘(\[\u2014\u2013*•\-–—>#\s]/;
const HARD_BREAK = /[!?:;\n\r]/;

/** True when the word at `pos` opens a sentence, a line, a list item or follows a colon. */
export function isSentenceInitial(prose: string, pos: number, from: number, starts: ReadonlySet<number>): boolean {
  let q = pos - 1;
  while (q >= from && OPENERS.test(prose[q])) {
    if (prose[q] === '\n' || prose[q] === '\r') return true;
    q--;
  }
  if (q < from) return true;
  for (let p = q + 1; p <= pos; p++) if (starts.has(p)) return true;
  const c = prose[q];
  if (HARD_BREAK.test(c)) return true;
  // A full stop ends a sentence unless the splitter said otherwise ("U.S. President").
  return c === '.' && starts.size === 0 && !/(?:^|[^\p{L}])(?:\p{L}\.)+$|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|No|Gov|Lt|Col)\.$/u.test(prose.slice(Math.max(from, q - 6), q + 1));
}

export function inSpans(spans: readonly Span[] | undefined, pos: number): boolean {
  if (!spans) return false;
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}
