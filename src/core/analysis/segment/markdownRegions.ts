// Markdown without re-parsing the whole file on every edit. The text is cut into regions at
// blank lines where CommonMark starts afresh (outside fenced code and raw HTML, before a line
// that opens a paragraph or a heading at the margin); each region is parsed alone and cached by
// its text, so an edit re-parses the one region it touched. Link reference definitions are the
// one thing a region needs from the rest of the document: all of them are appended to every
// region, and the cache starts over when they change. Documents this cannot cut safely are
// parsed whole, as before; a property test compares the result with a whole parse.
import type { Block, Span } from '../../model';
import { segmentMarkdown, type MarkdownSegments } from './markdown';
import { blank } from './reveal';
import { movedBlock } from './blocks';
import { drain } from '../steps';

export interface MarkdownRegionCache {
  /** Segments of a region's text, offsets relative to the region. */
  byText: Map<string, MarkdownSegments>;
  /** The same for the first region, which may open with front matter. */
  first: Map<string, MarkdownSegments>;
  definitions: string;
}

export function newMarkdownRegionCache(): MarkdownRegionCache {
  return { byText: new Map(), first: new Map(), definitions: '' };
}

export function segmentMarkdownInRegions(text: string, cache: MarkdownRegionCache): MarkdownSegments {
  return drain(markdownRegionSteps(text, cache));
}

/** The same in steps: it yields after every region it had to parse, so that a first analysis
 *  of a long document can hand control back between them. */
export function* markdownRegionSteps(text: string, cache: MarkdownRegionCache): Generator<void, MarkdownSegments> {
  const scan = scanRegions(text);
  if (!scan || scan.regions.length < 2) return segmentMarkdown(text);
  if (scan.definitions !== cache.definitions) {
    cache.byText.clear();
    cache.first.clear();
    cache.definitions = scan.definitions;
  }
  const used = new Map<string, MarkdownSegments>();
  let firstUsed = new Map<string, MarkdownSegments>();
  const prose: string[] = [];
  const blocks: Block[] = [];
  let metadata: MarkdownSegments['metadata'] = {};
  let pos = 0;
  for (let k = 0; k < scan.regions.length; k++) {
    const r = scan.regions[k];
    // The key is the region's text itself (a slice: no string is built); only the first region
    // can open with front matter, so it has a map of its own.
    const src = text.slice(r.start, r.end);
    let seg = k === 0 ? cache.first.get(src) : (used.get(src) ?? cache.byText.get(src));
    if (!seg) {
      const whole = segmentMarkdown(scan.definitions ? `${src}\n\n${scan.definitions}` : src);
      seg = { prose: whole.prose.slice(0, src.length), blocks: whole.blocks.filter((b) => b.start < src.length), metadata: whole.metadata };
      yield;
    }
    if (k === 0) {
      metadata = seg.metadata;
      firstUsed = new Map([[src, seg]]);
    } else used.set(src, seg);
    prose.push(blank(text.slice(pos, r.start)), seg.prose);
    for (const b of seg.blocks) blocks.push(movedBlock(b, r.start));
    pos = r.end;
  }
  prose.push(blank(text.slice(pos)));
  // Keep what this text uses: the cache follows the document instead of growing with its history.
  cache.byText = used;
  cache.first = firstUsed;
  return { prose: prose.join(''), blocks, metadata };
}

