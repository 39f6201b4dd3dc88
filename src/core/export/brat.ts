// brat standoff (.ann, to sit beside the article saved as .txt) for NLP tools. Offsets count
// code points, 0-based, end-exclusive. brat's text field cannot hold a line break, so a span
// across lines becomes a discontinuous one: `T1<TAB>Claim 0 12;13 40<TAB>first line second`.
//   T  spans: entity corrections and detections by entity type (Person, Country, ...);
//      claims as Claim; free notes as Note; rejected suggestions as Rejected_suggestion
//   A  attributes: ClaimType, Verdict (spaces as underscores), Detected (machine, unreviewed)
//   #  AnnotatorNotes: canonical name, tags and the reviewer's note on one line
// Orphans have no place in the text and are left out.
import type { Annotation, Span } from '../model';
import { offsetConverter, type OffsetConverter } from '../annotations/codePoints';
import type { ExportInput } from './exportInput';
import { inReadingOrder, oneLine } from './reviewOrder';
import { unreviewedClaims, unreviewedMentions } from './detections';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** brat attribute values and types are single tokens. */
const token = (s: string) => s.trim().replace(/\s+/g, '_');

function spanType(a: Annotation): string {
  switch (a.kind) {
    case 'claim-review':
      return 'Claim';
    case 'entity-correction':
      return a.label?.entityType ? capitalise(a.label.entityType) : 'Entity';
    case 'rejected-suggestion':
      return 'Rejected_suggestion';
    case 'note':
      return 'Note';
  }
}

/** The span's fragments between line breaks, in code points, with their text. */
export function bratFragments(text: string, span: Span, cp: OffsetConverter): { offsets: string; text: string } {
  const parts: string[] = [];
  const texts: string[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let from = span.start;
  const slice = text.slice(span.start, span.end);
  const flush = (to: number) => {
    if (to > from) {
      parts.push(`${cp.toCodePoint(from)} ${cp.toCodePoint(to)}`);
      texts.push(text.slice(from, to));
    }
  };
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    flush(span.start + m.index);
    from = span.start + m.index + m[0].length;
  }
  flush(span.end);
  return { offsets: parts.join(';'), text: texts.join(' ').replace(/\t/g, ' ') };
}

export function renderBrat(input: ExportInput): string {
  const text = input.articleText;
  const cp = offsetConverter(text);
  const lines: string[] = [];
  let t = 0;
  let attr = 0;
  let note = 0;
  const addSpan = (type: string, span: Span): string | undefined => {
    const f = bratFragments(text, span, cp);
    if (!f.offsets) return undefined; // only line breaks: nothing brat can show
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${f.offsets}\t${f.text}`);
    return id;
  };
  const addAttr = (name: string, target: string, value?: string) => lines.push(`A${++attr}\t${name} ${target}${value ? ` ${token(value)}` : ''}`);
  const addNote = (target: string, parts: (string | undefined)[]) => {
    const body = oneLine(parts.filter((p) => p).join(' | '));
    if (body) lines.push(`#${++note}\tAnnotatorNotes ${target}\t${body}`);
  };

  for (const { annotation: a, range } of inReadingOrder(input.anchored)) {
    if (!range) continue;
    const id = addSpan(spanType(a), range);
    if (!id) continue;
    if (a.label?.claimType) addAttr('ClaimType', id, a.label.claimType);
    if (a.verdict) addAttr('Verdict', id, a.verdict);
    addNote(id, [a.label?.canonical, a.tags.length ? `tags: ${a.tags.join(', ')}` : undefined, a.note]);
  }
  if (input.includeDetections) {
    const detected = [
      ...unreviewedMentions(input.anchored, input.analysis).map((m) => ({ span: m as Span, type: capitalise(m.type), canonical: m.canonical, claimType: undefined as string | undefined })),
      ...unreviewedClaims(input.anchored, input.analysis).map((c) => ({ span: c as Span, type: 'Claim', canonical: undefined, claimType: c.type as string | undefined })),
    ].sort((x, y) => x.span.start - y.span.start);
    for (const d of detected) {
      const id = addSpan(d.type, d.span);
      if (!id) continue;
      addAttr('Detected', id);
      if (d.claimType) addAttr('ClaimType', id, d.claimType);
      if (d.canonical) addNote(id, [d.canonical]);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
