// W3C Web Annotation JSON-LD (and Hypothesis' own JSON, its closest relative) → Annotations.
// Accepts a single Annotation, an array, an AnnotationCollection with embedded pages, an
// AnnotationPage, or a Hypothesis export ({ annotations: [...] }). Positions in
// TextPositionSelector count code points and come back as UTF-16 offsets; a quote without a
// position is placed by the anchoring search. What cannot become an annotation is skipped
// with a reason, never silently.
import { ANNOTATION_KINDS, CLAIM_TYPES, ENTITY_TYPES, type Annotation, type AnnotationKind, type AnnotationLabel } from '../model';
import type { OffsetConverter } from '../annotations/codePoints';
import { makeQuoteSelector } from '../annotations/quoteSelector';
import { ANNOTATION_IRI_PREFIX, KIND_TERM, ORIGIN_TERM, REJECTED } from '../export/w3cVocabulary';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const hasType = (o: Json, type: string) => list(o.type ?? o['@type']).includes(type);

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export interface W3cImportContext {
  text: string;
  cp: OffsetConverter;
  now: string;
  /** Creator when the file names none. */
  creator: string;
  newId: () => string;
}

export type Converted = { ok: true; annotation: Annotation } | { ok: false; reason: string };

/** The annotation objects of any accepted container shape, in file order. */
export function w3cItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(w3cItems);
  if (!isObject(data)) return [data];
  if (hasType(data, 'AnnotationCollection')) {
    const pages: unknown[] = [];
    // Embedded pages chain through `next`; a page given only by IRI cannot be followed offline.
    for (let page = data.first; isObject(page) && pages.length < 10_000; page = page.next) pages.push(...list(page.items));
    return pages;
  }
  if (hasType(data, 'AnnotationPage')) return list(data.items);
  if (!('target' in data) && Array.isArray(data.annotations)) return data.annotations; // Hypothesis export
  if (!('target' in data) && Array.isArray(data.rows)) return data.rows; // Hypothesis search API
  return [data];
}

