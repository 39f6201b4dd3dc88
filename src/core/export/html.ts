// One self-contained HTML file: inline CSS, no scripts, no external requests (a Content
// Security Policy forbids them, in case anything slipped through escaping). The highlighted
// article and the review sit side by side on screen and one after the other in print.
import type { AnchoredAnnotation, AnnotationKind } from '../model';
import { CLAIM_TYPES, ENTITY_TYPES } from '../model';
import type { ExportInput } from './exportInput';
import { escapeHtml as h, safeHref } from './escape';
import { BOILERPLATE_COLOR, CLAIM_UNDERLINE, ENTITY_TINT, VERDICT_COLOR, verdictSlug } from './palette';
import { KIND_TITLES, ellipsis, inReadingOrder, lineIndex } from './reviewOrder';
import { reviewedClaims, speakerName } from './detections';
import { highlightedArticle } from './htmlHighlights';
import { summarise, type Count } from './summary';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

function stylesheet(): string {
  const rules = [
    ':root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0}',
    'body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fff}',
    'header.top{padding:1.25rem 2rem;border-bottom:1px solid var(--line)}',
    'header.top h1{margin:0 0 .35rem;font-size:1.45rem}',
    '.meta{margin:0;color:var(--muted);display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}.meta dt{font-weight:600}.meta div{display:flex;gap:.4rem}.meta dd{margin:0}',
    '.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(20rem,2fr);gap:2rem;padding:1.5rem 2rem}',
    '@media (max-width:900px){.layout{grid-template-columns:1fr}}',
    '.text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.7 Georgia,"Times New Roman",serif}',
    'h2{font-size:1.1rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}',
    '.e{border-radius:2px}',
    ...ENTITY_TYPES.map((t) => `.e-${t}{background:${ENTITY_TINT[t]}}`),
    ...CLAIM_TYPES.filter((t) => t !== 'none').map((t) => `.c-${t}{border-bottom:1px dashed ${CLAIM_UNDERLINE[t as Exclude<typeof t, 'none'>]}}`),
    ...Object.entries(VERDICT_COLOR).map(([slug, color]) => `.v-${slug}{border-bottom:2px solid ${color}}.badge.v-${slug}{background:${color}}`),
    '.n{outline:1px dotted #57606a;outline-offset:1px}',
    `.bp{color:${BOILERPLATE_COLOR}}`,
    'a.mark{font:600 .7em system-ui,sans-serif;vertical-align:super;margin-left:1px;padding:0 .25em;border-radius:.6em;background:#eaeef2;color:#1f2328;text-decoration:none}',
    'a.mark:target,.card:target{outline:2px solid #0969da}',
    '.cards{list-style:none;padding:0;margin:0}',
    '.card{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:0 0 .75rem;break-inside:avoid}',
    '.card h3{margin:0 0 .35rem;font-size:.95rem;display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}',
    '.card .num{color:var(--muted)}',
    '.badge{color:#fff;border-radius:1em;padding:0 .6em;font-size:.8rem;font-weight:600;border:0}',
    '.card blockquote{margin:.25rem 0;padding-left:.6rem;border-left:3px solid var(--line);font-family:Georgia,serif}',
    '.card .facts{margin:.3rem 0 0;color:var(--muted);font-size:.85rem}',
    '.note{white-space:pre-wrap;overflow-wrap:anywhere;margin:.4rem 0 0;background:#f6f8fa;border-radius:4px;padding:.4rem .6rem}',
    '.orphan{border-style:dashed}',
    'table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left}td.n2{text-align:right}',
    '.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.85rem;margin:.5rem 0}',
    '@media print{body{font-size:11pt}.layout{display:block;padding:0}aside{break-before:page}header.top{padding:0 0 .5rem}' +
      'a.mark{background:none;color:inherit}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}',
  ];
  return rules.join('\n');
}

const countRows = (cs: Count[], cls?: (name: string) => string) =>
  cs.map((c) => `<tr><td>${cls ? `<span class="badge ${cls(c.name)}">${h(c.name)}</span>` : h(c.name)}</td><td class="n2">${c.count}</td></tr>`).join('');

