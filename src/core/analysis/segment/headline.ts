// Does a line of plain text read as a headline or section heading? Short, starts with a
// capital or digit, no final sentence punctuation, and title-ish when it gets longer.

const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'vs', 'via', 'into', 'over', 'under', 'about', 'after', 'before', 'between', 'than', 'its', 'is',
]);

/** `line` is trimmed. The first line of a document may end in "?" or "!" ("A message for the US?").
 *  `runsOn`: the line is followed by more text in the same paragraph, so only a title-case line
 *  counts (a first line of running prose also lacks final punctuation). */
export function looksLikeHeadline(line: string, firstLine: boolean, runsOn = false): boolean {
  if (line.length < 2 || line.length > 150) return false;
  const first = line.replace(/^["'“‘([]+/, '');
  if (!/^[\p{Lu}\d]/u.test(first) || !/\p{L}/u.test(line)) return false;
  const last = line.replace(/["'”’)\]]+$/, '').slice(-1);
  if (!/[\p{L}\p{N}?!]/u.test(last)) return false;
  if ((last === '?' || last === '!') && !firstLine) return false;
  const words = line.split(/\s+/);
  if (words.length > 20) return false;
  if (!runsOn && (words.length <= 8 || firstLine)) return true;
  // A longer line without final punctuation is a heading only in title case (strictly so when
  // prose follows on the next line).
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\d]+/u, '');
    if (!bare || SMALL_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\d]/u.test(bare)) capitalised++;
  }
  return capitalised >= content * (runsOn ? 0.8 : 0.6);
}
