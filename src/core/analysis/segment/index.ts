// Segmentation: text → prose view, blocks (paragraphs, headings, list items, boilerplate),
// sentences and tokens, all with UTF-16 offsets into the exact source text.
import type { ArticleMetadata, Block, DocumentFormat, Sentence, Span } from '../../model';
import { segmentMarkdown } from './markdown';
import { splitPlainBlocks } from './plainText';
import { blankRanges } from './reveal';
import { splitSentences } from './sentences';

export { splitSentences } from './sentences';
export { tokenize, type Token } from './tokenize';
export { formatFor } from './format';

export interface Segmentation {
  format: DocumentFormat;
  /** From Markdown front matter (title, author, date, url); {} for plain text. */
  metadata: ArticleMetadata;
  /** Same length as the input; characters that are not prose (Markdown syntax, code, inline
   *  code, link URLs, HTML, front matter, ad/template markers) replaced by spaces, line breaks
   *  kept, so every offset maps 1:1 to the source. For plain text mostly === text. */
  prose: string;
  /** Document order. */
  blocks: Block[];
  /** Document order; `block` indexes `blocks`. Sentence text is taken from `prose`. */
  sentences: Sentence[];
}

export function segment(text: string, format: DocumentFormat): Segmentation {
  let prose: string;
  let blocks: Block[];
  let metadata: ArticleMetadata = {};
  if (format === 'markdown') {
    ({ prose, blocks, metadata } = segmentMarkdown(text));
  } else {
    const markers: Span[] = [];
    blocks = splitPlainBlocks(text, 0, text.length, markers);
    prose = blankRanges(text, markers);
  }
  const sentences: Sentence[] = [];
  for (let i = 0; i < blocks.length; i++) {
    for (const s of splitSentences(prose, blocks[i], i)) sentences.push(s);
  }
  return { format, metadata, prose, blocks, sentences };
}

/** Blocks only (no sentences), optionally of a region [from, to) that the caller has aligned to
 *  blank-line paragraph boundaries, so an edit re-splits only what it touched. Markdown is
 *  parsed whole (a fence can change the meaning of everything after it) and then filtered. */
export function splitBlocks(text: string, format: DocumentFormat, from = 0, to = text.length): Block[] {
  if (format === 'plaintext') return splitPlainBlocks(text, from, to);
  const all = segmentMarkdown(text).blocks;
  return from === 0 && to === text.length ? all : all.filter((b) => b.end > from && b.start < to);
}
