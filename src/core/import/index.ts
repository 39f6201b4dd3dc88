// Imports of annotations from other files and tools into an article's review.
export { importAnnotations, describeImport, type ImportOptions, type ImportResult, type ImportCounts, type ImportSkip, type ImportFormat } from './importAnnotations';
export { mergeImported, type MergeImportResult } from './mergeImported';
export { fromW3cAnnotation, w3cItems } from './fromW3c';
