// Exports of a review: pure renderers from an ExportInput to the text of a file.
export type { ExportInput, ExportFormat, ExportFormatId } from './exportInput';
export { exportFormats, exportFormat, needsAnalysis, EXPORT_FORMAT_IDS, defaultExportName } from './formats';
export { buildExportInput, type ExportSource } from './buildExportInput';
export { renderCsv, csvRecords, csvField, neutraliseFormula, CSV_COLUMNS } from './csv';
export { renderJson } from './json';
export { renderW3c, toW3cAnnotation, w3cBodies } from './w3c';
export { renderClaimReview, claimReviews } from './claimReview';
export { ratingOf, isOffScale, type Rating } from './verdictScale';
export { renderBrat, bratFragments } from './brat';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { escapeHtml, escapeMarkdownInline } from './escape';
export { renderWorkspace, renderWorkspaceCsv, renderWorkspaceW3c, isWorkspaceFileFormat, WORKSPACE_FILE_FORMATS, type WorkspaceFormatId } from './workspace';
