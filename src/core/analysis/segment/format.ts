import type { DocumentFormat } from '../../model';

/** Markdown for .md/.markdown files (including .policy.md) and the `markdown` language id. */
export function formatFor(fileNameOrLanguageId: string): DocumentFormat {
  const s = fileNameOrLanguageId.toLowerCase();
  return s === 'markdown' || /\.(?:md|markdown|mdown|mkd|mkdn)$/.test(s) ? 'markdown' : 'plaintext';
}
