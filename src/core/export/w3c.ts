// W3C Web Annotation JSON-LD: one AnnotationCollection with a single embedded AnnotationPage.
// Positions (TextPositionSelector) count code points of the article text, as the model says;
// an orphan has only its TextQuoteSelector, since it has no place in the current text.
import type { AnchoredAnnotation, Annotation } from '../model';
import { offsetConverter, type OffsetConverter } from '../annotations/codePoints';
import { makeQuoteSelector } from '../annotations/quoteSelector';
import type { ExportInput } from './exportInput';
import { inReadingOrder } from './reviewOrder';
import {
  ANNOTATION_IRI_PREFIX,
  KIND_TERM,
  MOTIVATION_OF_KIND,
  ORIGIN_TERM,
  REJECTED,
  W3C_CONTEXT,
  type W3cTextualBody,
} from './w3cVocabulary';

const textual = (purpose: string, value: string, format?: string): W3cTextualBody =>
  format ? { type: 'TextualBody', purpose, value, format } : { type: 'TextualBody', purpose, value };

export function w3cBodies(a: Annotation): W3cTextualBody[] {
  const bodies: W3cTextualBody[] = [];
  if (a.kind === 'rejected-suggestion') bodies.push(textual('moderating', REJECTED));
  if (a.verdict) bodies.push(textual('assessing', a.verdict));
  const type = a.label?.claimType ?? a.label?.entityType;
  if (type) bodies.push(textual('classifying', type));
  if (a.label?.canonical) bodies.push(textual('identifying', a.label.canonical));
  if (a.note !== undefined) bodies.push(textual('commenting', a.note, 'text/markdown'));
  for (const tag of a.tags) bodies.push(textual('tagging', tag));
  return bodies;
}

export function w3cSource(input: Pick<ExportInput, 'metadata' | 'articlePath'>): string {
  return input.metadata.url || input.articlePath;
}

export function softwareAgent(input: Pick<ExportInput, 'generator'>) {
  return { type: 'Software', name: `${input.generator.name} ${input.generator.version}` };
}

export function toW3cAnnotation(input: ExportInput, anchored: AnchoredAnnotation, cp: OffsetConverter = offsetConverter(input.articleText)) {
  const { annotation: a, range } = anchored;
  const quote = range ? makeQuoteSelector(input.articleText, range.start, range.end) : a.target.quote;
  const selector: object[] = [{ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }];
  if (range) selector.push({ type: 'TextPositionSelector', start: cp.toCodePoint(range.start), end: cp.toCodePoint(range.end) });
  const bodies = w3cBodies(a);
  return {
    id: `${ANNOTATION_IRI_PREFIX}${a.id}`,
    type: 'Annotation',
    motivation: MOTIVATION_OF_KIND[a.kind],
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.creator },
    generator: softwareAgent(input),
    ...(bodies.length ? { body: bodies } : {}),
    target: { source: w3cSource(input), selector },
    [KIND_TERM]: a.kind,
    [ORIGIN_TERM]: a.origin,
  };
}

export function renderW3c(input: ExportInput): string {
  const cp = offsetConverter(input.articleText);
  const items = inReadingOrder(input.anchored).map((a) => toW3cAnnotation(input, a, cp));
  const collection = {
    '@context': W3C_CONTEXT,
    id: `urn:policy-lens:review:${encodeURI(input.articlePath)}`,
    type: 'AnnotationCollection',
    label: `Policy Lens review of ${input.metadata.title || input.articlePath}`,
    generator: softwareAgent(input),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
