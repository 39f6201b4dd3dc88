import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';

const sample = join(__dirname, '..', '..', 'samples', 'iran-north-korea-meeting.txt');

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s), (s) => (err += s), Readable.from([Buffer.from(stdin)]));
  return { code, out, err };
}

describe('policy-lens analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));

  it('prints a JSON document with UTF-16 offsets into the file', async () => {
    const { code, out } = await run(['analyze', sample, '--json']);
    assert.equal(code, 0);
    const text = readFileSync(sample, 'utf8');
    const doc = JSON.parse(out);
    assert.ok(doc.entities.length > 40);
    for (const e of doc.entities) {
      assert.deepEqual(Object.keys(e), ['start', 'end', 'text', 'type', 'canonical', 'confidence', 'reasons']);
      assert.equal(text.slice(e.start, e.end), e.text);
    }
    for (const c of doc.claims) {
      assert.deepEqual(Object.keys(c), ['start', 'end', 'text', 'type', 'flags', 'checkworthy', 'score', 'speaker', 'reasons']);
    }
    const canon = new Set(doc.entities.map((e: { canonical: string }) => e.canonical));
    for (const name of ['Iran', 'North Korea', 'United States', 'South Korea', 'Ri Yong-ho', 'Donald Trump', 'David Maxwell', 'Shahab-3']) {
      assert.ok(canon.has(name), `missing ${name}`);
    }
    const typo = doc.entities.find((e: { text: string }) => e.text === 'North Kore');
    assert.equal(typo?.canonical, 'North Korea');
    const should = doc.claims.find((c: { text: string }) => /^The U\.S\.\s+should\s+assess/.test(c.text));
    assert.equal(should?.type, 'recommendation');
    const question = doc.claims.find((c: { text: string }) => /^How\s+can\s+the\s+U\.S\./.test(c.text));
    assert.equal(question?.type, 'none');
  });

  it('prints a readable table with entity counts', async () => {
    const { code, out } = await run(['analyze', sample]);
    assert.equal(code, 0);
    assert.match(out, /^Entities \(\d+ distinct, \d+ mentions\)/);
    assert.match(out, /North Korea\s+country\s+\d+\s+\(.*North Kore/);
  });

  it('reads standard input for -', async () => {
    const { code, out } = await run(['analyze', '-', '--json'], 'The U.S. should impose sanctions on Iran.');
    assert.equal(code, 0);
    assert.equal(JSON.parse(out).claims[0].type, 'recommendation');
  });

  it('gives one-line errors and a non-zero exit for bad input', async () => {
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(2000));
    const cases: [string[], RegExp][] = [
      [['analyze', join(dir, 'missing.txt')], /no such file/],
      [['analyze', dir], /is a directory/],
      [['analyze', binary], /binary/],
      [['analyze', big, '--max-size', '1000'], /over the .* limit/],
      [['analyze'], /exactly one FILE/],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(args);
      assert.notEqual(code, 0, args.join(' '));
      assert.match(err, message);
      assert.equal(err.trim().split('\n').length, 1, 'one line');
    }
  });
});