/** The last path segment or fragment of an IRI, when it makes a valid id. */
function idFrom(iri: string | undefined): string | undefined {
  if (!iri) return undefined;
  if (iri.startsWith(ANNOTATION_IRI_PREFIX)) return iri.slice(ANNOTATION_IRI_PREFIX.length);
  const tail = iri.split(/[/#:]/).filter((s) => s).pop();
  return tail && ID.test(tail) ? tail : undefined;
}

/** A person's name from a W3C agent, an `acct:name@host` (Hypothesis) or a plain string. */
function agentName(v: unknown): string | undefined {
  const first = list(v)[0];
  if (isObject(first)) return str(first.name) ?? str(first.nickname) ?? agentName(first.id);
  const s = str(first)?.trim();
  if (!s) return undefined;
  const acct = /^acct:([^@]+)@/.exec(s);
  return acct ? acct[1] : s;
}

function bodyParts(o: Json): { purpose: string | undefined; value: string }[] {
  const parts: { purpose: string | undefined; value: string }[] = [];
  const motivation = str(list(o.motivation)[0]);
  for (const b of list(o.body)) {
    if (isObject(b) && typeof b.value === 'string') parts.push({ purpose: str(list(b.purpose)[0]) ?? motivation, value: b.value });
  }
  if (typeof o.bodyValue === 'string') parts.push({ purpose: motivation ?? 'commenting', value: o.bodyValue });
  if (typeof o.text === 'string' && o.text !== '') parts.push({ purpose: 'commenting', value: o.text }); // Hypothesis
  for (const t of list(o.tags)) if (typeof t === 'string') parts.push({ purpose: 'tagging', value: t }); // Hypothesis
  return parts;
}

interface Selectors {
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

function selectorsOf(o: Json): Selectors {
  const found: Selectors = {};
  for (const t of list(o.target)) {
    if (!isObject(t)) continue;
    for (const s of list(t.selector)) {
      if (!isObject(s)) continue;
      if (hasType(s, 'TextQuoteSelector') && typeof s.exact === 'string' && found.exact === undefined) {
        Object.assign(found, { exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' });
      }
      if (hasType(s, 'TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end) && found.start === undefined) {
        Object.assign(found, { start: s.start, end: s.end });
      }
    }
    if (found.exact !== undefined || found.start !== undefined) break;
  }
  return found;
}

function inferKind(motivation: string | undefined, label: AnnotationLabel, verdict: string | undefined, rejected: boolean): AnnotationKind {
  if (rejected || motivation === 'moderating') return 'rejected-suggestion';
  if (verdict || label.claimType || motivation === 'assessing') return 'claim-review';
  if (label.entityType || label.canonical || motivation === 'classifying' || motivation === 'identifying') return 'entity-correction';
  return 'note';
}

export function fromW3cAnnotation(item: unknown, ctx: W3cImportContext): Converted {
  if (!isObject(item)) return { ok: false, reason: 'not an annotation object' };
  const sel = selectorsOf(item);
  const { text, cp } = ctx;
  let start = sel.start === undefined ? undefined : cp.toUtf16(sel.start);
  let end = sel.end === undefined ? undefined : cp.toUtf16(sel.end);
  let quote;
  if (sel.exact) {
    quote = { exact: sel.exact, prefix: sel.prefix ?? '', suffix: sel.suffix ?? '' };
    // Without a usable position, point at the quote's first occurrence; anchoring refines it.
    if (start === undefined || end === undefined || start > end) {
      start = Math.max(0, text.indexOf(sel.exact));
      end = start + sel.exact.length;
    }
  } else if (start !== undefined && end !== undefined && start < end && end <= text.length) {
    quote = makeQuoteSelector(text, start, end);
  } else {
    return { ok: false, reason: 'no TextQuoteSelector, and no TextPositionSelector inside the article' };
  }

  const label: AnnotationLabel = {};
  let verdict: string | undefined;
  const notes: string[] = [];
  const tags: string[] = [];
  let rejected = false;
  for (const { purpose, value } of bodyParts(item)) {
    if (purpose === 'assessing' && value.trim()) verdict = value.trim();
    else if (purpose === 'classifying' && (CLAIM_TYPES as readonly string[]).includes(value)) label.claimType = value as AnnotationLabel['claimType'];
    else if (purpose === 'classifying' && (ENTITY_TYPES as readonly string[]).includes(value)) label.entityType = value as AnnotationLabel['entityType'];
    else if (purpose === 'identifying' && value.trim()) label.canonical = value.trim();
    else if (purpose === 'moderating' && value === REJECTED) rejected = true;
    else if (purpose === 'tagging' || purpose === 'classifying') {
      if (value.trim()) tags.push(value.trim());
    } else notes.push(value);
  }

  const motivation = str(list(item.motivation)[0]);
  const declared = str(item[KIND_TERM]);
  const kind = declared && (ANNOTATION_KINDS as readonly string[]).includes(declared) ? (declared as AnnotationKind) : inferKind(motivation, label, verdict, rejected);
  const created = str(item.created);
  const modified = str(item.modified) ?? str(item.updated);
  const annotation: Annotation = {
    id: idFrom(str(item.id) ?? str(item['@id'])) ?? ctx.newId(),
    created: created && TIMESTAMP.test(created) ? created : ctx.now,
    modified: modified && TIMESTAMP.test(modified) ? modified : created && TIMESTAMP.test(created) ? created : ctx.now,
    creator: agentName(item.creator) ?? agentName(item.user) ?? ctx.creator,
    target: { quote, position: { start: start!, end: end! } },
    kind,
    tags: [...new Set(tags)],
    origin: item[ORIGIN_TERM] === 'suggestion' ? 'suggestion' : 'reviewer',
  };
  if (Object.keys(label).length) annotation.label = label;
  if (verdict) annotation.verdict = verdict;
  if (notes.length) annotation.note = notes.join('\n\n');
  return { ok: true, annotation };
}
