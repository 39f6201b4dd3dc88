// Words that are real English words or names on their own, so a capitalised one is not a typo
// of a knowledge-base name ("Columbia" is not a misspelt Colombia). Shares the pattern
// recogniser's lexicon (src/core/analysis/entities) rather than shipping a second copy.
import { COMMON, GEO, GIVEN_NAMES, SURNAMES } from '../analysis/entities/lexicon';

/** Real names that sit one edit away from a knowledge-base name. */
const LOOKALIKES = new Set('columbia|columbian|islander|islanders|holland|philippine|austrian|sudanese|georgian|nigerian|indiana|indianan|jordanian|moroccan'.split('|'));

export function isKnownWord(lower: string): boolean {
  return LOOKALIKES.has(lower) || COMMON.has(lower) || GEO.has(lower) || GIVEN_NAMES.has(lower) || SURNAMES.has(lower);
}
