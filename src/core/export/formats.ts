// Every export format in one table, shared by the editor's quick pick and the CLI's --format.
import type { ExportFormat, ExportFormatId } from './exportInput';
import { renderCsv } from './csv';
import { renderJson } from './json';
import { renderW3c } from './w3c';
import { renderClaimReview } from './claimReview';
import { renderBrat } from './brat';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html';

export const exportFormats: readonly ExportFormat[] = [
  { id: 'csv', usesAnalysis: false, label: 'CSV', extension: 'csv', description: 'One row per annotation, for spreadsheets', render: renderCsv },
  { id: 'json', usesAnalysis: false, label: 'JSON (Policy Lens)', extension: 'review.json', description: 'The sidecar with anchoring states, analysis optional', render: renderJson },
  { id: 'w3c', usesAnalysis: false, label: 'W3C Web Annotation', extension: 'annotations.jsonld', description: 'JSON-LD AnnotationCollection for annotation tools', render: renderW3c },
  { id: 'claimreview', usesAnalysis: true, label: 'ClaimReview', extension: 'claimreview.jsonld', description: 'schema.org fact-check markup for claims with a verdict', render: renderClaimReview },
  { id: 'brat', usesAnalysis: false, label: 'brat standoff', extension: 'ann', description: 'Standoff annotations for NLP tools (code-point offsets)', render: renderBrat },
  { id: 'md', usesAnalysis: true, label: 'Markdown report', extension: 'review.md', description: 'A readable brief: summary, claims, entities, notes', render: renderMarkdown },
  { id: 'html', usesAnalysis: true, label: 'HTML report', extension: 'review.html', description: 'Self-contained, printable page with the highlighted article', render: renderHtml },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return exportFormats.find((f) => f.id === id);
}

/** Whether rendering `format` needs the analysis (always when detections are included). */
export function needsAnalysis(format: ExportFormat, includeDetections = false): boolean {
  return format.usesAnalysis || includeDetections;
}

export const EXPORT_FORMAT_IDS: readonly ExportFormatId[] = exportFormats.map((f) => f.id);

/** A default file name beside the article: `report.txt` → `report.review.html`, `report.ann` for brat. */
export function defaultExportName(articleFileName: string, format: ExportFormat): string {
  const stem = articleFileName.replace(/\.[^./\\]+$/, '') || articleFileName;
  return `${stem}.${format.extension}`;
}
