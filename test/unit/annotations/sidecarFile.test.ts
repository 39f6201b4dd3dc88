import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar } from '../../../src/core/annotations';
import { atomicWriteFile } from '../../../src/io/atomicWriteFile';
import { moveSidecarFor, readSidecarFile, writeSidecarFile } from '../../../src/io/sidecarFile';
import { articlePathFor, sidecarPathFor } from '../../../src/io/sidecarPath';
import { bigSidecars } from '../../fixtures/sidecars/bigSidecars';
import { REPO, SIDECAR_FIXTURES, readFixture } from './fixtures';

describe('sidecar files on disk', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-sidecar-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const valid = (): import('../../../src/core/model').Sidecar => {
    const r = parseSidecar(readFixture('valid-full.json'));
    assert.ok(r.ok);
    return r.sidecar;
  };

  it('puts the sidecar beside the article, or mirrored under a workspace folder', () => {
    const article = join('/ws', 'articles', 'iran.txt');
    assert.equal(sidecarPathFor(article), join('/ws', 'articles', 'iran.txt.annotations.json'));
    const folder = { mode: 'folder' as const, workspaceRoot: '/ws' };
    assert.equal(sidecarPathFor(article, folder), join('/ws', '.policylens', 'articles', 'iran.txt.annotations.json'));
    assert.equal(articlePathFor(sidecarPathFor(article, folder), folder), article);
    assert.equal(articlePathFor(sidecarPathFor(article)), article);
    assert.equal(articlePathFor(join('/ws', 'package.json')), undefined);
    assert.throws(() => sidecarPathFor('/elsewhere/a.txt', folder), /not inside the workspace/);
  });

  it('writes, then skips a write that would change nothing', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    const first = await writeSidecarFile(path, valid(), { expectedRaw: undefined });
    assert.equal(first.status, 'written');
    assert.equal(readFileSync(path, 'utf8'), readFixture('valid-full.json'));
    const again = await writeSidecarFile(path, valid(), { expectedRaw: readFixture('valid-full.json') });
    assert.equal(again.status, 'unchanged');
    const read = await readSidecarFile(path);
    assert.ok(read.exists && read.ok);
    assert.deepEqual(read.sidecar, valid());
  });

  for (const broken of ['invalid-json-truncated.json', 'invalid-unknown-kind.json', 'newer-version.json']) {
    it(`never writes over a sidecar that is broken or newer (${broken})`, async () => {
      const path = join(dir, 'a.txt.annotations.json');
      writeFileSync(path, readFixture(broken));
      const r = await writeSidecarFile(path, valid());
      assert.equal(r.status, 'refused');
      assert.equal(readFileSync(path, 'utf8'), readFixture(broken), 'byte for byte unchanged');
    });
  }

  it('does not overwrite a file that changed since it was read, and hands back the new content', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    writeFileSync(path, readFixture('valid-empty.json'));
    const r = await writeSidecarFile(path, valid(), { expectedRaw: readFixture('valid-full.json') });
    assert.equal(r.status, 'changed-on-disk');
    assert.ok(r.status === 'changed-on-disk' && r.current?.article === 'notes/empty.md');
    assert.equal(readFileSync(path, 'utf8'), readFixture('valid-empty.json'));
  });

  it('moves the sidecar with its article and updates the article path', async () => {
    const oldArticle = join(dir, 'drafts', 'a.txt');
    const newArticle = join(dir, 'final', 'b.txt');
    writeFileSync(join(dir, 'placeholder'), '');
    await writeSidecarFile(sidecarPathFor(oldArticle), valid());
    const moved = await moveSidecarFor(oldArticle, newArticle, { mode: 'beside', workspaceRoot: dir });
    assert.equal(moved, sidecarPathFor(newArticle));
    assert.ok(!existsSync(sidecarPathFor(oldArticle)));
    const read = await readSidecarFile(moved!);
    assert.ok(read.exists && read.ok);
    assert.equal(read.sidecar.article, 'final/b.txt');
    assert.deepEqual(read.sidecar.annotations, valid().annotations);
  });

  it('leaves no temporary file behind after a write', async () => {
    await atomicWriteFile(join(dir, 'x.json'), 'one');
    await atomicWriteFile(join(dir, 'x.json'), 'two');
    assert.deepEqual(readdirSync(dir), ['x.json']);
    assert.equal(readFileSync(join(dir, 'x.json'), 'utf8'), 'two');
  });

  it('always finds a whole sidecar, old or new, when the writer is killed mid-write', async function () {
    this.timeout(60_000);
    const child = join(dir, 'crashingWriter.js');
    const esbuild = createRequire(join(REPO, 'package.json'))('esbuild') as typeof import('esbuild');
    esbuild.buildSync({ entryPoints: [join(SIDECAR_FIXTURES, 'crashingWriter.ts')], bundle: true, platform: 'node', outfile: child, logLevel: 'warning' });
    const [a, b] = bigSidecars(SIDECAR_FIXTURES);
    const target = join(dir, 'big.annotations.json');
    writeFileSync(target, a);
    const seen = new Set<string>();
    const kills = 30;
    for (let round = 0; round < kills; round++) {
      const proc = spawn(process.execPath, [child, target, SIDECAR_FIXTURES], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => proc.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, Math.random() * 80));
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGKILL');
      await exited;
      const raw = readFileSync(target, 'utf8');
      assert.ok(raw === a || raw === b, `round ${round}: the file is ${raw.length} characters, neither version`);
      assert.ok(parseSidecar(raw).ok);
      seen.add(raw === a ? 'a' : 'b');
    }
    assert.equal(seen.size, 2, 'the writer was killed at different stages');
  });
});
