// Markdown: parse with remark, then keep only prose. The prose string has the source's length;
// everything that is not prose (syntax, code, HTML, URLs, front matter) is blanked, so every
// offset the recognisers report is an offset into the source.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { ArticleMetadata, Block, BlockKind, Span } from '../../model';
import { groupLines } from './blocks';
import { trimSpan } from './chars';
import { readFrontMatter } from './frontMatter';
import { blankRanges, Reveal } from './reveal';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

interface Candidate extends Span {
  kind: BlockKind;
}

export interface MarkdownSegments {
  prose: string;
  blocks: Block[];
  metadata: ArticleMetadata;
}

export function segmentMarkdown(text: string): MarkdownSegments {
  const tree = parser.parse(text) as Root;
  const reveal = new Reveal(text);
  const candidates: Candidate[] = [];
  const masks: Span[] = [];
  let metadata: ArticleMetadata = {};

  const addBlock = (node: Nodes & { children: PhrasingContent[] }, kind: BlockKind) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    revealInline(node.children, reveal);
    const rows = kind === 'paragraph' || kind === 'blockquote' || kind === 'list-item' ? pipeTableRows(text, start, end) : undefined;
    if (!rows) {
      candidates.push({ start, end, kind });
      return;
    }
    for (const row of rows) {
      if (row.delimiter) masks.push(row);
      else for (const cell of row.cells) candidates.push({ ...cell, kind: 'table' });
      masks.push(...row.pipes);
    }
  };

  const walk = (node: Nodes, kind: BlockKind) => {
    switch (node.type) {
      case 'yaml':
        metadata = readFrontMatter(node.value);
        return;
      case 'heading':
        addBlock(node, 'heading');
        return;
      case 'paragraph':
        addBlock(node, kind);
        return;
      case 'listItem':
        for (const child of node.children) walk(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.children) walk(child, kind === 'list-item' ? kind : 'blockquote');
        return;
      default:
        // Code, HTML, definitions, TOML front matter and breaks carry no prose.
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child, kind);
    }
  };
  walk(tree, 'paragraph');

  let prose = reveal.build();
  prose = blankRanges(prose, masks.concat(footnoteReferences(prose)));
  const blocks: Block[] = [];
  const markers: Span[] = [];
  const opts = { kind: 'paragraph' as BlockKind, detectStructure: false, docFirst: -1 };
  for (const c of candidates) {
    opts.kind = c.kind;
    groupLines(prose, linesOf(prose, c.start, c.end), opts, blocks, markers);
  }
  prose = blankRanges(prose, markers);
  return { prose, blocks, metadata };
}

function revealInline(nodes: PhrasingContent[], reveal: Reveal): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.position) reveal.add(node.position.start.offset!, node.position.end.offset!, node.value);
        break;
      case 'link':
        // An autolink's text is its URL: not prose.
        if (node.children.length === 1 && node.children[0].type === 'text' && node.url.endsWith(node.children[0].value)) break;
        revealInline(node.children, reveal);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        revealInline(node.children, reveal);
        break;
      default:
      // inlineCode, html, image, imageReference, break: not prose.
    }
  }
}

/** GFM footnote references ("[^1]") are plain text to CommonMark; they are not prose. */
function footnoteReferences(prose: string): Span[] {
  if (!prose.includes('[^')) return [];
  return [...prose.matchAll(/\[\^[^\]\s]{1,30}\]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function linesOf(s: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let pos = start;
  while (pos < end) {
    let nl = s.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const t = trimSpan(s, pos, nl);
    if (t) lines.push(t);
    pos = nl + 1;
  }
  return lines;
}

interface TableRow extends Span {
  delimiter: boolean;
  cells: Span[];
  pipes: Span[];
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Pipe tables (GFM) reach us as plain paragraphs, since remark-parse alone is CommonMark:
 *  a first line with "|" and a delimiter row below it make a table. */
function pipeTableRows(text: string, start: number, end: number): TableRow[] | undefined {
  const firstNl = text.indexOf('\n', start);
  if (firstNl < 0 || firstNl >= end || text.lastIndexOf('|', firstNl) < start) return undefined;
  const rows: TableRow[] = [];
  let pos = start;
  while (pos < end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(pos, nl);
    const delimiter = rows.length === 1 && DELIMITER_ROW.test(line) && line.includes('-');
    if (rows.length === 1 && !delimiter) return undefined;
    const pipes: Span[] = [];
    const cells: Span[] = [];
    let cellStart = pos;
    for (let i = pos; i < nl; i++) {
      if (text[i] === '|' && text[i - 1] !== '\\') {
        pipes.push({ start: i, end: i + 1 });
        cells.push({ start: cellStart, end: i });
        cellStart = i + 1;
      }
    }
    cells.push({ start: cellStart, end: nl });
    rows.push({ start: pos, end: nl, delimiter, cells, pipes });
    pos = nl + 1;
  }
  return rows;
}
