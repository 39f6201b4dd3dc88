import * as assert from 'node:assert/strict';
import { buildExportInput, defaultExportName, exportFormat, exportFormats, renderJson } from '../../../src/core/export';
import { GENERATOR, sampleInput, sampleText, sidecarOf } from './fixtures';

describe('export formats table', () => {
  it('has one entry per format with a distinct id and extension', () => {
    assert.deepEqual(exportFormats.map((f) => f.id), ['csv', 'json', 'w3c', 'claimreview', 'brat', 'md', 'html']);
    assert.equal(new Set(exportFormats.map((f) => f.extension)).size, exportFormats.length);
    assert.equal(defaultExportName('iran.txt', exportFormat('html')!), 'iran.review.html');
    assert.equal(defaultExportName('notes.policy.md', exportFormat('brat')!), 'notes.policy.ann');
    assert.equal(defaultExportName('README', exportFormat('csv')!), 'README.csv');
  });

  it('renders an article with no annotations in every format', () => {
    const text = sampleText();
    const input = buildExportInput({ articleText: text, sidecar: sidecarOf(text, []), generator: GENERATOR });
    const out = Object.fromEntries(exportFormats.map((f) => [f.id, f.render(input)]));
    assert.equal(out.csv, '\ufeffid,kind,label,canonical,verdict,quote,line,start,end,note,tags,creator,created,modified,state\r\n');
    assert.equal(JSON.parse(out.w3c!).total, 0);
    assert.deepEqual(JSON.parse(out.claimreview!)['@graph'], []);
    assert.equal(out.brat, '');
    assert.match(out.md!, /No annotations yet\./);
    assert.match(out.html!, /No annotations yet\./);
  });

  it('JSON keeps the sidecar as stored, the anchoring states, and the analysis only when asked', () => {
    const plain = JSON.parse(renderJson(sampleInput({ analysis: true })));
    assert.equal(plain.analysis, undefined);
    assert.equal(plain.sidecar.annotations.length, 5);
    assert.deepEqual(new Set(plain.anchoring.map((a: { state: string }) => a.state)), new Set(['exact']));
    const full = JSON.parse(renderJson(sampleInput({ analysis: true, includeDetections: true })));
    assert.ok(full.analysis.mentions.length > 20);
  });
});
