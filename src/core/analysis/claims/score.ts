// Claim score: the check-worthiness model's log-odds, shifted by what the claim cues say.
// The model learned from debate speech, which transfers poorly to news, so the cues carry the
// distinctions fact-checkers make: numbers and reported statements are checkable; predictions,
// hedges, recommendations and opinions much less so (Full Fact treats predictions as not checkable).
import type { ClaimType, Reason } from '../../model';
import { CHECKWORTHY_THRESHOLD, sigmoid } from './checkworthiness';

/** Log-odds shift for the primary type. */
const PRIMARY: Record<ClaimType, number> = {
  statistical: 0.8,
  attributed: 0.5,
  factual: 0,
  prediction: -0.5,
  speculative: -0.7,
  recommendation: -1.5,
  opinion: -1.5,
  none: -3,
};
/** Smaller shifts for secondary flags: a hedged statistic is still partly checkable. */
const FLAG: Partial<Record<ClaimType, number>> = {
  statistical: 0.4,
  attributed: 0.3,
  speculative: -0.3,
  opinion: -0.3,
};
const ENTITY_BONUS = 0.2;

export interface Scored {
  score: number;
  checkworthy: boolean;
  reasons: Reason[];
}

// The reason texts' fixed parts, made once: this runs for every sentence of a long report.
const PRIMARY_PART = Object.fromEntries(Object.entries(PRIMARY).map(([t, d]) => [t, d ? `${t} ${signed(d)}` : ''])) as Record<ClaimType, string>;
const FLAG_PART = Object.fromEntries(Object.entries(FLAG).map(([t, d]) => [t, `${t} flag ${signed(d!)}`])) as Partial<Record<ClaimType, string>>;
const ENTITY_PART = `names an entity ${signed(ENTITY_BONUS)}`;
const THRESHOLD_TEXT = CHECKWORTHY_THRESHOLD.toFixed(2);

export function combineScore(logit: number, type: ClaimType, flags: readonly ClaimType[], entityCount: number): Scored {
  const model = sigmoid(logit);
  let shift = PRIMARY[type];
  let how = PRIMARY_PART[type];
  for (const f of flags) {
    const d = FLAG[f];
    if (d) {
      shift += d;
      how = how ? `${how}, ${FLAG_PART[f]}` : FLAG_PART[f]!;
    }
  }
  if (entityCount > 0 && type !== 'none') {
    shift += ENTITY_BONUS;
    how = how ? `${how}, ${ENTITY_PART}` : ENTITY_PART;
  }
  const score = round(sigmoid(logit + shift));
  const checkworthy = type !== 'none' && score >= CHECKWORTHY_THRESHOLD;
  const reasons: Reason[] = [
    { kind: 'model-score', detail: `check-worthiness model ${model.toFixed(2)}`, value: round(model) },
    {
      kind: 'score',
      detail: `score ${how ? `${how} log-odds → ` : ''}${score.toFixed(2)} ${checkworthy ? '≥' : '<'} threshold ${THRESHOLD_TEXT}${checkworthy ? ': check-worthy' : ''}`,
      value: score,
    },
  ];
  return { score, checkworthy, reasons };
}

function signed(x: number): string {
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
