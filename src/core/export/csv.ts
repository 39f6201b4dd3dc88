// CSV for spreadsheets (RFC 4180): CRLF between rows, fields quoted when they hold a comma,
// quote or line break, quotes doubled. A UTF-8 byte order mark leads the file: Excel needs it
// to read UTF-8 (without it, "Pyongyang’s" and emoji come out garbled) and LibreOffice and
// csv parsers with a `bom` option skip it. Offsets are code points, as in the W3C and brat
// exports, so Python or R can slice the article with them directly.
import { offsetConverter } from '../annotations/codePoints';
import type { ExportInput } from './exportInput';
import { inReadingOrder, labelType, lineIndex } from './reviewOrder';
import { unreviewedClaims, unreviewedMentions } from './detections';

export const CSV_COLUMNS = ['id', 'kind', 'label', 'canonical', 'verdict', 'quote', 'line', 'start', 'end', 'note', 'tags', 'creator', 'created', 'modified', 'state'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

export const BOM = '\ufeff';

/**
 * Text a spreadsheet would run as a formula (or DDE) gets a leading apostrophe, which Excel
 * and LibreOffice show as text (OWASP's advice for CSV injection).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function renderCsv(input: ExportInput): string {
  return `${BOM}${[CSV_COLUMNS.join(','), ...csvRecords(input)].join('\r\n')}\r\n`;
}

/** The data records (no header), each a line of quoted fields, in reading order. */
export function csvRecords(input: ExportInput): string[] {
  const cp = offsetConverter(input.articleText);
  const line = lineIndex(input.articleText);
  const place = (start: number, end: number) => ({ line: line(start), start: cp.toCodePoint(start), end: cp.toCodePoint(end) });
  const rows: Row[] = inReadingOrder(input.anchored).map(({ annotation: a, state, range }) => ({
    id: a.id,
    kind: a.kind,
    label: labelType(a),
    canonical: a.label?.canonical,
    verdict: a.verdict,
    quote: a.target.quote.exact,
    ...(range ? place(range.start, range.end) : {}),
    note: a.note,
    tags: a.tags.join('; '),
    creator: a.creator,
    created: a.created,
    modified: a.modified,
    state,
  }));
  if (input.includeDetections) {
    const detected: (Row & { at: number })[] = [
      ...unreviewedClaims(input.anchored, input.analysis).map((c) => ({
        at: c.start,
        kind: 'detected-claim',
        label: c.type,
        quote: c.text,
        ...place(c.start, c.end),
        note: c.reasons.map((r) => r.detail).join('; '),
        tags: c.flags.join('; '),
        creator: input.generator.name,
      })),
      ...unreviewedMentions(input.anchored, input.analysis).map((m) => ({
        at: m.start,
        kind: 'detected-entity',
        label: m.type,
        canonical: m.canonical,
        quote: m.text,
        ...place(m.start, m.end),
        note: m.reasons.map((r) => r.detail).join('; '),
        creator: input.generator.name,
      })),
    ];
    detected.sort((a, b) => a.at - b.at);
    rows.push(...detected.map(({ at: _at, ...row }) => row));
  }
  return rows.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
}