/** Blank to CommonMark: spaces and tabs only (a no-break space is text). */
const BLANK = /^[ \t]*\r?$/;
/** Definitions inside a quote or list item, and HTML blocks of kinds 3-5 (<?, <!X, <![CDATA[). */
const UNSUPPORTED = /^(?:[ \t]+|[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])[ \t]*)+)\[[^\]]+\]:|^ {0,3}<(?:\?|![A-Z[])/;
/** Appending every definition to every region costs regions × definitions: past this, parse whole. */
const MAX_DEFINITIONS = 40;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML = /^ {0,3}<(!--|(?:script|pre|style|textarea)(?=[\s>]|$))/i;
const OTHER_HTML = /^ {0,3}<\/?[A-Za-z]/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/;
/** A line that, after a blank line, starts a paragraph or heading at the margin: nothing before
 *  it (a list, a quote, code, a table, front matter) can continue past it. */
const FRESH_START = /^(?:#{1,6}[ \t]|[\p{L}"“'(]|\d+(?![\d.)]))/u;

/** Region spans (each from a fresh start to the end of the last non-blank line before the next
 *  one) and the document's link reference definitions; undefined when the text holds something
 *  a region could not be parsed alone with (each `return undefined` below says what). */
function scanRegions(text: string): { regions: Span[]; definitions: string } | undefined {
  // A lone carriage return ends a line too (old Mac files); lines here are cut at "\n" only.
  if (text.includes('\r') && /\r(?!\n)/.test(text)) return undefined;
  const regions: Span[] = [];
  const definitions: string[] = [];
  let regionStart = 0;
  let lastContentEnd = 0;
  let fence: string | undefined;
  let rawHtmlEnd: RegExp | undefined;
  let previousBlank = true;
  let previousDefinition = false;
  let inHtmlBlock = false;
  // Front matter may hold blank lines: it goes whole into the first region.
  const frontMatter = FRONT_MATTER.exec(text);
  let start = 0;
  if (frontMatter) {
    const closing = new RegExp(`\\n${frontMatter[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*\\r?(?=\\n|$)`, 'g');
    closing.lastIndex = frontMatter[0].length - 1;
    const close = closing.exec(text);
    if (!close) return undefined;
    start = text.indexOf('\n', close.index + 1);
    if (start < 0) return { regions: [{ start: 0, end: text.length }], definitions: '' };
    lastContentEnd = start;
    start++;
    previousBlank = false;
  }
  for (let pos = start; pos < text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const isBlank = BLANK.test(line);
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined;
    } else if (rawHtmlEnd) {
      if (rawHtmlEnd.test(line)) rawHtmlEnd = undefined;
    } else if (!isBlank) {
      if (UNSUPPORTED.test(line)) return undefined;
      const afterDefinition = previousDefinition;
      if (afterDefinition && !DEFINITION.test(line)) return undefined; // a title or label on the next line
      if (previousBlank && pos > 0 && FRESH_START.test(line)) {
        regions.push({ start: regionStart, end: lastContentEnd });
        regionStart = pos;
      }
      let open = FENCE.exec(line);
      // A backtick fence's info string holds no backtick ("```x```" is inline code).
      if (open && open[1][0] === '`' && line.indexOf('`', open.index + open[0].length) >= 0) open = null;
      const html = RAW_HTML.exec(line);
      // An indented fence or raw HTML may sit in a list item, which a line at the margin would
      // end along with it: which one it is takes a real parse.
      if ((open || html) && line[0] === ' ') return undefined;
      // Inside an HTML block that runs to the next blank line ("<div>"), a fence or comment
      // opener is only HTML: which it is takes a real parse.
      if ((open || html) && inHtmlBlock) return undefined;
      if (!open && !html && OTHER_HTML.test(line)) inHtmlBlock = true;
      if (open) fence = open[1];
      else if (html) {
        const end = html[1] === '!--' ? /-->/ : /<\/(?:script|pre|style|textarea)>/i;
        if (!end.test(line.slice(html.index + (html[1] === '!--' ? 2 : html[0].length)))) rawHtmlEnd = end;
      }
      previousDefinition = false;
      if (!open && !html && DEFINITION.test(line)) {
        if (!previousBlank && !afterDefinition) return undefined; // inside a paragraph it is text, not a definition
        definitions.push(line.trim());
        previousDefinition = true;
      }
    } else {
      previousDefinition = false;
      inHtmlBlock = false;
    }
    if (!isBlank) lastContentEnd = nl;
    previousBlank = isBlank && !fence && !rawHtmlEnd;
    pos = nl + 1;
  }
  // An unclosed fence or HTML block would swallow the definitions appended after a region.
  if (fence || rawHtmlEnd || definitions.length > MAX_DEFINITIONS) return undefined;
  regions.push({ start: regionStart, end: Math.max(regionStart, lastContentEnd) });
  // Apart, as in the text: a line that is not a valid definition must not swallow the next.
  return { regions, definitions: definitions.join('\n\n') };
}
