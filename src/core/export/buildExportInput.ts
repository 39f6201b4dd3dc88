// Assembles an ExportInput from what the CLI or the editor has at hand: the article, its
// sidecar and (when a format needs it) the analysis.
import type { Analysis, Sidecar } from '../model';
import { DEFAULT_VERDICTS } from '../model';
import { anchorAll } from '../annotations/anchor';
import type { ExportInput } from './exportInput';

export interface ExportSource {
  articleText: string;
  sidecar: Sidecar;
  analysis?: Analysis;
  /** Defaults to the sidecar's `article` field. */
  articlePath?: string;
  verdicts?: readonly string[];
  generator: ExportInput['generator'];
  includeDetections?: boolean;
  reviewUrl?: string;
}

export function buildExportInput(source: ExportSource): ExportInput {
  const { articleText, sidecar, analysis } = source;
  return {
    articlePath: source.articlePath ?? sidecar.article,
    articleText,
    // Metadata the reviewer entered (kept in the sidecar) wins over front matter.
    metadata: { ...analysis?.metadata, ...sidecar.metadata },
    sidecar,
    anchored: anchorAll(articleText, sidecar.annotations),
    ...(analysis ? { analysis } : {}),
    verdicts: source.verdicts ?? DEFAULT_VERDICTS,
    generator: source.generator,
    ...(source.includeDetections ? { includeDetections: true } : {}),
    ...(source.reviewUrl ? { reviewUrl: source.reviewUrl } : {}),
  };
}
