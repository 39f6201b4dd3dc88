// Sentence → Claim: a primary type, secondary flags, hedges with estimative bands, the
// attribution, a check-worthiness score, and a reason for every cue that decided it.
//
// Primary type by precedence: not-a-claim checks first (boilerplate, questions, courtesies,
// meta sentences, verbless fragments, plain headlines); then attributed > recommendation >
// speculative > prediction > statistical > opinion > factual. Every other type whose cues were
// found becomes a flag, so "officials warned that prices will rise 5%" is attributed with
// prediction and statistical flags.
import type { Claim, ClaimType, Hedge, Mention, Reason, Sentence } from '../../model';
import { checkworthinessLogit } from './checkworthiness';
import { findAttribution } from './attribution';
import {
  cueFamilies,
  findHedges,
  findOpinion,
  findPredictions,
  findRecommendations,
  findStatistics,
  HEDGE_CUES,
  isFragment,
  isQuestion,
  META_CUES,
  meta,
  OPINION_CUES,
  phatic,
  PREDICT_CUES,
  RECOMMEND_CUES,
  REPORT_CUES,
  STAT_CUES,
} from './cues';
import { createFeatureBuffer } from './features';
import { describeBand } from './estimative';
import { combineScore } from './score';

export { checkworthiness, CHECKWORTHY_THRESHOLD } from './checkworthiness';
export { ESTIMATIVE_BANDS, bandFor } from './estimative';

const PRECEDENCE: ClaimType[] = ['attributed', 'recommendation', 'speculative', 'prediction', 'statistical', 'opinion'];
const buffer = createFeatureBuffer();
/** Opinion needs a stance or a judgement (2), or two loaded words; one intensifier is not enough. */
const OPINION_STRENGTH = 2;

export function classifySentence(prose: string, sentence: Sentence, mentions: readonly Mention[]): Claim {
  const base = sentence.start;
  const raw = prose.slice(sentence.start, sentence.end);
  // Same length, so local offsets still hold: no-break spaces and newlines become plain spaces.
  const s = /[^\S ]/.test(raw) ? raw.replace(/\s/g, ' ') : raw;
  const entities = distinctCanonical(mentions);
  const make = (type: ClaimType, flags: ClaimType[], reasons: Reason[], hedges: Hedge[] = [], attribution?: Claim['attribution']): Claim => {
    // Built field by field, not spread: one object shape for every claim keeps this cheap.
    const claim: Claim = { start: sentence.start, end: sentence.end, text: sentence.text, type, flags, score: 0, checkworthy: false, hedges, entities, reasons };
    if (attribution) claim.attribution = attribution;
    return claim;
  };

  if (sentence.boilerplate) return make('none', [], [{ kind: 'boilerplate', detail: 'boilerplate: not article text' }]);

  const logit = checkworthinessLogit(s, buffer);
  const cues = cueFamilies(buffer, s);
  const notClaim = notAClaim(s, cues, buffer.tokenCount);
  if (notClaim) return finish(make('none', [], [notClaim]), logit);

  const reasons: Reason[] = [];
  const found = new Set<ClaimType>();

  const attribution = cues & REPORT_CUES ? findAttribution(s, base, mentions, prose) : undefined;
  if (attribution) {
    found.add('attributed');
    reasons.push(attribution.reason);
  }

  for (const r of cues & RECOMMEND_CUES ? findRecommendations(s) : []) {
    found.add('recommendation');
    reasons.push({ kind: 'modal', detail: `${r.reported ? 'reported call' : 'modal'} "${r.text}" → recommendation` });
  }

  const hedges: Hedge[] = (cues & HEDGE_CUES ? findHedges(s) : []).map((h) => {
    found.add('speculative');
    reasons.push({ kind: 'hedge', detail: h.band ? `hedge "${h.text}" → ${describeBand(h.band)}` : `hedge "${h.text}"` });
    return { start: base + h.start, end: base + h.end, text: raw.slice(h.start, h.end), ...(h.band ? { band: h.band } : {}) };
  });

  for (const p of cues & PREDICT_CUES ? findPredictions(s) : []) {
    found.add('prediction');
    reasons.push({ kind: 'future', detail: `future "${p.text}" → prediction` });
  }

  for (const st of cues & STAT_CUES ? findStatistics(s) : []) {
    found.add('statistical');
    reasons.push({ kind: 'statistic', detail: `${st.kind} "${st.text}" → statistical` });
  }
  if (!found.has('statistical')) {
    const q = mentions.find((m) => m.type === 'quantity');
    if (q) {
      found.add('statistical');
      reasons.push({ kind: 'statistic', detail: `quantity "${q.text}" → statistical` });
    }
  }

  let strength = 0;
  const opinionReasons: Reason[] = [];
  for (const o of cues & OPINION_CUES ? findOpinion(s, cues) : []) {
    strength += o.kind === 'loaded' ? 1 : 2;
    opinionReasons.push({ kind: 'opinion', detail: `${o.kind === 'stance' ? 'stance' : o.kind === 'judgement' ? 'judgement' : 'evaluative'} "${o.text}"` });
  }
  if (strength >= OPINION_STRENGTH) {
    found.add('opinion');
    reasons.push(...opinionReasons.map((r) => ({ ...r, detail: `${r.detail} → opinion` })));
  }

  if (sentence.headline && !found.has('attributed') && !found.has('statistical') && !found.has('prediction')) {
    return finish(make('none', [], [...reasons, { kind: 'headline', detail: 'headline without a reported, numeric or future claim' }]), logit);
  }

  const type = PRECEDENCE.find((t) => found.has(t)) ?? 'factual';
  if (type === 'factual') reasons.push({ kind: 'factual', detail: 'declarative sentence with no hedge, modal, quotation or number cue → factual' });
  const flags = PRECEDENCE.filter((t) => t !== type && found.has(t));
  return finish(make(type, flags, reasons, hedges, attribution?.attribution), logit);
}

