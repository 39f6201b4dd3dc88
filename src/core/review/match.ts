// Which reviewer annotation speaks about which machine suggestion. Annotations follow their
// quote through edits while the analysis re-finds sentences, so the two spans can differ a
// little after an edit: a review matches a claim when each covers most of the other.
import type { AnchoredAnnotation, Mention, Span } from '../model';

const MIN_OVERLAP = 0.6;

function overlapShare(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return Math.min(inter / Math.max(1, a.end - a.start), inter / Math.max(1, b.end - b.start));
}

/** The claim review or claim rejection for `claim`, if any (the newest wins). */
export function claimReview(placed: readonly AnchoredAnnotation[], claim: Span): AnchoredAnnotation | undefined {
  let best: AnchoredAnnotation | undefined;
  for (const a of placed) {
    const k = a.annotation.kind;
    const forClaim = k === 'claim-review' || (k === 'rejected-suggestion' && !a.annotation.label?.entityType);
    if (!forClaim || !a.range || overlapShare(a.range, claim) < MIN_OVERLAP) continue;
    if (!best || a.annotation.modified > best.annotation.modified) best = a;
  }
  return best;
}

/** True when the reviewer rejected this entity suggestion. */
export function isRejected(placed: readonly AnchoredAnnotation[], mention: Mention): boolean {
  for (const a of placed) {
    if (a.annotation.kind !== 'rejected-suggestion' || !a.annotation.label?.entityType || !a.range) continue;
    if (a.range.start === mention.start && a.range.end === mention.end) return true;
  }
  return false;
}

/** Annotations that touch `span`, for hover cards. */
export function annotationsOn(placed: readonly AnchoredAnnotation[], span: Span): AnchoredAnnotation[] {
  return placed.filter((a) => a.range && a.range.start < span.end && a.range.end > span.start);
}
