import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentMarkdown } from '../../../src/core/analysis/segment/markdown';
import { newMarkdownRegionCache, segmentMarkdownInRegions } from '../../../src/core/analysis/segment/markdownRegions';

// Markdown constructs that could make a region parsed alone differ from the whole document:
// fences and raw HTML holding blank lines, lists and quotes, reference definitions used elsewhere,
// front matter, setext headings, tables, CRLF.
const PIECES = [
  'Iran and North Korea met in Tehran on Monday, officials said.',
  'The U.S. should act. Congress may consider sanctions.',
  '# Heading one',
  '## Heading *two*',
  '- item one\n- item two',
  '1. first\n2. second',
  '> quoted text\n> more quoted',
  '```\ncode line\n\nmore code\n```',
  '~~~python\nx = 1\n\ny = 2\n~~~',
  '<!-- a comment\n\nstill the comment -->',
  '<pre>\npre text\n\nmore pre\n</pre>',
  '[ref]: https://example.com/report',
  'See [the report][ref] and [ref] for details.',
  '    indented code',
  'Setext title\n============',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '---',
  'Text with `inline code` and <b>html</b> and a [link](https://x.org).',
  '[^1]: A footnote text.',
  'A footnote[^1] here.',
  '  - nested item\n\n    continuation paragraph',
  '2024 was a year of talks.',
  '"Quoted opening," he said.',
  '- list with fence\n\n  ```\n  fenced in a list\n\n  still fenced\n  ```',
  '<script>\nvar x = 1;\n\nvar y = 2;\n</script>',
  '***',
  '* star item\n+ plus item',
  'Term\n---',
  '\tTabbed line',
  '+++\ntoml = 1\n+++',
  '<div>\nblock html\n</div>',
  '```x```',
  'A line then\n\u00a0\nits continuation after a no-break space.',
  '<?php\n\nphp text\n\n?>',
  '> [ref]: https://example.com/quoted',
  '- [ref]: https://example.com/listed',
  '<!-->',
  '<pre>\nx\n\ny\n</script>',
  '  <!-- indented\n\nstill comment -->',
];

function doc(parts: string[], frontMatter: boolean, crlf: boolean): string {
  let text = (frontMatter ? '---\ntitle: Test\n\nauthor: Jane\n---\n' : '') + parts.join('\n\n') + '\n';
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return text;
}

function same(text: string, got: ReturnType<typeof segmentMarkdown>): void {
  const want = segmentMarkdown(text);
  assert.equal(got.prose, want.prose, 'prose');
  assert.deepEqual(got.blocks, want.blocks, 'blocks');
  assert.deepEqual(got.metadata, want.metadata, 'metadata');
}

describe('Markdown parsed in regions', () => {
  it('equals a whole parse, for random documents and random edits', function () {
    this.timeout(120000);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 30 }), ins: fc.constantFrom('x', '\n', '\n\n', '```', '- ', '# ', '[ref]: /u', '<!--', '-->', ' ', ...PIECES) }), { maxLength: 5 }),
        (parts, frontMatter, crlf, edits) => {
          const cache = newMarkdownRegionCache();
          let text = doc(parts, frontMatter, crlf);
          same(text, segmentMarkdownInRegions(text, cache));
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.ins + text.slice(Math.min(text.length, at + e.del));
            same(text, segmentMarkdownInRegions(text, cache));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-parses only the region an edit touched', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says Iran met North Korea in Tehran.`);
    const cache = newMarkdownRegionCache();
    const text = doc(paragraphs, true, false);
    segmentMarkdownInRegions(text, cache);
    const cached = new Set(cache.byText.values());
    const at = text.indexOf('Paragraph 25') + 5;
    segmentMarkdownInRegions(`${text.slice(0, at)}x${text.slice(at)}`, cache);
    const fresh = [...cache.byText.values()].filter((v) => !cached.has(v));
    assert.equal(fresh.length, 1);
  });
});
