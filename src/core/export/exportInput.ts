// What every export format is rendered from: the article, its review and (optionally) the
// machine's analysis. Formats are pure functions of this, so the CLI and the editor share them.
import type { Analysis, AnchoredAnnotation, ArticleMetadata, Sidecar } from '../model';

export interface ExportInput {
  /** Article path relative to the workspace (forward slashes). */
  articlePath: string;
  /** The article text the anchored ranges refer to. */
  articleText: string;
  metadata: ArticleMetadata;
  sidecar: Sidecar;
  /** The sidecar's annotations anchored into `articleText` (anchorAll). */
  anchored: AnchoredAnnotation[];
  analysis?: Analysis;
  /** The configured verdict list, best first (default DEFAULT_VERDICTS). */
  verdicts: readonly string[];
  generator: { name: string; version: string };
  /** Add the machine's unreviewed detections (CSV, brat) or the analysis (JSON). */
  includeDetections?: boolean;
  /** Where the review will be published (ClaimReview `url`); falls back to a URN per claim. */
  reviewUrl?: string;
}

export type ExportFormatId = 'csv' | 'json' | 'w3c' | 'claimreview' | 'brat' | 'md' | 'html';

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** File extension without the dot, e.g. `csv`, `jsonld`. */
  extension: string;
  description: string;
  /** The format shows entities, speakers or detections, so the caller should pass the analysis. */
  usesAnalysis: boolean;
  render: (input: ExportInput) => string;
}
