// A readable brief in Markdown: metadata, summary, the claims in reading order with verdicts
// and notes, entities with their mentions, other notes. Everything that comes from the
// reviewer or the article is escaped, so a note holding `[link](…)` or `<script>` renders as
// the characters typed.
import type { AnchoredAnnotation, AnnotationKind } from '../model';
import type { ExportInput } from './exportInput';
import { escapeMarkdownInline as md, markdownQuoteBlock, safeHref } from './escape';
import { KIND_TITLES, inReadingOrder, lineIndex, oneLine } from './reviewOrder';
import { reviewedClaims, speakerName } from './detections';
import { isRejected } from '../review/match';
import { summarise, type Count } from './summary';

const counts = (cs: Count[]) => cs.map((c) => `${c.count} ${md(c.name)}`).join(', ');
/** "claim reviews", "note": the kind's title, in the plural unless one. */
const kindCount = (c: Count) => `${KIND_TITLES[c.name as AnnotationKind].toLowerCase()}${c.count === 1 ? '' : 's'}`;
const STATE_NOTE: Record<string, string> = { moved: ' (moved)', fuzzy: ' (placed fuzzily: the text changed)', orphan: ' (orphan: not found in the current text)' };

export function renderMarkdown(input: ExportInput): string {
  const { metadata } = input;
  const line = lineIndex(input.articleText);
  const ordered = inReadingOrder(input.anchored);
  const summary = summarise(input);
  const out: string[] = [];
  const title = metadata.title || input.articlePath;
  out.push(`# Review: ${md(title)}`, '');
  const href = safeHref(metadata.url);
  if (href) out.push(`- **Article:** ${/[<>]/.test(href) ? md(href) : `<${href}>`}`);
  out.push(`- **File:** ${md(input.articlePath)}`);
  if (metadata.author) out.push(`- **Author:** ${md(metadata.author)}`);
  if (metadata.date) out.push(`- **Published:** ${md(metadata.date)}`);
  if (summary.reviewers.length) out.push(`- **Reviewed by:** ${summary.reviewers.map(md).join(', ')}`);
  out.push(`- **Exported by:** ${md(`${input.generator.name} ${input.generator.version}`)}`, '');

  out.push('## Summary', '');
  const kinds = summary.byKind.map((c) => ({ ...c, name: kindCount(c) }));
  out.push(summary.annotations ? `${summary.annotations} annotations: ${counts(kinds)}.` : 'No annotations yet.');
  if (summary.byType.length) out.push('', `By type: ${counts(summary.byType)}.`);
  if (summary.annotations) out.push('', `Placed in the current text: ${counts(summary.byState)}.`);
  if (summary.byVerdict.length) {
    out.push('', '| Verdict | Claims |', '| --- | ---: |', ...summary.byVerdict.map((c) => `| ${md(c.name)} | ${c.count} |`));
  }
  out.push('');

  const where = (a: AnchoredAnnotation) => (a.range ? `line ${line(a.range.start)}` : 'orphan');
  const noteBlock = (a: AnchoredAnnotation) => (a.annotation.note?.trim() ? ['', markdownQuoteBlock(a.annotation.note), ''] : ['']);
  const tagLine = (a: AnchoredAnnotation) => (a.annotation.tags.length ? [`- Tags: ${a.annotation.tags.map(md).join(', ')}`] : []);
  const byLine = (a: AnchoredAnnotation) => `- ${md(a.annotation.creator)}, ${md(a.annotation.modified.slice(0, 10))}${STATE_NOTE[a.state] ?? ''}`;

  const claims = ordered.filter((a) => a.annotation.kind === 'claim-review');
  const speakers = reviewedClaims(input.anchored, input.analysis);
  out.push('## Claims', '');
  if (!claims.length) out.push('No claims reviewed yet.', '');
  claims.forEach((a, i) => {
    const { annotation: x } = a;
    out.push(`### ${i + 1}. ${x.verdict ? md(x.verdict) : 'No verdict yet'} (${where(a)})`, '');
    out.push(`“${md(x.target.quote.exact)}”`, '');
    if (x.label?.claimType) out.push(`- Type: ${md(x.label.claimType)}`);
    const speaker = speakerName(speakers.get(x.id));
    if (speaker) out.push(`- Speaker: ${md(speaker)}`);
    out.push(...tagLine(a), byLine(a), ...noteBlock(a));
  });

  out.push('## Entities', '');
  const corrections = ordered.filter((a) => a.annotation.kind === 'entity-correction');
  for (const a of corrections) {
    const { label } = a.annotation;
    const what = [label?.canonical, label?.entityType].filter((s) => s).map((s) => md(s!)).join(', ');
    out.push(`- Correction, ${where(a)}: “${md(a.annotation.target.quote.exact)}” is ${what || 'relabelled'}${a.annotation.note?.trim() ? ` (note: ${md(a.annotation.note)})` : ''}`);
  }
  if (corrections.length) out.push('');
  const analysis = input.analysis;
  if (analysis) {
    const placed = input.anchored.filter((a) => a.range);
    for (const g of analysis.groups) {
      const mentions = g.mentions.map((i) => analysis.mentions[i]!).filter((m) => !isRejected(placed, m));
      if (!mentions.length) continue;
      const forms = new Map<string, number>();
      for (const m of mentions) forms.set(oneLine(m.text), (forms.get(oneLine(m.text)) ?? 0) + 1);
      const lines = [...new Set(mentions.map((m) => line(m.start)))];
      const formList = [...forms].map(([f, n]) => `${md(f)} ×${n}`).join(', ');
      out.push(`- **${md(g.canonical)}** (${md(g.type)}): ${mentions.length} mention${mentions.length === 1 ? '' : 's'}: ${formList}; line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`);
    }
    if (!analysis.groups.length) out.push('No entities found.');
    out.push('');
  } else if (!corrections.length) {
    out.push('No entity corrections.', '');
  }

  for (const kind of ['note', 'rejected-suggestion'] as const) {
    const items = ordered.filter((a) => a.annotation.kind === kind);
    if (!items.length) continue;
    out.push(`## ${KIND_TITLES[kind]}s`, '');
    for (const a of items) {
      const type = a.annotation.label?.claimType ?? a.annotation.label?.entityType;
      out.push(`- “${md(a.annotation.target.quote.exact)}” (${where(a)}${type ? `, ${md(type)}` : ''})`);
      out.push(...tagLine(a).map((l) => `  ${l}`), `  ${byLine(a)}`);
      if (a.annotation.note?.trim()) out.push('', markdownQuoteBlock(a.annotation.note).replace(/^/gm, '  '));
      out.push('');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