function card(input: ExportInput, a: AnchoredAnnotation, n: number, line: (o: number) => number, speaker: string | undefined): string {
  const x = a.annotation;
  const id = h(x.id);
  const verdict = x.verdict ? `<span class="badge v-${verdictSlug(x.verdict)}">${h(x.verdict)}</span>` : '';
  const type = x.label?.claimType ?? x.label?.entityType;
  const facts = [
    a.range ? `line ${line(a.range.start)}` : 'orphan: not found in the current text',
    a.state === 'fuzzy' ? 'placed fuzzily' : a.state === 'moved' ? 'moved' : '',
    type ? h(type) : '',
    x.label?.canonical ? `= ${h(x.label.canonical)}` : '',
    speaker ? `speaker: ${h(speaker)}` : '',
    x.tags.length ? `tags: ${x.tags.map(h).join(', ')}` : '',
    `${h(x.creator)}, ${h(x.modified.slice(0, 10))}`,
  ].filter((f) => f);
  const back = a.range ? ` <a href="#t-${id}" title="show in the text">↩</a>` : '';
  return (
    `<li class="card${a.range ? '' : ' orphan'}" id="r-${id}"><h3><span class="num">${n}.</span> ${KIND_TITLES[x.kind]} ${verdict}${back}</h3>` +
    `<blockquote>${h(ellipsis(x.target.quote.exact, 400))}</blockquote>` +
    `<p class="facts">${facts.join(' · ')}</p>` +
    (x.note?.trim() ? `<div class="note">${h(x.note)}</div>` : '') +
    '</li>'
  );
}

export function renderHtml(input: ExportInput): string {
  const { metadata } = input;
  const title = metadata.title || input.articlePath;
  const ordered = inReadingOrder(input.anchored);
  const numbers = new Map(ordered.map((a, i) => [a.annotation.id, i + 1]));
  const line = lineIndex(input.articleText);
  const speakers = reviewedClaims(input.anchored, input.analysis);
  const summary = summarise(input);
  const href = safeHref(metadata.url);
  const meta = [
    ['Article', href ? `<a href="${h(href)}">${h(href)}</a>` : ''],
    ['File', h(input.articlePath)],
    ['Author', h(metadata.author ?? '')],
    ['Published', h(metadata.date ?? '')],
    ['Reviewed by', summary.reviewers.map(h).join(', ')],
  ].filter(([, v]) => v);

  const usedTypes = new Set(input.analysis?.mentions.map((m) => m.type) ?? []);
  const legend = ENTITY_TYPES.filter((t) => usedTypes.has(t)).map((t) => `<span class="e e-${t}">${t}</span>`).join('');

  const entities = input.analysis?.groups.length
    ? `<h2>Entities</h2><table><thead><tr><th>Entity</th><th>Type</th><th>Mentions</th></tr></thead><tbody>${input.analysis.groups
        .map((g) => `<tr><td><span class="e e-${g.type}">${h(g.canonical)}</span>${g.forms.length > 1 || g.forms[0] !== g.canonical ? ` <small>(${g.forms.map(h).join(', ')})</small>` : ''}</td><td>${h(g.type)}</td><td class="n2">${g.mentions.length}</td></tr>`)
        .join('')}</tbody></table>`
    : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${h(`${input.generator.name} ${input.generator.version}`)}">
<title>Review: ${h(title)}</title>
<style>
${stylesheet()}
</style>
</head>
<body>
<header class="top">
<h1>Review: ${h(title)}</h1>
<dl class="meta">${meta.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>
</header>
<main class="layout">
<article class="text" aria-label="Article text">${highlightedArticle(input, numbers)}</article>
<aside aria-label="Review">
<h2>Summary</h2>
<p>${summary.annotations} annotation${summary.annotations === 1 ? '' : 's'}${summary.byKind.length ? `: ${summary.byKind.map((c) => `${c.count} ${KIND_TITLES[c.name as AnnotationKind].toLowerCase()}${c.count === 1 ? '' : 's'}`).join(', ')}` : ''}.${summary.byState.some((s) => s.name === 'orphan') ? ` <strong>${summary.byState.find((s) => s.name === 'orphan')!.count} not found in the current text.</strong>` : ''}</p>
${summary.byVerdict.length ? `<table><thead><tr><th>Verdict</th><th>Claims</th></tr></thead><tbody>${countRows(summary.byVerdict, (v) => `v-${verdictSlug(v)}`)}</tbody></table>` : ''}
${legend ? `<div class="legend">${legend}</div>` : ''}
<h2>Annotations</h2>
${ordered.length ? `<ol class="cards">${ordered.map((a) => card(input, a, numbers.get(a.annotation.id)!, line, speakerName(speakers.get(a.annotation.id)))).join('\n')}</ol>` : '<p>No annotations yet.</p>'}
${entities}
<p class="facts">Exported by ${h(`${input.generator.name} ${input.generator.version}`)}.</p>
</aside>
</main>
</body>
</html>
`;
}
