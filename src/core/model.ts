// The nouns of Policy Lens, in one place. Plain data only: everything here can be serialised
// to JSON, tested without an editor and shown by any front end (editor, CLI, exports).
//
// Offset convention: every `start`/`end` is a UTF-16 code-unit offset into the document text
// exactly as the editor holds it (CRLF included), end-exclusive. This is how VS Code counts
// (`document.offsetAt`). Exports that need code points (W3C, brat) convert at the edge.

export interface Span {
  start: number;
  end: number;
}

export const ENTITY_TYPES = ['person', 'country', 'place', 'organization', 'weapon', 'date', 'event', 'quantity'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const CLAIM_TYPES = [
  'factual',
  'statistical',
  'attributed',
  'speculative',
  'recommendation',
  'prediction',
  'opinion',
  'none',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Why something was found, so a hover can explain it and a reviewer can judge it. */
export interface Reason {
  /** Machine-readable kind, e.g. 'kb-alias', 'fuzzy', 'title-pattern', 'hedge', 'reporting-verb', 'model-score'. */
  kind: string;
  /** One human-readable line, e.g. 'fuzzy match "North Kore" → North Korea (distance 1)'. */
  detail: string;
  /** Optional numeric evidence (score, distance, confidence). */
  value?: number;
}

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** Surface form exactly as in the text. */
  text: string;
  type: EntityType;
  /** Canonical name ("North Korea" for "Pyongyang", "North Kore", "the North"). */
  canonical: string;
  /** Knowledge-base id when the entity is known. */
  entityId?: string;
  /** 0..1: 1 for exact knowledge-base matches, lower for guesses. */
  confidence: number;
  reasons: Reason[];
  /** "Tehran" used for the Iranian government. */
  metonym?: boolean;
  /** Set for typo matches: edit distance to the alias matched. */
  fuzzyDistance?: number;
}

/** All mentions of one canonical entity: "Iran: 14 mentions (Iran, Iranian, Tehran)". */
export interface EntityGroup {
  /** Stable key: knowledge-base id, or `type:canonical` for unknown names. */
  key: string;
  canonical: string;
  type: EntityType;
  entityId?: string;
  /** Distinct surface forms, most frequent first. */
  forms: string[];
  /** Indexes into Analysis.mentions, in document order. */
  mentions: number[];
}

/** An estimative-language band (US ICD 203), e.g. "very likely" 80–95%. */
export interface EstimativeBand {
  label: string;
  min: number;
  max: number;
}

export interface Hedge extends Span {
  text: string;
  band?: EstimativeBand;
}

export interface Attribution {
  /** The speaker as written ("Iran's Supreme Leader", "officials"). */
  speaker: Span & { text: string; canonical?: string };
  /** The reporting verb or cue ("warned", "said", "according to"). */
  cue?: Span & { text: string };
  /** The quoted or reported content. */
  quote?: Span;
}

export interface Claim extends Span {
  text: string;
  type: ClaimType;
  /** Secondary types: an attributed prediction, a hedged statistic. Never contains `type`. */
  flags: ClaimType[];
  /** 0..1 check-worthiness. */
  score: number;
  checkworthy: boolean;
  attribution?: Attribution;
  hedges: Hedge[];
  /** Canonical names of the entities mentioned in the sentence. */
  entities: string[];
  reasons: Reason[];
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'blockquote' | 'table' | 'boilerplate';

/** A paragraph-level unit of prose. Code, HTML and front matter never become blocks. */
export interface Block extends Span {
  kind: BlockKind;
  /** Not article text (ads, navigation, share lines): no claims, shown dimmed. */
  boilerplate: boolean;
  /** Author bio or similar: kept, but marked. */
  bio?: boolean;
  /** Continues the previous block's paragraph: very long paragraphs are analysed in pieces cut
   *  at sentence ends, so that an edit re-analyses a few KB, not a whole 50 KB line. */
  continues?: boolean;
}

export interface Sentence extends Span {
  text: string;
  /** Index into Analysis.blocks. */
  block: number;
  boilerplate: boolean;
  headline: boolean;
}

export interface ArticleMetadata {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
}

export type DocumentFormat = 'plaintext' | 'markdown';

export interface Analysis {
  format: DocumentFormat;
  metadata: ArticleMetadata;
  blocks: Block[];
  sentences: Sentence[];
  mentions: Mention[];
  groups: EntityGroup[];
  claims: Claim[];
}

// ---------------------------------------------------------------------------------------------
// Reviewer annotations (the sidecar). Shaped to map onto the W3C Web Annotation model:
// target.quote → TextQuoteSelector, target.position → TextPositionSelector (converted to code
// points on export), verdict → assessing, note → commenting, tags → tagging, label → classifying
// / identifying.

export const ANNOTATION_KINDS = ['claim-review', 'entity-correction', 'rejected-suggestion', 'note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const DEFAULT_VERDICTS = [
  'Supported',
  'Partly supported',
  'Unsupported',
  'Misleading',
  'False',
  'Unverifiable',
  'Opinion',
] as const;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** UTF-16 offsets, like every Span. */
export interface PositionSelector {
  start: number;
  end: number;
}

export interface AnnotationTarget {
  quote: QuoteSelector;
  position: PositionSelector;
}

export interface AnnotationLabel {
  claimType?: ClaimType;
  entityType?: EntityType;
  /** Canonical entity name for entity corrections. */
  canonical?: string;
}

export interface Annotation {
  id: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  creator: string;
  target: AnnotationTarget;
  kind: AnnotationKind;
  label?: AnnotationLabel;
  verdict?: string;
  /** Markdown, written by a reviewer: never interpreted as trusted content. */
  note?: string;
  tags: string[];
  origin: 'reviewer' | 'suggestion';
}

export interface Sidecar {
  version: 1;
  /** Article path relative to the sidecar's workspace folder (forward slashes). */
  article: string;
  /** Hash of the text the positions refer to. */
  textHash: string;
  metadata?: ArticleMetadata;
  annotations: Annotation[];
  /** Ids of deleted annotations, so a merge does not bring them back. */
  deleted?: string[];
}

/** Where an annotation sits in the current text after anchoring. */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchoredAnnotation {
  annotation: Annotation;
  state: AnchorState;
  /** Present unless the annotation is an orphan. */
  range?: Span;
}
