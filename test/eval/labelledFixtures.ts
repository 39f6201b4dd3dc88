// Loads the hand-labelled evaluation fixtures (test/fixtures/eval) and checks their labels.
// Shared by the fixture unit test and `npm run eval`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLAIM_TYPES, ENTITY_TYPES, type ClaimType, type DocumentFormat, type EntityType, type Span } from '../../src/core/model';

export interface EntityLabel extends Span {
  text: string;
  type: EntityType;
  canonical: string;
}

export interface ClaimLabel extends Span {
  text: string;
  type: ClaimType;
  flags?: ClaimType[];
  checkworthy?: boolean;
  /** Navigation, ads, share lines: no entities are labelled inside. */
  boilerplate?: boolean;
  bio?: boolean;
}

export interface LabelFile {
  text: string;
  format: DocumentFormat;
  entities: EntityLabel[];
  claims: ClaimLabel[];
}

export interface Fixture {
  name: string;
  text: string;
  labels: LabelFile;
}

/** The repository root: the nearest folder above `from` with package.json and src/. */
export function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export function loadFixtures(repoRoot: string): Fixture[] {
  const dir = join(repoRoot, 'test', 'fixtures', 'eval');
  return readdirSync(join(dir, 'labels'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const labels = JSON.parse(readFileSync(join(dir, 'labels', f), 'utf8')) as LabelFile;
      return { name: f.slice(0, -'.json'.length), text: readFileSync(join(dir, labels.text), 'utf8'), labels };
    });
}

const entityTypes: readonly string[] = ENTITY_TYPES;
const claimTypes: readonly string[] = CLAIM_TYPES;

function checkSpans(kind: string, spans: readonly (Span & { text: string })[], text: string, problems: string[]): void {
  spans.forEach((s, i) => {
    const where = `${kind}[${i}] ${JSON.stringify(s.text)} at ${s.start}`;
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
      problems.push(`${where}: bad range ${s.start}..${s.end}`);
    } else if (text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text there is ${JSON.stringify(text.slice(s.start, s.end))}`);
    } else if (s.text !== s.text.trim()) {
      problems.push(`${where}: span has surrounding whitespace`);
    }
    const prev = spans[i - 1];
    if (prev && s.start < prev.end) problems.push(`${where}: overlaps or precedes ${kind}[${i - 1}] (${prev.start}..${prev.end})`);
  });
}

/** Non-blank characters of the text that no claim covers (a leading "- " list marker is allowed). */
function uncoveredText(text: string, claims: readonly Span[]): string[] {
  const covered = new Uint8Array(text.length);
  for (const c of claims) covered.fill(1, c.start, c.end);
  const out: string[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const marker = /^\s*- /.exec(line)?.[0].length ?? 0;
    let run = '';
    for (let i = marker; i < line.length; i++) {
      if (!covered[lineStart + i]) {
        run += line[i];
        continue;
      }
      if (run.trim()) out.push(run.trim());
      run = '';
    }
    if (run.trim()) out.push(run.trim());
    lineStart += line.length + 1;
  }
  return out;
}

/** Everything wrong with a fixture's labels; empty when they are consistent with the text. */
export function labelProblems(fixture: Fixture): string[] {
  const { text, labels } = fixture;
  const problems: string[] = [];
  if (labels.format !== 'plaintext' && labels.format !== 'markdown') problems.push(`bad format ${String(labels.format)}`);
  checkSpans('entity', labels.entities, text, problems);
  checkSpans('claim', labels.claims, text, problems);
  labels.entities.forEach((e, i) => {
    if (!entityTypes.includes(e.type)) problems.push(`entity[${i}] ${e.text}: bad type ${e.type}`);
    if (!e.canonical?.trim()) problems.push(`entity[${i}] ${e.text}: empty canonical`);
    const inBoilerplate = labels.claims.find((c) => c.boilerplate && c.start < e.end && e.start < c.end);
    if (inBoilerplate) problems.push(`entity[${i}] ${e.text}: inside boilerplate ${JSON.stringify(inBoilerplate.text)}`);
  });
  labels.claims.forEach((c, i) => {
    const where = `claim[${i}] ${JSON.stringify(c.text.slice(0, 40))}`;
    if (!claimTypes.includes(c.type)) problems.push(`${where}: bad type ${c.type}`);
    for (const f of c.flags ?? []) {
      if (!claimTypes.includes(f) || f === 'none' || f === 'factual' || f === c.type) problems.push(`${where}: bad flag ${f}`);
    }
    if (c.text.includes('\n')) problems.push(`${where}: crosses a line break`);
    if ((c.boilerplate || c.bio) && c.type !== 'none') problems.push(`${where}: boilerplate and bios are type none`);
    if (c.type === 'none' && c.checkworthy) problems.push(`${where}: a non-claim cannot be check-worthy`);
  });
  for (const run of uncoveredText(text, labels.claims)) problems.push(`text not covered by any claim: ${JSON.stringify(run.slice(0, 40))}`);
  return problems;
}
