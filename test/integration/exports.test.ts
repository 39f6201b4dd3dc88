// Exports and imports in the real extension host: the three commands run end to end on a
// temporary copy of the sample article (with an emoji line on top, so code-point offsets
// differ from UTF-16 ones) annotated through the annotation commands, and the written files
// are read back the way their consumers would read them.
import * as assert from 'node:assert/strict';
import { promises as fs, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setUpTestFolder } from './support';
import { parse } from 'csv-parse/sync';
import type { Sidecar } from '../../src/core/model';
import type { PolicyLensApi } from '../../src/extension';
import type { WorkspaceExportResult } from '../../src/commands/exportWorkspaceReview';

const NOTE = 'See <script>alert("x")</script> and [a link](javascript:alert(1)), "quoted", =1+1';
const METADATA = { url: 'https://example.org/opinion/iran-north-korea', title: 'Iran-North Korea meeting', author: 'A. Writer', date: '2018-08-14' };

type Rows = Record<string, string>[];
const readCsv = (file: string): Rows => parse(readFileSync(file, 'utf8'), { bom: true, columns: true });
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const readSidecar = (file: string): Sidecar => readJson(`${file}.annotations.json`);

describe('Exports and imports (commands)', function () {
  this.timeout(60000);
  let api: PolicyLensApi;
  let dir: string;
  let article: string;
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let text: string;
  const cps = () => [...text];
  const out = (name: string) => path.join(dir, 'out', name);

  async function openCopy(name: string, content: string): Promise<vscode.TextDocument> {
    const file = path.join(dir, name);
    await fs.writeFile(file, content);
    const d = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(d);
    assert.ok(await api.analyses.whenAnalysed(d), `${name} was analysed`);
    await api.reviews.ready(d);
    return d;
  }

  const exportReview = (format: string, target: string, extra: object = {}) =>
    vscode.commands.executeCommand<string | undefined>('policyLens.exportReview', { format, target: vscode.Uri.file(target).toString(), open: false, article: doc.uri.toString(), ...extra });

  before(async () => {
    const setUp = await setUpTestFolder('exports-test');
    ({ api, dir } = setUp);
    const ext = setUp.ext;
    await fs.mkdir(path.join(dir, 'out'), { recursive: true });
    const sample = readFileSync(path.join(ext.extensionPath, 'samples', 'iran-north-korea-meeting.txt'), 'utf8');
    text = `📰🌍 Opinion\n\n${sample}`;
    doc = await openCopy('meeting.txt', text);
    article = doc.uri.fsPath;
    editor = vscode.window.activeTextEditor!;

    // A reviewed claim with a note that breaks naive exporters, an entity correction, a note.
    const analysis = api.analyses.get(doc)!;
    const claim = analysis.claims.find((c) => c.checkworthy && c.type !== 'none');
    assert.ok(claim, 'the sample has a check-worthy claim');
    editor.selection = new vscode.Selection(doc.positionAt(claim.start + 2), doc.positionAt(claim.start + 2));
    await vscode.commands.executeCommand('policyLens.setVerdict', { verdict: 'Misleading' });
    await vscode.commands.executeCommand('policyLens.editNote', { note: NOTE });
    const person = analysis.mentions.find((m) => m.type === 'person');
    assert.ok(person, 'the sample names a person');
    editor.selection = new vscode.Selection(doc.positionAt(person.start), doc.positionAt(person.end));
    await vscode.commands.executeCommand('policyLens.annotateSelection', { kind: 'entity-correction', entityType: 'person', canonical: 'Someone Else', note: 'checked' });
    const line = doc.lineAt(doc.lineCount - 1).text.trim() ? doc.lineAt(doc.lineCount - 1) : doc.lineAt(doc.lineCount - 2);
    editor.selection = new vscode.Selection(line.range.start, line.range.end);
    await vscode.commands.executeCommand('policyLens.annotateSelection', { kind: 'note', note: 'Source?' });
    await api.reviews.flush();
    assert.equal(readSidecar(article).annotations.length, 3);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('exports CSV that a CSV parser reads back: a header, one row per annotation, detections when asked', async () => {
    assert.equal(await exportReview('csv', out('review.csv')), out('review.csv'));
    const rows = readCsv(out('review.csv'));
    assert.deepEqual(rows.map((r) => r.kind).sort(), ['claim-review', 'entity-correction', 'note']);
    const review = rows.find((r) => r.kind === 'claim-review')!;
    assert.equal(review.verdict, 'Misleading');
    assert.equal(review.note, NOTE, 'quotes, commas and markup survive');
    assert.equal(cps().slice(Number(review.start), Number(review.end)).join(''), review.quote, 'offsets count code points');

    await exportReview('csv', out('detections.csv'), { includeDetections: true });
    const all = readCsv(out('detections.csv'));
    assert.ok(all.some((r) => r.kind === 'detected-claim') && all.some((r) => r.kind === 'detected-entity'), 'unreviewed detections are added');
  });

  it('exports the native JSON, with the analysis when detections are asked for', async () => {
    await exportReview('json', out('plain.json'));
    const plain = readJson(out('plain.json'));
    assert.equal(plain.sidecar.annotations.length, 3);
    assert.equal(plain.analysis, undefined);
    await exportReview('json', out('full.json'), { includeDetections: true });
    assert.ok(readJson(out('full.json')).analysis.claims.length > 0);
  });

  it('exports a W3C AnnotationCollection whose position selectors count code points', async () => {
    await exportReview('w3c', out('review.jsonld'));
    const collection = readJson(out('review.jsonld'));
    assert.equal(collection.type, 'AnnotationCollection');
    const items = collection.first.items as { motivation: string; target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[];
    assert.equal(items.length, 3);
    assert.deepEqual(items.map((i) => i.motivation).sort(), ['assessing', 'classifying', 'commenting']);
    for (const item of items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.equal(cps().slice(position.start, position.end).join(''), quote.exact);
      assert.notEqual(text.slice(position.start, position.end), quote.exact, 'UTF-16 offsets would be off by the emoji');
    }
  });

  it('exports ClaimReview with the metadata given once, remembered in the sidecar', async () => {
    await exportReview('claimreview', out('first.jsonld'), { metadata: METADATA });
    await api.reviews.flush();
    assert.deepEqual(readSidecar(article).metadata, METADATA);
    await exportReview('claimreview', out('second.jsonld'));
    const graph = readJson(out('second.jsonld'))['@graph'];
    assert.equal(graph.length, 1, 'one claim has a verdict');
    const review = graph[0];
    assert.equal(review['@type'], 'ClaimReview');
    assert.ok(review.claimReviewed.length > 20);
    assert.equal(review.reviewRating.alternateName, 'Misleading');
    assert.equal(typeof review.reviewRating.ratingValue, 'number');
    assert.ok(review.url);
    assert.equal(review.itemReviewed.appearance.url, METADATA.url, 'the remembered URL is used without asking');
  });

  it('exports brat standoff with code-point offsets', async () => {
    await exportReview('brat', out('review.ann'));
    const spans = readFileSync(out('review.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'));
    assert.equal(spans.length, 3);
    for (const l of spans) {
      const [, typeAndOffsets, quoted] = l.split('\t');
      const [type, start, end] = typeAndOffsets!.split(/[ ;]/);
      assert.match(type!, /^[A-Z][A-Za-z_-]*$/);
      assert.ok(quoted!.startsWith(cps().slice(Number(start), Number(end)).join('')), l);
    }
    assert.match(readFileSync(out('review.ann'), 'utf8'), /^#\d+\tAnnotatorNotes T\d+\t.*alert/m);
  });

  it('exports Markdown and HTML reports in which the note is escaped', async () => {
    await exportReview('md', out('review.md'));
    const md = readFileSync(out('review.md'), 'utf8');
    assert.ok(md.includes('\\<script\\>'), 'the note’s HTML is escaped');
    assert.ok(md.includes('\\[a link\\]'), 'the note’s link is escaped');
    assert.ok(!md.includes('<script>'));

    await exportReview('html', out('review.html'));
    const html = readFileSync(out('review.html'), 'utf8');
    assert.ok(html.includes('&lt;script&gt;alert('), 'the note is in the report, escaped');
    assert.doesNotMatch(html, /<script/i);
    assert.ok(html.includes('Someone Else'));
  });

  it('says so politely, writing nothing, for an unknown format or an article without annotations', async () => {
    assert.equal(await exportReview('pdf', out('x.pdf')), undefined);
    const fresh = await openCopy('empty.txt', text);
    const result = await vscode.commands.executeCommand('policyLens.exportReview', { format: 'csv', target: vscode.Uri.file(out('empty.csv')).toString(), article: fresh.uri.toString() });
    assert.equal(result, undefined);
    assert.ok(!existsSync(out('x.pdf')) && !existsSync(out('empty.csv')));
  });

  it('exports the workspace into one CSV and one W3C file, listing a broken sidecar without failing', async () => {
    const broken = path.join(dir, 'broken.txt');
    await fs.writeFile(broken, 'Some text.');
    await fs.writeFile(`${broken}.annotations.json`, '{ "version": 1, "annotations": [,');
    const target = out('workspace.csv');
    const result = await vscode.commands.executeCommand<WorkspaceExportResult>('policyLens.exportWorkspaceReview', { format: 'csv', target: vscode.Uri.file(target).toString(), open: false });
    assert.deepEqual(result.written, [target]);
    assert.equal(result.cancelled, false);
    assert.ok(result.broken.some((b) => b.path === `${broken}.annotations.json` && /JSON/i.test(b.problem)), JSON.stringify(result.broken));
    const mine = readCsv(target).filter((r) => r.article === vscode.workspace.asRelativePath(article));
    assert.equal(mine.length, 3, 'the rows carry the article path');

    const w3c = out('workspace.jsonld');
    await vscode.commands.executeCommand('policyLens.exportWorkspaceReview', { format: 'w3c', target: vscode.Uri.file(w3c).toString() });
    const items = readJson(w3c).first.items as { target: { source: string } }[];
    assert.equal(items.filter((i) => i.target.source === METADATA.url).length, 3, 'the article’s annotations name it (by its remembered URL)');
    await fs.rm(`${broken}.annotations.json`);
  });

  it('exports one report per article into a folder, mirroring the article paths', async () => {
    const folder = out('reports');
    const result = await vscode.commands.executeCommand<WorkspaceExportResult>('policyLens.exportWorkspaceReview', { format: 'html', target: vscode.Uri.file(folder).toString() });
    const expected = path.join(folder, path.dirname(vscode.workspace.asRelativePath(article)), 'meeting.review.html');
    assert.ok(result.written.includes(expected), result.written.join(', '));
    assert.ok(readFileSync(expected, 'utf8').includes('&lt;script&gt;'));
  });

  it('imports the W3C export into a fresh copy and reports how the annotations were placed', async () => {
    const fresh = await openCopy('fresh.txt', text.replace('Opinion', 'Opinion (updated)'));
    const source = vscode.Uri.file(out('review.jsonld')).toString();
    const result = await vscode.commands.executeCommand<{ counts: Record<string, number>; added: number; unchanged: number }>('policyLens.importAnnotations', { source, article: fresh.uri.toString() });
    assert.equal(result.added, 3);
    assert.equal(result.counts.exact + result.counts.moved, 3, JSON.stringify(result.counts));
    assert.equal(result.counts.orphan, 0);
    await api.reviews.flush();
    const saved = readSidecar(fresh.uri.fsPath);
    assert.equal(saved.annotations.length, 3);
    assert.ok(saved.annotations.some((a) => a.note === NOTE && a.verdict === 'Misleading'));
    assert.equal(api.reviews.placed(fresh.uri).length, 3, 'the editor shows them at once');

    const again = await vscode.commands.executeCommand<{ added: number; unchanged: number }>('policyLens.importAnnotations', { source, article: fresh.uri.toString() });
    assert.deepEqual([again.added, again.unchanged], [0, 3], 'importing twice adds nothing');
  });
});
