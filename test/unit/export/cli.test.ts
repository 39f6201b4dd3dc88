import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../../src/cli/main';
import { serializeSidecar } from '../../../src/core/annotations';
import { exportFormats } from '../../../src/core/export';
import { sampleReview, sidecarOf } from './fixtures';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('policy-lens export and check', () => {
  let dir: string;
  let article: string;
  let sidecar: string;
  const { text, annotations } = sampleReview();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-export-'));
    article = join(dir, 'article.txt');
    sidecar = `${article}.annotations.json`;
    writeFileSync(article, text);
    writeFileSync(sidecar, serializeSidecar(sidecarOf(text, annotations, 'article.txt')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exports CSV to standard output', async () => {
    const r = await run('export', article, '--format', 'csv');
    assert.equal(r.code, 0, r.err);
    const rows: { id: string }[] = parse(r.out, { bom: true, columns: true });
    assert.deepEqual(rows.map((x) => x.id).sort(), annotations.map((a) => a.id).sort());
  });

  it('writes every format to --out', async () => {
    for (const f of exportFormats) {
      const out = join(dir, `review.${f.extension}`);
      const r = await run('export', article, '--format', f.id, '--out', out, '--with-detections');
      assert.equal(r.code, 0, `${f.id}: ${r.err}`);
      assert.equal(r.out, '');
      assert.match(r.err, /^wrote .* \(.*, 5 annotations\)\n$/);
      const written = readFileSync(out, 'utf8');
      assert.ok(written.length > 200, f.id);
      if (f.id === 'html') assert.match(written, /^<!doctype html>[\s\S]*three provocative statements/);
      if (['json', 'w3c', 'claimreview'].includes(f.id)) assert.doesNotThrow(() => JSON.parse(written));
    }
  });

  it('explains a missing or invalid sidecar in one line and leaves the file alone', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, text);
    const missing = await run('export', other, '--format', 'md');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /other\.txt has no annotations yet \(no sidecar at .*other\.txt\.annotations\.json\)\n$/);
    const broken = '{ "version": 1, "annotations": [ }';
    writeFileSync(sidecar, broken);
    const invalid = await run('export', article, '--format', 'md');
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /article\.txt\.annotations\.json: invalid sidecar: invalid JSON at line 1/);
    assert.equal(readFileSync(sidecar, 'utf8'), broken);
    const usage = await run('export', article, '--format', 'pdf');
    assert.equal(usage.code, 2);
    assert.match(usage.err, /unknown --format 'pdf' \(csv, json, w3c, claimreview, brat, md, html\)/);
  });

  it('check: summarises each file and passes when everything is placed', async () => {
    const bare = join(dir, 'bare.txt');
    writeFileSync(bare, 'No review yet.');
    const r = await run('check', article, bare);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /article\.txt: 5 annotations: 5 exact, 0 moved, 0 fuzzy, 0 orphaned\n/);
    assert.match(r.out, /bare\.txt: no annotations \(no sidecar\)\n/);
  });

  it('check: follows moved text and fails on orphans, naming them', async () => {
    const gone = 'It is unknown if the meetings were planned';
    const edited = `Editor’s note: updated.\n\n${text.replace(/It is unknown if the meetings were planned[^.]*\./, '')}`;
    writeFileSync(article, edited);
    const r = await run('check', sidecar); // the sidecar path works as well as the article's
    assert.equal(r.code, 1);
    assert.match(r.out, /article\.txt: 5 annotations: 0 exact, 4 moved, 0 fuzzy, 1 orphaned \(article changed since the sidecar was saved\)\n/);
    assert.match(r.out, new RegExp(`  orphan ${annotations[3]!.id} "${gone}"`));
  });

  it('check: fails on an invalid sidecar and on a missing article', async () => {
    writeFileSync(sidecar, '{"version": 2}');
    const invalid = await run('check', article);
    assert.equal(invalid.code, 1);
    assert.match(invalid.out, /annotations\.json: invalid: format version 2 is newer/);
    writeFileSync(sidecar, serializeSidecar(sidecarOf(text, annotations, 'article.txt')));
    rmSync(article);
    const orphaned = await run('check', sidecar);
    assert.equal(orphaned.code, 1);
    assert.match(orphaned.out, /error: article .*article\.txt: no such file/);
    assert.ok(existsSync(sidecar));
  });
});
