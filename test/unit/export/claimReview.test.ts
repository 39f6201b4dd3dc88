import * as assert from 'node:assert/strict';
import { buildExportInput, claimReviews, ratingOf, renderClaimReview } from '../../../src/core/export';
import { DEFAULT_VERDICTS, type Analysis, type Claim } from '../../../src/core/model';
import { GENERATOR, annotate, locate, sampleText, sidecarOf } from './fixtures';

type Review = {
  '@type': string;
  url: string;
  claimReviewed: string;
  author: { '@type': string; name: string };
  datePublished: string;
  reviewRating: { '@type': string; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: { '@type': string; author?: { '@type': string; name: string }; datePublished?: string; appearance: { url?: string; headline?: string } };
};

const METADATA = { title: 'Iran-North Korea meeting', url: 'https://example.org/article', author: 'David Maxwell', date: '2018-08-14' };
const CLAIM = 'Iran’s Supreme Leader has “ban[ed] holding any talks with America”';

/** A hand-built analysis: the sentence with the Supreme Leader's ban, attributed to him. */
function handAnalysis(text: string): Analysis {
  const sentence = locate(text, 'Conversely, Iran and the U.S. continue to trade barbs publicly, and Iran’s Supreme Leader has “ban[ed] holding any talks with America”');
  const speaker = locate(text, 'Supreme Leader');
  const claim: Claim = {
    ...sentence, text: text.slice(sentence.start, sentence.end), type: 'attributed', flags: [], score: 0.8, checkworthy: true,
    attribution: { speaker: { ...speaker, text: 'Supreme Leader', canonical: 'Ali Khamenei' } }, hedges: [], entities: ['Iran'], reasons: [],
  };
  const mention = { ...speaker, text: 'Supreme Leader', type: 'person' as const, canonical: 'Ali Khamenei', confidence: 1, reasons: [] };
  return { format: 'plaintext', metadata: {}, blocks: [], sentences: [], mentions: [mention], groups: [], claims: [claim] };
}

function reviewsFor(verdicts: readonly string[], list: readonly string[] = DEFAULT_VERDICTS): Review[] {
  const text = sampleText();
  const annotations = verdicts.map((verdict, i) => annotate(text, CLAIM, { kind: 'claim-review', verdict, creator: `Reviewer ${i}`, modified: '2025-03-04T12:00:00.000Z' }));
  const input = buildExportInput({ articleText: text, sidecar: { ...sidecarOf(text, annotations), metadata: METADATA }, analysis: handAnalysis(text), verdicts: list, generator: GENERATOR, reviewUrl: 'https://factcheck.example/reviews/42' });
  return claimReviews(input) as Review[];
}

describe('ClaimReview export', () => {
  it('has the required and recommended fields for every default verdict', () => {
    const reviews = reviewsFor(DEFAULT_VERDICTS);
    assert.equal(reviews.length, DEFAULT_VERDICTS.length);
    reviews.forEach((r, i) => {
      assert.equal(r['@type'], 'ClaimReview');
      assert.match(r.url, /^https:\/\/factcheck\.example\/reviews\/42#claim-/);
      assert.match(r.claimReviewed, /^Iran’s Supreme Leader has “ban\[ed\] holding any talks with America”$/);
      assert.equal(r.reviewRating['@type'], 'Rating');
      assert.equal(r.reviewRating.alternateName, DEFAULT_VERDICTS[i]);
      assert.deepEqual(r.author, { '@type': 'Person', name: `Reviewer ${i}` });
      assert.equal(r.datePublished, '2025-03-04');
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.deepEqual(r.itemReviewed.author, { '@type': 'Person', name: 'Ali Khamenei' }, 'the speaker, not the article author');
      assert.equal(r.itemReviewed.appearance.url, METADATA.url);
      assert.equal(r.itemReviewed.appearance.headline, METADATA.title);
      assert.equal(r.itemReviewed.datePublished, METADATA.date);
    });
  });

  it('maps the verdict list onto a 5-point scale, best first, leaving unratable verdicts off it', () => {
    const ratings = reviewsFor(DEFAULT_VERDICTS).map((r) => r.reviewRating);
    assert.deepEqual(ratings.map((r) => r.ratingValue), [5, 4, 3, 2, 1, undefined, undefined]);
    for (const r of ratings.slice(0, 5)) assert.deepEqual([r.bestRating, r.worstRating], [5, 1]);
    assert.deepEqual(ratingOf('Pants on Fire', ['True', 'Mostly True', 'Half True', 'Mostly False', 'False', 'Pants on Fire']), { ratingValue: 1, bestRating: 6, worstRating: 1 });
    assert.equal(ratingOf('Not in the list', DEFAULT_VERDICTS), undefined);
  });

  it('skips claims without a verdict and other kinds; the article author stands in when no speaker is known', () => {
    const text = sampleText();
    const annotations = [
      annotate(text, 'three provocative statements did result from the meetings', { kind: 'claim-review', verdict: 'False' }),
      annotate(text, 'It is unknown if the meetings were planned', { kind: 'claim-review' }),
      annotate(text, 'Ri Yong-ho', { kind: 'entity-correction', verdict: 'False', label: { entityType: 'person' } }),
    ];
    const doc = JSON.parse(renderClaimReview(buildExportInput({ articleText: text, sidecar: { ...sidecarOf(text, annotations), metadata: METADATA }, generator: GENERATOR })));
    assert.equal(doc['@context'], 'https://schema.org');
    assert.equal(doc['@graph'].length, 1);
    assert.deepEqual(doc['@graph'][0].itemReviewed.author, { '@type': 'Person', name: 'David Maxwell' });
    assert.match(doc['@graph'][0].url, /^urn:policy-lens:annotation:/);
  });
});
