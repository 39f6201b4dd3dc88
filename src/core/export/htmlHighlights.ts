// The article text as HTML with the editor's highlights: entities tinted by type, detected
// claims underlined (dashed) by type, reviewed claims underlined (solid) in their verdict's
// colour, reviewer notes outlined, boilerplate dimmed, and a numbered marker after each
// annotation linking to its card in the review. Overlapping highlights are cut into flat
// segments that carry every class that covers them, so the markup always nests.
import type { AnchoredAnnotation } from '../model';
import type { ExportInput } from './exportInput';
import { escapeHtml } from './escape';
import { verdictSlug } from './palette';
import { isRejected } from '../review/match';
import { unreviewedClaims } from './detections';

interface Layer {
  start: number;
  end: number;
  cls: string;
  title: string;
}

function layersOf(input: ExportInput): Layer[] {
  const layers: Layer[] = [];
  const placed = input.anchored.filter((a) => a.range);
  const analysis = input.analysis;
  if (analysis) {
    for (const b of analysis.blocks) if (b.boilerplate) layers.push({ start: b.start, end: b.end, cls: 'bp', title: 'boilerplate (not article text)' });
    for (const m of analysis.mentions) {
      if (!isRejected(placed, m)) layers.push({ start: m.start, end: m.end, cls: `e e-${m.type}`, title: `${m.type}: ${m.canonical}` });
    }
    for (const c of unreviewedClaims(input.anchored, analysis)) layers.push({ start: c.start, end: c.end, cls: `c c-${c.type}`, title: `${c.type} claim` });
  }
  for (const { annotation: a, range } of placed) {
    const { start, end } = range!;
    if (a.kind === 'claim-review') {
      const slug = a.verdict ? verdictSlug(a.verdict) : 'other';
      layers.push({ start, end, cls: `v v-${slug}`, title: a.verdict ? `verdict: ${a.verdict}` : 'claim under review' });
    } else if (a.kind === 'entity-correction' && a.label?.entityType) {
      layers.push({ start, end, cls: `e e-${a.label.entityType}`, title: `${a.label.entityType}: ${a.label.canonical ?? a.target.quote.exact} (reviewer)` });
    } else if (a.kind === 'note') {
      layers.push({ start, end, cls: 'n', title: 'reviewer note' });
    }
  }
  return layers.filter((l) => l.end > l.start);
}

/** `numbers` gives each annotation's card number (by id). */
export function highlightedArticle(input: ExportInput, numbers: ReadonlyMap<string, number>): string {
  const text = input.articleText;
  const layers = layersOf(input).sort((a, b) => a.start - b.start);
  const markers = new Map<number, AnchoredAnnotation[]>();
  for (const a of input.anchored) {
    if (!a.range) continue;
    const list = markers.get(a.range.end) ?? [];
    list.push(a);
    markers.set(a.range.end, list);
  }
  const cuts = [...new Set([0, text.length, ...layers.flatMap((l) => [l.start, l.end]), ...markers.keys()])]
    .filter((x) => x >= 0 && x <= text.length)
    .sort((a, b) => a - b);
  const out: string[] = [];
  let active: Layer[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i]!;
    for (const a of (markers.get(at) ?? []).sort((x, y) => numbers.get(x.annotation.id)! - numbers.get(y.annotation.id)!)) {
      const id = escapeHtml(a.annotation.id);
      out.push(`<a class="mark" id="t-${id}" href="#r-${id}">${numbers.get(a.annotation.id)}</a>`);
    }
    if (i === cuts.length - 1) break;
    const to = cuts[i + 1]!;
    active = active.filter((l) => l.end > at);
    while (next < layers.length && layers[next]!.start <= at) {
      if (layers[next]!.end > at) active.push(layers[next]!);
      next++;
    }
    const segment = escapeHtml(text.slice(at, to));
    if (!active.length) {
      out.push(segment);
      continue;
    }
    const cls = [...new Set(active.flatMap((l) => l.cls.split(' ')))].join(' ');
    const title = [...new Set(active.map((l) => l.title))].join('; ');
    out.push(`<span class="${escapeHtml(cls)}" title="${escapeHtml(title)}">${segment}</span>`);
  }
  return out.join('');
}
