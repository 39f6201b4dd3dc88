import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExportInput, renderW3c, renderJson } from '../../../src/core/export';
import { describeImport, importAnnotations, mergeImported } from '../../../src/core/import';
import { serializeSidecar } from '../../../src/core/annotations';
import type { Annotation } from '../../../src/core/model';
import { EXPORT_FIXTURES, GENERATOR, NOW, annotate, emojiText, sampleInput, sampleReview, sampleText, sidecarOf } from './fixtures';

let n = 0;
const options = { now: NOW, idGen: () => `gen-${++n}` };
const byId = (as: readonly Annotation[]) => [...as].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('W3C Web Annotation export', () => {
  const input = sampleInput();
  const doc = JSON.parse(renderW3c(input));
  const items: Record<string, unknown>[] = doc.first.items;

  it('is an AnnotationCollection with an embedded AnnotationPage', () => {
    assert.deepEqual(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.total, input.anchored.length);
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(items.length, input.anchored.length);
  });

  it('uses the motivations from the field notes and a body per field', () => {
    const of = (kind: string) => items.find((i) => i['policyLens:kind'] === kind) as { motivation: string; body: { purpose: string; value: string }[] };
    const claim = of('claim-review');
    assert.equal(claim.motivation, 'assessing');
    assert.deepEqual(claim.body.map((b) => b.purpose).sort(), ['assessing', 'classifying', 'commenting', 'tagging', 'tagging']);
    assert.equal(claim.body.find((b) => b.purpose === 'assessing')!.value, 'Partly supported');
    const entity = of('entity-correction');
    assert.equal(entity.motivation, 'classifying');
    assert.equal(entity.body.find((b) => b.purpose === 'identifying')!.value, 'Ri Yong Ho');
    assert.equal(of('note').motivation, 'commenting');
    assert.equal(of('rejected-suggestion').motivation, 'moderating');
  });

  it('targets the article with quote and position selectors, creator and generator', () => {
    for (const item of items as { target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] }; creator: { name: string }; generator: { type: string } }[]) {
      assert.equal(item.target.source, 'https://thehill.com/opinion/national-security/401823');
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const pos = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      assert.equal([...input.articleText].slice(pos.start!, pos.end!).join(''), quote.exact);
      assert.ok(item.creator.name);
      assert.equal(item.generator.type, 'Software');
    }
  });

  it('counts positions in code points after emoji and imports back to UTF-16', () => {
    const text = emojiText();
    const a = annotate(text, 'Analysts 🤔 doubt it', { kind: 'note', note: 'emoji 😠 in the note too' });
    const w3c = JSON.parse(renderW3c(buildExportInput({ articleText: text, sidecar: sidecarOf(text, [a], 'emoji-article.txt'), generator: GENERATOR })));
    const pos = w3c.first.items[0].target.selector[1];
    const utf16Start = text.indexOf('Analysts');
    assert.equal(pos.start, [...text.slice(0, utf16Start)].length);
    assert.ok(pos.start < utf16Start, 'five emoji before it: code points < UTF-16 units');
    const back = importAnnotations(JSON.stringify(w3c), text, options);
    assert.ok(back.ok);
    assert.deepEqual(back.annotations, [a]);
  });
});

