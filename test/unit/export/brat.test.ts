import * as assert from 'node:assert/strict';
import { buildExportInput, renderBrat } from '../../../src/core/export';
import { GENERATOR, annotate, emojiText, sampleInput, sidecarOf } from './fixtures';

interface BratSpan { id: string; type: string; fragments: [number, number][]; text: string }

function spans(ann: string): BratSpan[] {
  return ann.split('\n').filter((l) => l.startsWith('T')).map((l) => {
    const [id, typeAndOffsets, text] = l.split('\t');
    const [type, ...rest] = typeAndOffsets!.split(' ');
    const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    return { id: id!, type: type!, fragments, text: text! };
  });
}

describe('brat standoff export', () => {
  const text = emojiText();
  const cps = [...text];
  const slice = (s: number, e: number) => cps.slice(s, e).join('');
  const anns = [
    annotate(text, 'Pyongyang’s envoy', { kind: 'entity-correction', label: { entityType: 'person', canonical: 'Ri Yong-ho' }, note: 'named\tin KCNA\nreports' }),
    annotate(text, 'sanctions 😠 will fail\r\nwithin a year', { kind: 'claim-review', verdict: 'Partly supported', label: { claimType: 'prediction' }, tags: ['a', 'b'] }),
    annotate(text, 'Analysts 🤔 doubt it', { kind: 'note', note: 'who?' }),
  ];
  const ann = renderBrat(buildExportInput({ articleText: text, sidecar: sidecarOf(text, anns, 'emoji-article.txt'), generator: GENERATOR }));

  it('gives offsets in code points that select the annotated text after emoji', () => {
    const ts = spans(ann);
    assert.equal(ts.length, 3);
    assert.deepEqual(ts.map((t) => t.type), ['Person', 'Claim', 'Note']);
    for (const t of ts) for (const [s, e] of t.fragments) assert.ok(t.text.includes(slice(s, e)), `${t.id}: ${slice(s, e)}`);
    assert.equal(slice(...ts[0]!.fragments[0]!), 'Pyongyang’s envoy');
    assert.equal(slice(...ts[2]!.fragments[0]!), 'Analysts 🤔 doubt it');
  });

  it('splits a span across a line break into fragments and keeps newlines out of the text field', () => {
    const claim = spans(ann)[1]!;
    assert.deepEqual(claim.fragments.map(([s, e]) => slice(s, e)), ['sanctions 😠 will fail', 'within a year']);
    assert.equal(claim.text, 'sanctions 😠 will fail within a year');
    for (const line of ann.trimEnd().split('\n')) assert.equal(line.split('\t').length, line.startsWith('A') ? 2 : 3, line);
  });

  it('writes verdicts and claim types as attributes and notes as AnnotatorNotes', () => {
    assert.match(ann, /^A\d+\tVerdict T2 Partly_supported$/m);
    assert.match(ann, /^A\d+\tClaimType T2 prediction$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T1\tRi Yong-ho \| named in KCNA reports$/m);
    assert.match(ann, /^#\d+\tAnnotatorNotes T2\ttags: a, b$/m);
  });

  it('adds detections marked Detected when asked, and leaves orphans out', () => {
    const input = sampleInput({ analysis: true, includeDetections: true });
    const out = renderBrat(input);
    const ts = spans(out);
    const detected = new Set(out.split('\n').filter((l) => /^A\d+\tDetected /.test(l)).map((l) => l.split(' ')[1]));
    assert.ok(detected.size > 20);
    assert.ok(ts.some((t) => detected.has(t.id) && t.type === 'Country'));
    const sample = [...input.articleText];
    for (const t of ts) for (const [s, e] of t.fragments) assert.ok(t.text.includes(sample.slice(s, e).join('').replace(/\t/g, ' ')));
    const orphan = { ...anns[2]!, id: 'gone', target: { ...anns[2]!.target, quote: { exact: 'text that is nowhere', prefix: '', suffix: '' } } };
    const withOrphan = renderBrat(buildExportInput({ articleText: text, sidecar: sidecarOf(text, [orphan], 'emoji-article.txt'), generator: GENERATOR }));
    assert.equal(withOrphan, '');
  });
});
