// A numeric rating for each verdict, for ClaimReview's ratingValue. The configured verdict
// list is read best first; verdicts that say a claim cannot be rated on a true–false scale
// (Unverifiable, Opinion, Not rated, Satire) stay off the scale and get only their name.
// With the default list: Supported 5, Partly supported 4, Unsupported 3, Misleading 2,
// False 1 (bestRating 5, worstRating 1); Unverifiable and Opinion: no number.

const OFF_SCALE = new Set(['unverifiable', 'unverified', 'opinion', 'notrated', 'notaclaim', 'satire']);
const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export interface Rating {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
}

export function isOffScale(verdict: string): boolean {
  return OFF_SCALE.has(normalise(verdict));
}

/** The numeric rating of `verdict` within `verdicts`, or undefined (off the scale or not in the list). */
export function ratingOf(verdict: string, verdicts: readonly string[]): Rating | undefined {
  const scale = verdicts.filter((v) => !isOffScale(v)).map(normalise);
  const i = scale.indexOf(normalise(verdict));
  if (i < 0) return undefined;
  return { ratingValue: scale.length - i, bestRating: scale.length, worstRating: 1 };
}