function finish(claim: Claim, logit: number): Claim {
  const scored = combineScore(logit, claim.type, claim.flags, claim.entities.length);
  claim.score = scored.score;
  claim.checkworthy = scored.checkworthy;
  claim.reasons.push(...scored.reasons);
  return claim;
}

/** Credits and figure notes of reports: "Author(s): Kerr, Paul K.", "Sources: CRS.", "Note: ...". */
const APPARATUS = /^\s*((?:Author|Source|Note|Credit|Photo|Image)(?:\(s\)|s)?)\s*:/i;
/** "In June 2023, the Army reported," before a block quotation. */
const LEAD_IN = /([,:])["'”’)]?\s*$/;

function notAClaim(s: string, cues: number, tokenCount: number): Reason | undefined {
  if (isQuestion(s)) return { kind: 'question', detail: 'question: not a claim' };
  const courtesy = phatic(s);
  if (courtesy) return { kind: 'courtesy', detail: `courtesy "${courtesy.text}": not a claim` };
  const about = cues & META_CUES ? meta(s) : undefined;
  if (about) return { kind: 'meta', detail: `meta sentence "${about.text.trim()}": about the text, not a claim` };
  if (tokenCount <= 4 && isFragment(s)) return { kind: 'fragment', detail: 'fragment with no verb: not a claim' };
  const label = APPARATUS.exec(s);
  if (label) return { kind: 'apparatus', detail: `"${label[1]}" line: credits or notes, not a claim` };
  // A list item may end with a comma and still claim something; a reporting lead-in or a short
  // introductory phrase does not.
  const lead = LEAD_IN.exec(s);
  if (lead && (lead[1] === ':' || cues & REPORT_CUES || tokenCount <= 10)) return { kind: 'lead-in', detail: 'lead-in to a quotation or list (ends with "," or ":"): not a claim by itself' };
  return undefined;
}

function distinctCanonical(mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) if (!out.includes(m.canonical)) out.push(m.canonical);
  return out;
}
