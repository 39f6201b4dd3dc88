// Joins the reviewer's annotations with the machine's analysis: which detected claim a review
// speaks about (for the speaker), and which detections nobody reviewed yet. A reviewer often
// marks the checkable part of a sentence, not all of it, so a review belongs to the detected
// claim that holds most of it.
import type { Analysis, AnchoredAnnotation, Annotation, Claim, Mention, Span } from '../model';
import { isRejected } from '../review/match';

const MIN_SHARE = 0.6;

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The detected claim holding most (≥ 60%) of `range`. */
function claimHolding(range: Span, claims: readonly Claim[]): Claim | undefined {
  let best: Claim | undefined;
  let bestOverlap = MIN_SHARE * Math.max(1, range.end - range.start);
  for (const c of claims) {
    const o = overlap(range, c);
    if (o >= bestOverlap) [best, bestOverlap] = [c, o];
  }
  return best;
}

const speaksAboutClaim = (a: Annotation) => a.kind === 'claim-review' || (a.kind === 'rejected-suggestion' && !a.label?.entityType);

/** Analysis claim reviewed by each placed claim-review annotation, keyed by annotation id. */
export function reviewedClaims(anchored: readonly AnchoredAnnotation[], analysis: Analysis | undefined): Map<string, Claim> {
  const out = new Map<string, Claim>();
  if (!analysis) return out;
  for (const { annotation, range } of anchored) {
    const claim = range && annotation.kind === 'claim-review' ? claimHolding(range, analysis.claims) : undefined;
    if (claim) out.set(annotation.id, claim);
  }
  return out;
}

/** Detected claims (type other than 'none') that no annotation reviews or rejects. */
export function unreviewedClaims(anchored: readonly AnchoredAnnotation[], analysis: Analysis | undefined): Claim[] {
  if (!analysis) return [];
  const handled = new Set<Claim>();
  for (const { annotation, range } of anchored) {
    const claim = range && speaksAboutClaim(annotation) ? claimHolding(range, analysis.claims) : undefined;
    if (claim) handled.add(claim);
  }
  return analysis.claims.filter((c) => c.type !== 'none' && !handled.has(c));
}

/** Detected mentions that the reviewer neither rejected nor corrected (same span). */
export function unreviewedMentions(anchored: readonly AnchoredAnnotation[], analysis: Analysis | undefined): Mention[] {
  if (!analysis) return [];
  const placed = anchored.filter((a) => a.range);
  const corrected = new Set(
    placed.filter((a) => a.annotation.kind === 'entity-correction').map((a) => `${a.range!.start}:${a.range!.end}`),
  );
  return analysis.mentions.filter((m) => !isRejected(placed, m) && !corrected.has(`${m.start}:${m.end}`));
}

/** The speaker of a reviewed claim: its canonical name when known, else as written. */
export function speakerName(claim: Claim | undefined): string | undefined {
  const s = claim?.attribution?.speaker;
  return s ? (s.canonical ?? s.text) : undefined;
}
