// `npm run eval [-- --json]`: scores the analysis engine against the hand-labelled fixtures in
// test/fixtures/eval (entities per type, claim types, check-worthiness) and the check-worthiness
// model against ClaimBuster's groundtruth.tsv. A report, not a test: it exits 0 whatever the scores.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/analysis/analyze';
import { CHECKWORTHY_THRESHOLD, checkworthiness } from '../../src/core/analysis/claims/checkworthiness';
import { CLAIM_TYPES, ENTITY_TYPES, type Analysis } from '../../src/core/model';
import { parseGroundtruth } from './groundtruth';
import { findRepoRoot, labelProblems, loadFixtures, type Fixture } from './labelledFixtures';
import { NO_CLAIM, scoreBinary, scoreClaims, scoreEntities, type Averaged, type Prf } from './scores';

interface FixtureRun {
  fixture: Fixture;
  analysis?: Analysis;
  error?: string;
  ms: number;
}

function run(fixture: Fixture): FixtureRun {
  const t = performance.now();
  try {
    const analysis = analyze(fixture.text, { format: fixture.labels.format });
    return { fixture, analysis, ms: performance.now() - t };
  } catch (e) {
    return { fixture, error: e instanceof Error ? e.message : String(e), ms: performance.now() - t };
  }
}

/** Entities inside boilerplate lines are not labelled, so predictions there are neither right nor wrong. */
function scoredMentions({ fixture, analysis }: FixtureRun) {
  const boiler = fixture.labels.claims.filter((c) => c.boilerplate);
  return (analysis?.mentions ?? []).filter((m) => !boiler.some((b) => m.start < b.end && b.start < m.end));
}

function groundtruthScores(sharedDir: string) {
  const file = join(sharedDir, 'data', 'claimbuster', 'groundtruth.tsv');
  if (!existsSync(file)) return { missing: file };
  const { rows, skipped } = parseGroundtruth(readFileSync(file, 'utf8'));
  const scores = scoreBinary(rows.map((r) => ({ expected: r.checkworthy, predicted: checkworthiness(r.text) >= CHECKWORTHY_THRESHOLD })));
  return { file, skipped, positives: rows.filter((r) => r.checkworthy).length, ...scores };
}

function evaluate(repoRoot: string) {
  const runs = loadFixtures(repoRoot).map(run);
  const entities = scoreEntities(runs.map((r) => ({ gold: r.fixture.labels.entities, predicted: scoredMentions(r) })));
  const claims = scoreClaims(runs.map((r) => ({ gold: r.fixture.labels.claims, predicted: r.analysis?.claims ?? [] })));
  const labelled = runs.flatMap((r) => r.fixture.labels.claims.filter((c) => c.checkworthy !== undefined));
  const modelOnFixtures = scoreBinary(labelled.map((c) => ({ expected: c.checkworthy!, predicted: checkworthiness(c.text) >= CHECKWORTHY_THRESHOLD })));
  const sharedDir = resolve(repoRoot, '..', 'shared');
  return {
    fixtures: runs.map(({ fixture, analysis, error, ms }) => ({
      name: fixture.name,
      chars: fixture.text.length,
      labelProblems: labelProblems(fixture).length,
      entities: { labelled: fixture.labels.entities.length, predicted: analysis?.mentions.length ?? 0 },
      sentences: { labelled: fixture.labels.claims.length, predictedClaims: analysis?.claims.length ?? 0 },
      ms: Math.round(ms * 10) / 10,
      ...(error ? { error } : {}),
    })),
    entities,
    claims,
    checkworthiness: {
      threshold: CHECKWORTHY_THRESHOLD,
      engineOnFixtures: claims.checkworthy,
      modelOnFixtureSentences: modelOnFixtures,
      claimbusterGroundtruth: groundtruthScores(sharedDir),
    },
  };
}

type Report = ReturnType<typeof evaluate>;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const prfCells = (s: Prf) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const row = (label: string, ...cells: (string | number)[]) => label.padEnd(16) + cells.map((c) => String(c).padStart(6)).join(' ');

function entityTable(r: Report): string[] {
  const { strict, relaxed, canonical } = r.entities;
  const gold = (s: Averaged<string>, t: string) => s.perType[t].tp + s.perType[t].fn;
  const pred = (s: Averaged<string>, t: string) => s.perType[t].tp + s.perType[t].fp;
  const out = [
    'ENTITIES  strict = same span and type; relaxed = overlapping span, same type (one to one)',
    `${'type'.padEnd(16)}  gold   pred |   strict P     R    F1 |  relaxed P     R    F1`,
  ];
  for (const t of ENTITY_TYPES) {
    out.push(`${row(t, gold(strict, t), pred(strict, t))} |      ${prfCells(strict.perType[t])} |      ${prfCells(relaxed.perType[t])}`);
  }
  const g = strict.micro.tp + strict.micro.fn;
  const p = strict.micro.tp + strict.micro.fp;
  out.push(`${row('micro', g, p)} |      ${prfCells(strict.micro)} |      ${prfCells(relaxed.micro)}`);
  out.push(`${row('macro F1', '', '')} |                  ${pct(strict.macroF1)} |                  ${pct(relaxed.macroF1)}`);
  const share = canonical.matched ? ` (${pct(canonical.correct / canonical.matched).trim()}%)` : '';
  out.push(`canonical name right on ${canonical.correct} of ${canonical.matched} strict matches${share}`);
  return out;
}

