// The editor's light-theme colours (package.json `contributes.colors`, light defaults), so the
// HTML report looks like the highlighted article in VS Code. A unit test keeps them equal.
import { DEFAULT_VERDICTS, type ClaimType, type EntityType } from '../model';

export const ENTITY_TINT: Record<EntityType, string> = {
  person: '#2F6FDB2E',
  country: '#1F883D2E',
  place: '#0E8A932E',
  organization: '#8250DF2E',
  weapon: '#CF222E2E',
  date: '#9A7B002E',
  event: '#BF39892E',
  quantity: '#BC4C002E',
};

export const CLAIM_UNDERLINE: Record<Exclude<ClaimType, 'none'>, string> = {
  factual: '#0066CC',
  statistical: '#9A6700',
  attributed: '#8239B8',
  speculative: '#0E7C66',
  recommendation: '#C2462E',
  prediction: '#A3289F',
  opinion: '#6A737D',
};

/** One per default verdict, in DEFAULT_VERDICTS order, then 'other' for custom verdicts. */
export const VERDICT_COLOR = {
  supported: '#1A7F37',
  partlySupported: '#9A6700',
  unsupported: '#BC4C00',
  misleading: '#BF3989',
  false: '#CF222E',
  unverifiable: '#8250DF',
  opinion: '#0969DA',
  other: '#57606A',
} as const;
export type VerdictSlug = keyof typeof VERDICT_COLOR;

export const BOILERPLATE_COLOR = '#6E7781A6';

const SLUGS = Object.keys(VERDICT_COLOR) as VerdictSlug[];
const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** 'Partly supported' → 'partlySupported'; a custom verdict → 'other' (as the editor does). */
export function verdictSlug(verdict: string): VerdictSlug {
  const i = DEFAULT_VERDICTS.findIndex((v) => normalise(v) === normalise(verdict));
  return i >= 0 ? SLUGS[i]! : 'other';
}
