// Tokenises real text with the shipped TextMate grammar (the same engine VS Code uses) and checks
// the scopes a theme would colour: quotes, numbers, money, dates, editorial brackets, links,
// ad markers. Lines are split the way VS Code splits them (CRLF, CR or LF, terminator dropped).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

interface Line {
  text: string;
  tokens: vsctm.IToken[];
  /** True when the grammar state after this line equals the state after an empty line. */
  settled: boolean;
}

function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'syntaxes'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

const root = repoRoot(__dirname);
const grammarPath = join(root, 'syntaxes', 'policy-text.tmLanguage.json');

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.policy' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar('text.policy');
  if (!grammar) throw new Error('text.policy did not load');
  return grammar;
}

function tokenize(grammar: vsctm.IGrammar, text: string): Line[] {
  const settledState = grammar.tokenizeLine('', vsctm.INITIAL).ruleStack;
  let state = vsctm.INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return { text: line, tokens: r.tokens, settled: state.equals(settledState) };
  });
}

/** Scopes (without the root scope) of every token that overlaps `needle` on the line containing `lineMarker`. */
function scopesAt(lines: Line[], lineMarker: string, needle: string, occurrence = 0): { scopes: string[][]; before: string[]; after: string[] } {
  const found = lines.filter((l) => l.text.includes(lineMarker));
  assert.equal(found.length, 1, `exactly one fixture line contains ${JSON.stringify(lineMarker)}`);
  const line = found[0];
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = line.text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${JSON.stringify(needle)} #${occurrence} is on the line ${JSON.stringify(line.text)}`);
  const end = start + needle.length;
  const at = (offset: number) => line.tokens.find((t) => t.startIndex <= offset && offset < t.endIndex)?.scopes.slice(1) ?? [];
  return {
    scopes: line.tokens.filter((t) => t.startIndex < end && t.endIndex > start).map((t) => t.scopes.slice(1)),
    before: start > 0 ? at(start - 1) : [],
    after: end < line.text.length ? at(end) : [],
  };
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

/** `needle` is entirely in `scope`, and the scope starts and ends exactly at its edges. */
function expectExact(lines: Line[], lineMarker: string, needle: string, scope: string, occurrence = 0): void {
  const { scopes, before, after } = scopesAt(lines, lineMarker, needle, occurrence);
  for (const s of scopes) assert.ok(has(s, scope), `${JSON.stringify(needle)} should be ${scope}, got ${JSON.stringify(s)}`);
  assert.ok(!has(before, scope), `${scope} should start at ${JSON.stringify(needle)}, but the character before has ${JSON.stringify(before)}`);
  assert.ok(!has(after, scope), `${scope} should end after ${JSON.stringify(needle)}, but the character after has ${JSON.stringify(after)}`);
}

function expectWithin(lines: Line[], lineMarker: string, needle: string, scope: string): void {
  for (const s of scopesAt(lines, lineMarker, needle).scopes) {
    assert.ok(has(s, scope), `${JSON.stringify(needle)} should be inside ${scope}, got ${JSON.stringify(s)}`);
  }
}

function expectNot(lines: Line[], lineMarker: string, needle: string, scope: string): void {
  for (const s of scopesAt(lines, lineMarker, needle).scopes) {
    assert.ok(!has(s, scope), `${JSON.stringify(needle)} should not be ${scope}, got ${JSON.stringify(s)}`);
  }
}

describe('policy-text grammar', () => {
  let grammar: vsctm.IGrammar;
  let lines: Line[];
  let fixtureText: string;

  before(async () => {
    grammar = await loadGrammar();
    fixtureText = readFileSync(join(root, 'test', 'fixtures', 'grammar', 'sample.policy.txt'), 'utf8');
    lines = tokenize(grammar, fixtureText);
  });

  it('is the grammar package.json contributes for the policy-text language', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language: string }) => g.language === 'policy-text');
    assert.equal(contributed.scopeName, 'text.policy');
    assert.equal(join(root, contributed.path), grammarPath);
    assert.equal(JSON.parse(readFileSync(grammarPath, 'utf8')).scopeName, 'text.policy');
  });

  it('colours curly and straight quotations, keeping apostrophes inside them', () => {
    expectExact(lines, 'Supreme Leader has', '“ban[ed] holding any talks with America”', 'string.quoted.double');
    expectNot(lines, 'Supreme Leader has', 'Iran’s', 'string');
    expectNot(lines, 'Supreme Leader has', 'it’s unclear', 'string');
    expectExact(lines, 'She said', '‘it’s Iran’s call’', 'string.quoted.single');
    expectExact(lines, 'She said', "'don't wait'", 'string.quoted.single');
    expectExact(lines, 'She said', "'we'll see'", 'string.quoted.single');
    expectExact(lines, 'Deterrence works', '"Deterrence works,"', 'string.quoted.double');
    expectExact(lines, 'Deterrence works', '"as it did [in the 1990s] [sic]."', 'string.quoted.double');
    expectExact(lines, 'Supreme Leader has', '“', 'punctuation.definition.string.begin');
    expectExact(lines, 'Supreme Leader has', '”', 'punctuation.definition.string.end');
  });

  it('ends an unclosed quotation at the end of its line', () => {
    expectWithin(lines, 'An “unclosed', 'runs to the end of this line only', 'string.quoted.double');
    expectNot(lines, 'plain again', 'This line is plain again', 'string');
    expectExact(lines, 'plain again', '42', 'constant.numeric');
  });

  it('marks editorial insertions, [sic] and elisions, also inside quotations', () => {
    expectExact(lines, 'Supreme Leader has', '[ed]', 'markup.inserted.editorial');
    expectWithin(lines, 'Supreme Leader has', '[ed]', 'string.quoted.double');
    expectNot(lines, 'Supreme Leader has', 'ban', 'markup.inserted');
    expectExact(lines, 'Deterrence works', '[in the 1990s]', 'markup.inserted.editorial');
    expectExact(lines, 'Deterrence works', '[sic]', 'markup.inserted.editorial.sic');
    expectExact(lines, 'would resume', '[...]', 'markup.deleted.elision');
    expectExact(lines, 'would resume', '[…]', 'markup.deleted.elision');
    expectExact(lines, 'footnote [3]', '[3]', 'constant.other.reference.footnote');
  });

  it('dims ad, template and boilerplate markers as comments', () => {
    expectExact(lines, '{mosads}', '{mosads}', 'comment.block.ad-marker');
    expectExact(lines, '{mosads}', '{/mosads}', 'comment.block.ad-marker');
    expectNot(lines, '{mosads}', 'Currently, North Korea', 'comment');
    expectExact(lines, 'Template residue', '{{byline}}', 'comment.block.template');
    expectExact(lines, 'Template residue', '<!-- ad slot -->', 'comment.block.html');
    expectExact(lines, 'Advertisement', 'Advertisement', 'comment.line.boilerplate');
  });

  it('tells money and percentages from plain numbers', () => {
    expectExact(lines, 'Aid rose', '50 percent', 'constant.numeric.percentage');
    expectExact(lines, 'Aid rose', '$3.2 billion', 'constant.numeric.currency');
    expectExact(lines, 'Aid rose', '3.5%', 'constant.numeric.percentage');
    expectExact(lines, 'Aid rose', 'US$40 million', 'constant.numeric.currency');
    expectExact(lines, 'Aid rose', '€5', 'constant.numeric.currency');
    expectExact(lines, 'Aid rose', '£1.2bn', 'constant.numeric.currency');
    expectExact(lines, 'inflation hit', '-2.5%', 'constant.numeric.percentage');
    expectExact(lines, 'blockquote', '1,250', 'constant.numeric');
    expectNot(lines, 'Aid rose', 'GDP', 'constant');
  });

  it('leaves digits inside names alone', () => {
    expectNot(lines, 'Shahab-3', 'Shahab-3', 'constant.numeric');
    expectNot(lines, 'Shahab-3', 'G20', 'constant.numeric');
  });

  it('recognises dates in the forms policy texts use', () => {
    expectExact(lines, 'entered into force', 'August 7', 'constant.numeric.date');
    expectExact(lines, 'inflation hit', 'Aug. 7, 2018', 'constant.numeric.date');
    expectExact(lines, 'inflation hit', '2018-08-07', 'constant.numeric.date');
    expectExact(lines, 'inflation hit', '04/16/2026', 'constant.numeric.date');
    expectExact(lines, 'inflation hit', '2025', 'constant.numeric.date');
    expectExact(lines, 'would resume', '7 August 2018', 'constant.numeric.date');
    expectExact(lines, 'Funding for', 'FY 2026-2027', 'constant.numeric.date');
    expectExact(lines, 'Funding for', 'FY27', 'constant.numeric.date');
    expectExact(lines, 'Funding for', '1990s', 'constant.numeric.date');
    expectExact(lines, 'Funding for', '’90s', 'constant.numeric.date');
    expectExact(lines, '# Sanctions', 'FY2027', 'constant.numeric.date');
  });

  it('underlines URLs and emails and tags handles, without trailing punctuation', () => {
    expectExact(lines, 'Read https', 'https://www.crs.gov/reports/R123?x=1', 'markup.underline.link.url');
    expectExact(lines, 'Read https', 'press@state.gov', 'markup.underline.link.email');
    expectExact(lines, 'Read https', '@StateDept', 'entity.name.tag.handle');
    expectExact(lines, 'Read https', '#Iran', 'entity.name.tag.hashtag');
    expectNot(lines, 'Read https', 'state.gov', 'entity.name.tag.handle');
    expectExact(lines, 'See [the report]', 'https://example.org/report', 'markup.underline.link');
    expectExact(lines, 'See [the report]', 'the report', 'string.other.link.title');
    expectNot(lines, 'See [the report]', '[the report]', 'markup.inserted');
  });

  it('keeps offsets right after emoji (UTF-16) and on CRLF lines', () => {
    expectExact(lines, 'Launch costs', '12%', 'constant.numeric.percentage');
    expectExact(lines, 'Launch costs', '“quote”', 'string.quoted.double');
    expectExact(lines, 'Launch costs', '3', 'constant.numeric');
    assert.match(fixtureText, /A CRLF line:[^\n]*\r\n/, 'the fixture must keep its CRLF line (see .gitattributes)');
    expectExact(lines, 'A CRLF line', '“ban[ed]”', 'string.quoted.double');
    expectExact(lines, 'A CRLF line', '7 August 2018', 'constant.numeric.date');
    expectExact(lines, 'A CRLF line', '$5 million', 'constant.numeric.currency');
  });

  it('colours Markdown-ish structure', () => {
    expectWithin(lines, '# Sanctions', 'Sanctions Outlook', 'markup.heading');
    expectExact(lines, '# Sanctions', '#', 'punctuation.definition.heading');
    expectWithin(lines, 'blockquote', 'A blockquote with', 'markup.quote');
    expectExact(lines, 'A bullet', '-', 'punctuation.definition.list.begin');
    expectExact(lines, 'A bullet', '**bold**', 'markup.bold');
    expectExact(lines, 'A bullet', '*italic*', 'markup.italic');
  });

  it('never carries state from one line to the next, on the fixture and on the bundled sample', () => {
    const sample = readFileSync(join(root, 'samples', 'iran-north-korea-meeting.txt'), 'utf8');
    for (const [name, tokenized] of [['fixture', lines], ['sample', tokenize(grammar, sample)]] as const) {
      const leaking = tokenized.filter((l) => !l.settled).map((l) => l.text.slice(0, 60));
      assert.deepEqual(leaking, [], `${name}: lines leaving a construct open`);
    }
  });
});