function claimTables(r: Report): string[] {
  const c = r.claims;
  const out = [
    'CLAIMS  a labelled sentence matches the predicted claim sharing >= 50% of the longer span;',
    '        an unmatched sentence counts as predicted `none`; unmatched predicted claims count as false positives',
    `${'type'.padEnd(16)}  gold   pred |        P     R    F1`,
  ];
  for (const t of CLAIM_TYPES) {
    const s = c.perType[t];
    out.push(`${row(t, s.tp + s.fn, s.tp + s.fp)} |      ${prfCells(s)}`);
  }
  out.push(`${row('micro', '', '')} |      ${prfCells(c.micro)}`);
  out.push(`${row('macro F1', '', '')} |                  ${pct(c.macroF1)}`);
  out.push(`accuracy over labelled sentences: ${pct(c.accuracy).trim()}%; matched to a predicted claim: ${c.matched} of ${c.sentences}`);
  out.push(`secondary flags on matched sentences: P ${pct(c.flags.precision)}  R ${pct(c.flags.recall)}  F1 ${pct(c.flags.f1)}`);
  out.push('', 'confusion (rows: labelled, columns: predicted)');
  const cols = [...CLAIM_TYPES, NO_CLAIM] as const;
  const short = (s: string) => s.slice(0, 8);
  out.push('labelled \\ pred'.padEnd(16) + cols.map((k) => short(k).padStart(9)).join(''));
  for (const t of CLAIM_TYPES) out.push(t.padEnd(16) + cols.map((k) => String(c.confusion[t][k] || '.').padStart(9)).join(''));
  out.push('(no sentence)'.padEnd(16) + cols.map((k) => String((k === NO_CLAIM ? 0 : c.unmatched[k]) || '.').padStart(9)).join(''));
  return out;
}

function checkworthinessLines(r: Report): string[] {
  const cw = r.checkworthiness;
  const line = (label: string, s: Prf & { n?: number; accuracy?: number }) =>
    `${label.padEnd(46)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}` + (s.n !== undefined ? `  (n=${s.n}, accuracy ${pct(s.accuracy ?? 0).trim()}%)` : '');
  const out = [
    `CHECK-WORTHINESS  threshold ${cw.threshold}`,
    line('fixtures, engine claim.checkworthy', cw.engineOnFixtures),
    line('fixtures, checkworthiness(labelled sentence)', cw.modelOnFixtureSentences),
  ];
  const gt = cw.claimbusterGroundtruth;
  if ('missing' in gt) {
    out.push(`ClaimBuster groundtruth.tsv not found at ${gt.missing}: the shared data folder (../shared next to the repository) is missing, so this figure is skipped.`);
  } else {
    out.push(line(`ClaimBuster groundtruth.tsv (${gt.positives} Yes)`, gt));
    if (gt.skipped) out.push(`  (${gt.skipped} malformed lines skipped)`);
  }
  return out;
}

function printTable(r: Report): void {
  const lines = ['FIXTURES', `${'name'.padEnd(28)} ${'chars'.padStart(6)} ${'ents'.padStart(5)} ${'pred'.padStart(5)} ${'sents'.padStart(5)} ${'claims'.padStart(6)} ${'ms'.padStart(7)}`];
  for (const f of r.fixtures) {
    lines.push(
      `${f.name.padEnd(28)} ${String(f.chars).padStart(6)} ${String(f.entities.labelled).padStart(5)} ${String(f.entities.predicted).padStart(5)} ${String(f.sentences.labelled).padStart(5)} ${String(f.sentences.predictedClaims).padStart(6)} ${f.ms.toFixed(1).padStart(7)}` +
        (f.error ? `  ANALYSIS FAILED: ${f.error}` : '') +
        (f.labelProblems ? `  (${f.labelProblems} label problems: run the eval-fixtures unit test)` : ''),
    );
  }
  lines.push('', ...entityTable(r), '', ...claimTables(r), '', ...checkworthinessLines(r));
  console.log(lines.join('\n'));
}

const report = evaluate(findRepoRoot(__dirname));
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else printTable(report);
