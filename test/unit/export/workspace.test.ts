import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, buildExportInput, renderWorkspaceCsv, renderWorkspaceW3c } from '../../../src/core/export';
import { importAnnotations } from '../../../src/core/import';
import { GENERATOR, NASTY, NOW, annotate, emojiText, sampleInput, sidecarOf } from './fixtures';

function emojiInput() {
  const text = emojiText();
  const words = text.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
  const note = annotate(text, words, { kind: 'note', note: NASTY.multiline });
  return buildExportInput({ articleText: text, sidecar: sidecarOf(text, [note], 'news/emoji article.txt'), generator: GENERATOR });
}

describe('workspace exports (several articles in one file)', () => {
  it('writes one CSV whose rows name their article, read back by a real parser', () => {
    const inputs = [sampleInput(), emojiInput()];
    const rows: Record<string, string>[] = parse(renderWorkspaceCsv(inputs), { bom: true, columns: true });
    assert.deepEqual(Object.keys(rows[0]!), ['article', ...CSV_COLUMNS]);
    assert.equal(rows.length, inputs[0]!.anchored.length + 1);
    assert.deepEqual([...new Set(rows.map((r) => r.article))], ['samples/iran-north-korea-meeting.txt', 'news/emoji article.txt']);
    assert.equal(rows.at(-1)!.note, NASTY.multiline);
  });

  it('writes one W3C collection whose annotations target their article, and each article imports its own back', () => {
    const inputs = [sampleInput(), emojiInput()];
    const collection = JSON.parse(renderWorkspaceW3c(inputs, 'my workspace'));
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, inputs[0]!.anchored.length + 1);
    const items = collection.first.items as { target: { source: string } }[];
    assert.ok(items.slice(0, -1).every((i) => i.target.source === inputs[0]!.metadata.url), 'the sample has a URL: it names the article');
    assert.equal(items.at(-1)!.target.source, 'news/emoji article.txt');
    const mine = { ...collection, first: { ...collection.first, items: items.slice(-1) } };
    const back = importAnnotations(JSON.stringify(mine), inputs[1]!.articleText, { now: NOW });
    assert.ok(back.ok);
    assert.deepEqual(back.counts, { exact: 1, moved: 0, fuzzy: 0, orphan: 0 });
    assert.equal(back.annotations[0]!.note, NASTY.multiline);
  });
});
