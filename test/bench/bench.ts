// `npm run bench`: analysis speed on ~1 MB of policy text, with the compromise library's
// people/places/organizations extraction on the same text as a baseline measured in the same
// run; then the same text in a real VS Code (editor/), when this machine can run one. Prints
// figures and ratios; it is a report, not a test (these machines are noisy).
//   node dist-test/bench/bench.js [engine] [annotations] [editor]   (default: all)
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IncrementalAnalyzer, analyze, defaultKnowledgeIndex } from '../../src/core/analysis/analyze';
import { buildIndex, builtinKnowledge } from '../../src/core/knowledge';
import { corpusText, repoRoot } from './corpusText';
import { benchEditor } from './editor/driver';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const fmt = (x: number, d = 1) => x.toFixed(d);
const flat = (s: string) => Buffer.from(s, 'utf16le').toString('utf16le');

export async function benchAnalysis(): Promise<Record<string, number | string>> {
  const text = corpusText();
  const mb = text.length / (1024 * 1024);
  let peak = process.memoryUsage().heapUsed;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));

  let t = performance.now();
  const kb = builtinKnowledge();
  const index = buildIndex(kb);
  const indexMs = performance.now() - t;
  defaultKnowledgeIndex();

  // Cold: a fresh analyzer every run, so no cache can flatter the figure.
  // The first run in a process also pays for compiling the analyser (JIT): reported apart.
  const cold: number[] = [];
  t = performance.now();
  let result = analyze(text, { format: 'plaintext', knowledge: index });
  const firstMs = performance.now() - t;
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    result = new IncrementalAnalyzer({ format: 'plaintext', knowledge: index }).analyze(text);
    cold.push(performance.now() - t);
    sample();
  }
  const coldMs = median(cold);

  // Single-character edits in the middle, alternately typed and deleted: once at the exact
  // middle (in this corpus, inside a 30 KB single-line speech paragraph) and once in the
  // ordinary-sized paragraph nearest the middle.
  const editTimes = (at: number): number[] => {
    const inc = new IncrementalAnalyzer({ format: 'plaintext', knowledge: index });
    inc.analyze(text);
    let current = text;
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const typing = i % 2 === 0;
      // The editor hands over a flat string (document.getText()); build one outside the timing.
      const next = flat(typing ? `${current.slice(0, at)}x${current.slice(at)}` : `${current.slice(0, at)}${current.slice(at + 1)}`);
      const edit = typing ? { start: at, end: at, delta: 1 } : { start: at, end: at + 1, delta: -1 };
      t = performance.now();
      inc.analyze(next, edit);
      times.push(performance.now() - t);
      current = next;
      sample();
    }
    return times.slice(10);
  };
  const mid = text.indexOf(' ', Math.floor(text.length / 2));
  const ordinary = result.blocks
    .filter((b) => !b.boilerplate && b.end - b.start >= 300 && b.end - b.start <= 2000)
    .sort((a, b) => Math.abs(a.start - mid) - Math.abs(b.start - mid))[0];
  const steady = editTimes(mid);
  const typical = ordinary ? editTimes(text.indexOf(' ', ordinary.start + 50)) : steady;

  // The same text as Markdown (short lines as headings, a fenced block every 40 paragraphs,
  // links): Markdown is re-parsed by regions, not incrementally by paragraph like plain text.
  const md = asMarkdown(text);
  t = performance.now();
  const mdAnalyzer = new IncrementalAnalyzer({ format: 'markdown', knowledge: index });
  mdAnalyzer.analyze(md);
  const mdColdMs = performance.now() - t;
  const mdAt = md.indexOf(' ', Math.floor(md.length / 2));
  let mdCurrent = md;
  const mdTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const typing = i % 2 === 0;
    const next = flat(typing ? `${mdCurrent.slice(0, mdAt)}x${mdCurrent.slice(mdAt)}` : `${mdCurrent.slice(0, mdAt)}${mdCurrent.slice(mdAt + 1)}`);
    t = performance.now();
    mdAnalyzer.analyze(next, typing ? { start: mdAt, end: mdAt, delta: 1 } : { start: mdAt, end: mdAt + 1, delta: -1 });
    mdTimes.push(performance.now() - t);
    mdCurrent = next;
  }


  // Baseline: compromise's named-entity extraction on the same text.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise');
  t = performance.now();
  const doc = nlp(text);
  const people = doc.people().out('array').length;
  const places = doc.places().out('array').length;
  const orgs = doc.organizations().out('array').length;
  const compromiseMs = performance.now() - t;
  sample();

  return {
    'text (MB)': fmt(mb, 2),
    'knowledge index build (ms)': fmt(indexMs),
    'cold full analysis, median of 5 (ms)': fmt(coldMs),
    'cold full analysis (ms/MB)': fmt(coldMs / mb),
    'first analysis in a fresh process, JIT cold (ms)': fmt(firstMs),
    'single-char edit, median (ms)': fmt(median(steady), 2),
    'single-char edit, p95 (ms)': fmt(percentile(steady, 95), 2),
    'single-char edit in a 300-2000 char paragraph, median (ms)': fmt(median(typical), 2),
    'single-char edit in a 300-2000 char paragraph, p95 (ms)': fmt(percentile(typical, 95), 2),
    'Markdown version: cold analysis (ms)': fmt(mdColdMs),
    'Markdown version: single-char edit, median / p95 (ms)': `${fmt(median(mdTimes.slice(5)), 1)} / ${fmt(percentile(mdTimes.slice(5), 95), 1)}`,
    'peak heap (MB)': fmt(peak / 1024 / 1024),
    'mentions / claims found': `${result.mentions.length} / ${result.claims.filter((c) => c.type !== 'none').length}`,
    'compromise people+places+orgs (ms)': fmt(compromiseMs),
    'compromise found (people/places/orgs)': `${people}/${places}/${orgs}`,
    'speed-up vs compromise (×)': fmt(compromiseMs / coldMs),
  };
}

function asMarkdown(text: string): string {
  let md = '---\ntitle: Benchmark\n---\n\n';
  text.split(/\n\s*\n/).forEach((p, i) => {
    md += `${p.length < 80 ? `## ${p.trim()}` : p.replace(/Congress/g, '[Congress](https://www.congress.gov)')}\n\n`;
    if (i % 40 === 0) md += '```\nexample code\n```\n\n';
  });
  return md;
}

async function main(): Promise<void> {
  type Section = [name: string, title: string, run: () => Promise<Record<string, number | string>>];
  const sections: Section[] = [['engine', 'Analysis engine', benchAnalysis]];
  const wanted = process.argv.slice(2);
  const want = (name: string) => wanted.length === 0 || wanted.includes(name);
  try {
    // The annotations benchmark lives beside this one when that feature is built (loading it
    // runs it, so only when wanted).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = want('annotations') ? (require('./bench-annotations.js') as { benchAnnotations?: () => Promise<Record<string, number | string>> }) : {};
    if (mod.benchAnnotations) sections.push(['annotations', 'Annotations sidecar', mod.benchAnnotations]);
  } catch {
    // not built
  }
  sections.push(['editor', 'Editor (real VS Code, ~1 MB document)', () => benchEditor(corpusText(), repoRoot(), join(__dirname, 'editor', 'benchEditorHost.js'))]);
  for (const [name, title, run] of sections) {
    if (!want(name)) continue;
    console.log(`\n${title}`);
    const figures = await run();
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(width)}  ${v}`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
