// The HTML report as a reader sees it: the CLI (dist/cli.js, the shipped core) exports the
// review of the sample article, with annotations placed on what its own analysis found, and
// headless Chromium opens the file. The highlighted text and the review must render, a note
// full of markup must stay text, the page must make no request besides itself, and a
// screenshot is kept in test-results/html-report.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it, before, after } from 'mocha';
import { launchBrowser } from '../harness/browser.mjs';
import { repoRoot, resultsDir, sampleFile } from '../harness/paths.mjs';

const cli = (...args) => execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const NOTE = 'Compare with KCNA. <script>document.title="pwned"</script> [link](javascript:alert(1)) <img src="https://example.org/x.png">';

/** An annotation on [start, end) of `text`, as the sidecar stores it. */
function annotation(text, id, { start, end }, fields) {
  return {
    id, created: '2025-03-04T12:00:00.000Z', modified: '2025-03-04T12:00:00.000Z', creator: 'Ada Reviewer', origin: 'reviewer', tags: [],
    target: { quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }, position: { start, end } },
    ...fields,
  };
}

describe('HTML report in a browser', () => {
  let dir, report, browser, page, claims, person;
  const requests = [];

  before(async function () {
    this.timeout(60000);
    dir = mkdtempSync(join(tmpdir(), 'pl-report-'));
    const article = join(dir, 'meeting.txt');
    copyFileSync(sampleFile, article);
    const text = readFileSync(article, 'utf8');
    const analysis = JSON.parse(cli('analyze', article, '--json'));
    claims = analysis.claims.filter((c) => c.checkworthy && c.type !== 'none').slice(0, 2);
    person = analysis.entities.find((e) => e.type === 'person');
    assert.equal(claims.length, 2, 'the sample has two check-worthy claims');
    assert.ok(person, 'the sample names a person');
    const sidecar = {
      version: 1, article: 'meeting.txt', textHash: 'fnv1a64:0000000000000000',
      metadata: { title: 'Iran-North Korea meeting — A message for the US?', url: 'https://example.org/opinion/meeting', author: 'A. Writer', date: '2018-08-14' },
      annotations: [
        annotation(text, 'claim-one', claims[0], { kind: 'claim-review', label: { claimType: claims[0].type }, verdict: 'Misleading', note: NOTE }),
        annotation(text, 'claim-two', claims[1], { kind: 'claim-review', label: { claimType: claims[1].type }, verdict: 'Supported' }),
        annotation(text, 'person-one', person, { kind: 'entity-correction', label: { entityType: 'person', canonical: 'Someone Else' } }),
      ],
    };
    writeFileSync(`${article}.annotations.json`, JSON.stringify(sidecar, null, 2));
    assert.match(cli('check', article), /3 annotations: 3 exact/);
    report = join(dir, 'meeting.review.html');
    cli('export', article, '--format', 'html', '--out', report);

    const runDir = join(dir, 'browser'); // the browser's profile and temp files, removed with the rest
    mkdirSync(join(runDir, 'tmp'), { recursive: true });
    ({ browser } = await launchBrowser(runDir));
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(report).href);
  });

  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('highlights the reviewed claims in their verdict colours and the entities by type', async () => {
    const misleading = await page.$$eval('article.text .v-misleading', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(misleading, claims[0].text);
    const supported = await page.$$eval('article.text .v-supported', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(supported, claims[1].text);
    const underline = await page.$eval('article.text .v-misleading', (e) => e.ownerDocument.defaultView.getComputedStyle(e).borderBottomStyle);
    assert.equal(underline, 'solid', 'the verdict underline is drawn');
    assert.ok((await page.$$('article.text .e-country')).length > 3, 'countries are tinted');
    const corrected = await page.$$eval('article.text .e-person', (els) => els.map((e) => e.getAttribute('title')));
    assert.ok(corrected.some((t) => t.includes('person: Someone Else (reviewer)')), 'the reviewer’s entity correction is highlighted');
  });

  it('renders the review beside the text: summary, one card per annotation, the note as text', async () => {
    assert.match(await page.$eval('aside', (e) => e.textContent), /3 annotations: 2 claim reviews, 1 entity correction/);
    const cards = await page.$$eval('aside .card', (els) => els.map((e) => e.textContent));
    assert.equal(cards.length, 3);
    assert.ok(cards.some((c) => c.includes('Someone Else')));
    const note = await page.$eval('aside .card .note', (e) => e.textContent);
    assert.equal(note, NOTE, 'the note shows its markup as text');
    assert.equal(await page.$$eval('script, img', (els) => els.length), 0, 'no element came from the note');
    assert.notEqual(await page.title(), 'pwned');
    const box = await page.$eval('aside', (e) => e.getBoundingClientRect().left);
    assert.ok(box > 600, 'the review sits beside the text on a wide screen');
  });

  it('makes no request other than the file itself', () => {
    assert.deepEqual([...new Set(requests)], [pathToFileURL(report).href]);
  });

  it('saves a screenshot to test-results/html-report.png', async () => {
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, 'html-report.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 10000, 'the screenshot is suspiciously small');
  });
});
