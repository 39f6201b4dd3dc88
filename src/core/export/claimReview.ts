// schema.org ClaimReview, what fact-checkers publish and search engines read: one per claim
// annotation with a verdict, in a JSON-LD @graph. The claim's author is its speaker when the
// analysis found an attribution, else the article's author; the appearance is the article.
import type { AnchoredAnnotation, Analysis, EntityType } from '../model';
import type { ExportInput } from './exportInput';
import { inReadingOrder, oneLine } from './reviewOrder';
import { reviewedClaims, speakerName } from './detections';
import { UNNAMED_SOURCES } from '../analysis/claims/attribution';
import { ratingOf } from './verdictScale';

const ORGANIZATION_TYPES: readonly EntityType[] = ['country', 'organization', 'place'];

/** Person or Organization, from the entity the analysis found where the speaker is named. */
function agentType(analysis: Analysis | undefined, speaker: { start: number; end: number } | undefined): 'Person' | 'Organization' {
  const m = speaker && analysis?.mentions.find((x) => x.start < speaker.end && x.end > speaker.start);
  return m && ORGANIZATION_TYPES.includes(m.type) ? 'Organization' : 'Person';
}

function reviewUrl(input: ExportInput, id: string): string {
  return input.reviewUrl ? `${input.reviewUrl}#claim-${id}` : `urn:policy-lens:annotation:${id}`;
}

/** ISO date (YYYY-MM-DD) of an ISO timestamp. */
const day = (iso: string) => iso.slice(0, 10);

export function claimReviews(input: ExportInput): object[] {
  const claims = reviewedClaims(input.anchored, input.analysis);
  const { metadata } = input;
  const appearance = {
    '@type': 'CreativeWork',
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(metadata.title ? { headline: metadata.title } : {}),
    ...(metadata.author ? { author: { '@type': 'Person', name: metadata.author } } : {}),
    ...(metadata.date ? { datePublished: metadata.date } : {}),
  };
  return inReadingOrder(input.anchored)
    .filter((x): x is AnchoredAnnotation & { annotation: { verdict: string } } => x.annotation.kind === 'claim-review' && !!x.annotation.verdict)
    .map(({ annotation: a }) => {
      const claim = claims.get(a.id);
      // "reportedly": the text names no one, so the claim is the article's own to answer for.
      const speaker = claim?.attribution?.speaker.canonical === UNNAMED_SOURCES ? undefined : speakerName(claim);
      const claimAuthor = speaker
        ? { '@type': agentType(input.analysis, claim?.attribution?.speaker), name: speaker }
        : metadata.author
          ? { '@type': 'Person', name: metadata.author }
          : undefined;
      const rating = ratingOf(a.verdict, input.verdicts);
      return {
        '@type': 'ClaimReview',
        url: reviewUrl(input, a.id),
        claimReviewed: oneLine(a.target.quote.exact),
        author: { '@type': 'Person', name: a.creator },
        datePublished: day(a.modified),
        reviewRating: { '@type': 'Rating', alternateName: a.verdict, ...(rating ?? {}) },
        itemReviewed: {
          '@type': 'Claim',
          ...(claimAuthor ? { author: claimAuthor } : {}),
          ...(metadata.date ? { datePublished: metadata.date } : {}),
          appearance,
        },
        ...(a.note ? { reviewBody: a.note } : {}),
      };
    });
}

export function renderClaimReview(input: ExportInput): string {
  return `${JSON.stringify({ '@context': 'https://schema.org', '@graph': claimReviews(input) }, null, 2)}\n`;
}
