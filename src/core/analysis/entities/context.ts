// Where a word sits: at the start of a sentence (capitalised for grammar, not because it is a
// name) or in a headline (capitalised everywhere).
import type { Span } from '../../model';

const OPENERS = '"\'“‘([*•#>-–— \t\u00a0';
const HARD_BREAKS = '!?:;\n\r';
const ABBREVIATED = /(?:^|[^A-Za-z])(?:[A-Za-z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|No|Gov|Lt|Col)\.$/;

/** True when the word at `pos` opens a sentence, a line or a list item, or follows a colon. */
export function isSentenceInitial(prose: string, pos: number, from: number, starts: ReadonlySet<number>): boolean {
  if (starts.has(pos)) return true;
  let q = pos - 1;
  while (q >= from && OPENERS.includes(prose[q])) {
    if (starts.has(q)) return true;
    q--;
  }
  if (q < from) return true;
  const c = prose[q];
  if (HARD_BREAKS.includes(c)) return true;
  // A full stop ends a sentence unless the splitter said otherwise ("U.S. President"); without
  // a splitter, unless it ends an abbreviation or initials.
  return c === '.' && starts.size === 0 && !ABBREVIATED.test(prose.slice(Math.max(from, q - 6), q + 1));
}

export function inSpans(spans: readonly Span[] | undefined, pos: number): boolean {
  if (!spans) return false;
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}
