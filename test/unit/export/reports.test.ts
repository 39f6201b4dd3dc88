import * as assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { buildExportInput, renderHtml, renderMarkdown } from '../../../src/core/export';
import { CLAIM_UNDERLINE, ENTITY_TINT, VERDICT_COLOR } from '../../../src/core/export/palette';
import pkg from '../../../package.json';
import { GENERATOR, annotate, sampleInput, sampleText, sidecarOf } from './fixtures';

interface MdNode { type: string; value?: string; children?: MdNode[] }
const walk = (n: MdNode, out: MdNode[] = []): MdNode[] => (out.push(n), n.children?.forEach((c) => walk(c, out)), out);
const textOf = (n: MdNode): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');

/** Every tag closed in order (void elements aside): the HTML a browser will not have to repair. */
function assertBalanced(html: string): void {
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<!doctype html>/i, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, close, name] = m;
    const tag = name!.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else assert.equal(stack.pop(), tag, `</${tag}> at ${m.index} closes <${stack.at(-1)}>`);
  }
  assert.deepEqual(stack, []);
}

describe('Markdown report', () => {
  const input = sampleInput({ analysis: true });
  const md = renderMarkdown(input);
  const tree = unified().use(remarkParse).parse(md) as MdNode;
  const nodes = walk(tree);

  it('has metadata, summary by kind and verdict, claims in order, entities with mentions', () => {
    assert.match(md, /^# Review: Iran\\?-North Korea meeting — A message for the US\?$/m);
    assert.match(md, /\*\*Author:\*\* David Maxwell/);
    assert.match(md, /5 annotations: 2 claim reviews, 1 entity correction, 1 note, 1 rejected suggestion/);
    assert.match(md, /\| Partly supported \| 1 \|/);
    assert.match(md, /\| Unverifiable \| 1 \|/);
    assert.ok(md.indexOf('### 1. Partly supported') < md.indexOf('### 2. Unverifiable'), 'claims in reading order');
    assert.match(md, /\*\*North Korea\*\* \(country\): \d+ mentions: North Korea ×\d+/);
  });

  it('keeps reviewer text inert: no link, HTML, emphasis or list comes from a note', () => {
    const types = new Set(nodes.map((n) => n.type));
    for (const t of ['html', 'image', 'linkReference']) assert.ok(!types.has(t), `no ${t} node`);
    const links = nodes.filter((n) => n.type === 'link') as (MdNode & { url: string })[];
    assert.deepEqual(links.map((l) => l.url), ['https://thehill.com/opinion/national-security/401823'], 'only the article link');
    const emphasised = nodes.filter((n) => n.type === 'strong' || n.type === 'emphasis').map(textOf);
    assert.ok(!emphasised.includes('now'), 'the note’s **now** stays literal');
    const quotes = nodes.filter((n) => n.type === 'blockquote').map(textOf);
    assert.ok(quotes.some((q) => q.includes('See <script>alert("x")</script> and [a link](javascript:alert(1)) **now** & then')));
    const multiline = quotes.find((q) => q.includes('not a list'))!;
    assert.match(multiline, /1\. not a list\n# not a heading\n> not a quote/);
  });
});

describe('HTML report', () => {
  const input = sampleInput({ analysis: true });
  const html = renderHtml(input);

  it('escapes a note with <script> and Markdown, and runs no script at all', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes('See &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and [a link](javascript:alert(1)) **now** &amp; then'));
    assert.doesNotMatch(html, /href="javascript:/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event handler attributes');
  });

  it('is one standalone, well-formed file: no external requests, inline CSS, printable', () => {
    assert.ok(html.startsWith('<!doctype html>'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(html, /<(link|img|iframe|object|embed)\b|url\(|@import|src=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(hrefs.every((h) => h.startsWith('#') || h === 'https://thehill.com/opinion/national-security/401823'), hrefs.join(' '));
    assert.match(html, /@media print\{/);
    assertBalanced(html);
  });

  it('shows the whole article with entities tinted, claims underlined and verdicts coloured', () => {
    const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
    const unescape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const markers = [...article.matchAll(/<a class="mark"[^>]*>(\d+)<\/a>/g)].length;
    assert.equal(markers, input.anchored.length);
    assert.equal(unescape(article.replace(/<a class="mark"[^>]*>\d+<\/a>/g, '')), input.articleText, 'the text, character for character');
    assert.match(article, /<span class="e e-country" title="country: North Korea">North Korea<\/span>/);
    assert.match(article, /class="[^"]*\bv v-partlySupported\b[^"]*"[^>]*>three provocative/);
    assert.match(article, /class="c c-[a-z]+"/);
    assert.match(html, /<li class="card" id="r-[^"]+"><h3><span class="num">1\.<\/span>/);
  });

  it('lists orphans in the review, marked, without a place in the text', () => {
    const text = sampleText();
    const a = annotate(text, 'Ri Yong-ho', { kind: 'note', note: 'x' });
    const orphan = { ...a, target: { ...a.target, quote: { exact: 'a sentence the editor deleted', prefix: '', suffix: '' } } };
    const out = renderHtml(buildExportInput({ articleText: text, sidecar: sidecarOf(text, [orphan]), generator: GENERATOR }));
    assert.match(out, /<li class="card orphan" id="r-/);
    assert.match(out, /orphan: not found in the current text/);
    assert.doesNotMatch(out, /class="mark"/);
  });

  it('uses the editor’s light-theme colours', () => {
    const light = new Map(pkg.contributes.colors.map((c: { id: string; defaults: { light: string } }) => [c.id, c.defaults.light]));
    for (const [type, color] of Object.entries(ENTITY_TINT)) assert.equal(color, light.get(`policyLens.entity.${type}Background`), type);
    for (const [type, color] of Object.entries(CLAIM_UNDERLINE)) assert.equal(color, light.get(`policyLens.claim.${type}Underline`), type);
    for (const [slug, color] of Object.entries(VERDICT_COLOR)) assert.equal(color, light.get(`policyLens.verdict.${slug}Foreground`), slug);
  });
});
