// Reviewer text and article text are data, never markup: these make them inert in HTML and
// Markdown reports.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Only http(s) links are rendered as links: a `javascript:` URL in metadata stays text. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/**
 * Inline Markdown text that renders as written: characters CommonMark or GFM read as markup
 * anywhere (emphasis, links, code, raw HTML, entities, tables, strikethrough) are
 * backslash-escaped, and those that only act at the start of a line (headings, lists, block
 * quotes, breaks) when they start the text. Line breaks become spaces.
 */
export function escapeMarkdownInline(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^[#+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A multi-line text (a reviewer's note) as a Markdown block quote with every line inert. */
export function markdownQuoteBlock(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() ? `> ${escapeMarkdownInline(line)}` : '>'))
    .join('\n');
}