describe('importing annotations', () => {
  it('W3C export then import returns the same annotations', () => {
    const input = sampleInput();
    const { articleText: text, sidecar: { annotations } } = input;
    const result = importAnnotations(renderW3c(input), text, options);
    assert.ok(result.ok);
    assert.equal(result.format, 'w3c');
    assert.deepEqual(byId(result.annotations), byId(annotations));
    assert.deepEqual(result.counts, { exact: annotations.length, moved: 0, fuzzy: 0, orphan: 0 });
  });

  it('round-trips annotations whose quote spans lines and follows emoji', () => {
    const text = emojiText();
    const anns = [
      annotate(text, 'sanctions 😠 will fail\r\nwithin a year', { kind: 'claim-review', verdict: 'Misleading', label: { claimType: 'prediction' }, tags: ['🔥 hot'] }),
      annotate(text, 'Pyongyang’s envoy', { kind: 'entity-correction', label: { entityType: 'person', canonical: 'Ri Yong-ho' }, origin: 'suggestion' }),
    ];
    const w3c = renderW3c(buildExportInput({ articleText: text, sidecar: sidecarOf(text, anns, 'emoji-article.txt'), generator: GENERATOR }));
    const result = importAnnotations(w3c, text, options);
    assert.ok(result.ok);
    assert.deepEqual(byId(result.annotations), byId(anns));
  });

  it('imports a single Annotation, an array and a quote-only annotation', () => {
    const text = sampleText();
    const items = JSON.parse(renderW3c(sampleInput())).first.items;
    const single = importAnnotations(JSON.stringify(items[0]), text, options);
    assert.ok(single.ok && single.annotations.length === 1);
    const array = importAnnotations(JSON.stringify(items), text, options);
    assert.ok(array.ok && array.annotations.length === items.length);
    const quoteOnly = { ...items[1], target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: items[1].target.selector[0].exact } } };
    const r = importAnnotations(JSON.stringify(quoteOnly), text, options);
    assert.ok(r.ok);
    assert.equal(r.counts.orphan, 0);
    const placed = r.anchored[0]!.range!;
    assert.equal(text.slice(placed.start, placed.end), items[1].target.selector[0].exact);
  });

  it('reads a Hypothesis export: quotes placed, a reworded quote placed fuzzily, a vanished one orphaned', () => {
    const raw = readFileSync(join(EXPORT_FIXTURES, 'hypothesis-export.json'), 'utf8');
    const text = sampleText();
    const result = importAnnotations(raw, text, options);
    assert.ok(result.ok, !result.ok ? result.error : '');
    assert.deepEqual(result.counts, { exact: 1, moved: 1, fuzzy: 1, orphan: 1 });
    assert.equal(result.skipped.length, 1, 'the page note has no selector');
    assert.match(describeImport(result.counts, result.skipped.length), /^4 annotations: 2 placed exactly, 1 fuzzily, 1 orphaned; 1 skipped$/);
    const first = result.annotations.find((a) => a.id === 'Xk3pQ1aZEeiYcN8l2fD0wQ')!;
    assert.equal(first.creator, 'jane_doe');
    assert.equal(first.note, 'Which three? The article lists them below: *check each one*.');
    assert.deepEqual(first.tags, ['claims', 'iran']);
    assert.equal(first.kind, 'note');
    assert.equal(first.modified, '2018-08-14T09:15:02.004101+00:00');
    const fuzzy = result.anchored.find((a) => a.state === 'fuzzy')!;
    assert.match(text.slice(fuzzy.range!.start, fuzzy.range!.end), /North Kore could easily fill/);
    // Everything imported makes a valid sidecar.
    assert.doesNotThrow(() => serializeSidecar(mergeImported(sidecarOf(text, []), result.annotations).sidecar));
  });

  it('reads a Policy Lens sidecar and the JSON export as they are', () => {
    const { text, annotations } = sampleReview();
    const fromSidecar = importAnnotations(serializeSidecar(sidecarOf(text, annotations)), text, options);
    assert.ok(fromSidecar.ok && fromSidecar.format === 'policy-lens');
    assert.deepEqual(byId(fromSidecar.annotations), byId(annotations));
    const fromJson = importAnnotations(renderJson(sampleInput()), text, options);
    assert.ok(fromJson.ok && fromJson.format === 'policy-lens');
    assert.equal(fromJson.annotations.length, annotations.length);
  });

  it('fails with one line on files it cannot read', () => {
    const text = sampleText();
    const bad = importAnnotations('{"version": 1, "textHash": "nope", "annotations": []', text, options);
    assert.ok(!bad.ok && /not valid JSON/.test(bad.error));
    const invalid = importAnnotations('{"version": 1, "article": "a", "textHash": "nope", "annotations": []}', text, options);
    assert.ok(!invalid.ok && /sidecar.*textHash/.test(invalid.error));
    const nothing = importAnnotations('[]', text, options);
    assert.ok(!nothing.ok && /no annotations found/.test(nothing.error));
  });

  it('merges into a sidecar by id: newer wins, deleted ones come back when imported', () => {
    const { text, annotations } = sampleReview();
    const [a, b] = annotations;
    const edited = { ...a!, note: 'newer', modified: '2030-01-01T00:00:00.000Z' };
    const older = { ...b!, note: 'older', modified: '2000-01-01T00:00:00.000Z' };
    const base = { ...sidecarOf(text, [a!, b!]), deleted: [annotations[2]!.id] };
    const merged = mergeImported(base, [edited, older, annotations[2]!]);
    assert.deepEqual([merged.added, merged.updated, merged.unchanged], [1, 1, 1]);
    assert.equal(merged.sidecar.annotations.find((x) => x.id === a!.id)!.note, 'newer');
    assert.equal(merged.sidecar.annotations.find((x) => x.id === b!.id)!.note, b!.note);
    assert.deepEqual(merged.sidecar.deleted, []);
  });
});
