// How Policy Lens annotations map onto the W3C Web Annotation model, shared by the export and
// the import so the two stay inverse. Each annotation kind has one motivation; each field is
// a TextualBody whose `purpose` says what it is:
//   claim review → assessing (verdict body)      note → commenting (the note body, Markdown)
//   entity correction → classifying (type body, plus an identifying body for the canonical name)
//   rejected suggestion → moderating (a body "rejected", plus a classifying body for what was rejected)
//   tags → one tagging body each.
// What the model has no word for (our kind when it is not implied, and whether an annotation
// began as an accepted suggestion) travels in two terms of a small extra context.
import type { AnnotationKind } from '../model';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const POLICY_LENS_VOCAB = 'urn:policy-lens:vocab:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { policyLens: POLICY_LENS_VOCAB }] as const;
export const KIND_TERM = 'policyLens:kind';
export const ORIGIN_TERM = 'policyLens:origin';

/** Annotation IRIs: `urn:policy-lens:annotation:<id>`. */
export const ANNOTATION_IRI_PREFIX = 'urn:policy-lens:annotation:';

export const MOTIVATION_OF_KIND: Record<AnnotationKind, string> = {
  'claim-review': 'assessing',
  'entity-correction': 'classifying',
  'rejected-suggestion': 'moderating',
  note: 'commenting',
};

/** The value of the moderating body of a rejected suggestion. */
export const REJECTED = 'rejected';

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: string;
  value: string;
  format?: string;
}
