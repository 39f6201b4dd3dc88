// Theme colour IDs declared in package.json `contributes.colors`. Decorations use them through
// `new vscode.ThemeColor(id)`; a unit test checks this table and the manifest match both ways.
// Plain data (no `vscode` import) so tests can load it without an editor.
import { DEFAULT_VERDICTS, type ClaimType, type EntityType } from '../core/model';

/** Tinted, translucent background per entity type. */
export const ENTITY_BACKGROUND = {
  person: 'policyLens.entity.personBackground',
  country: 'policyLens.entity.countryBackground',
  place: 'policyLens.entity.placeBackground',
  organization: 'policyLens.entity.organizationBackground',
  weapon: 'policyLens.entity.weaponBackground',
  date: 'policyLens.entity.dateBackground',
  event: 'policyLens.entity.eventBackground',
  quantity: 'policyLens.entity.quantityBackground',
} as const satisfies Record<EntityType, string>;

export type ClaimColorType = Exclude<ClaimType, 'none'>;

/** Underline and gutter bar per claim type ('none' is not a claim and has no colour). */
export const CLAIM_UNDERLINE = {
  factual: 'policyLens.claim.factualUnderline',
  statistical: 'policyLens.claim.statisticalUnderline',
  attributed: 'policyLens.claim.attributedUnderline',
  speculative: 'policyLens.claim.speculativeUnderline',
  recommendation: 'policyLens.claim.recommendationUnderline',
  prediction: 'policyLens.claim.predictionUnderline',
  opinion: 'policyLens.claim.opinionUnderline',
} as const satisfies Record<ClaimColorType, string>;

/** One slug per default verdict (in DEFAULT_VERDICTS order), plus 'other' for custom verdicts. */
export const VERDICT_SLUGS = ['supported', 'partlySupported', 'unsupported', 'misleading', 'false', 'unverifiable', 'opinion', 'other'] as const;
export type VerdictSlug = (typeof VERDICT_SLUGS)[number];

export const VERDICT_FOREGROUND = {
  supported: 'policyLens.verdict.supportedForeground',
  partlySupported: 'policyLens.verdict.partlySupportedForeground',
  unsupported: 'policyLens.verdict.unsupportedForeground',
  misleading: 'policyLens.verdict.misleadingForeground',
  false: 'policyLens.verdict.falseForeground',
  unverifiable: 'policyLens.verdict.unverifiableForeground',
  opinion: 'policyLens.verdict.opinionForeground',
  other: 'policyLens.verdict.otherForeground',
} as const satisfies Record<VerdictSlug, string>;

/** Dimmed text for boilerplate blocks (bylines, share links, "Most Popular" lists). */
export const BOILERPLATE_COLOR = 'policyLens.boilerplateForeground';

/** Marks for claims in the editor's overview ruler. */
export const CLAIM_RULER_COLOR = 'policyLens.claimOverviewRuler';

export const ALL_COLOR_IDS: readonly string[] = [
  ...Object.values(ENTITY_BACKGROUND),
  ...Object.values(CLAIM_UNDERLINE),
  ...Object.values(VERDICT_FOREGROUND),
  BOILERPLATE_COLOR,
  CLAIM_RULER_COLOR,
];

export function entityColorId(type: EntityType): string {
  return ENTITY_BACKGROUND[type];
}

export function claimColorId(type: ClaimColorType): string {
  return CLAIM_UNDERLINE[type];
}

export function verdictColorId(slug: VerdictSlug): string {
  return VERDICT_FOREGROUND[slug];
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const SLUG_BY_LABEL = new Map<string, VerdictSlug>(DEFAULT_VERDICTS.map((label, i) => [normalise(label), VERDICT_SLUGS[i]]));

/** 'Partly supported', 'partly-supported' → 'partlySupported'; a custom verdict → 'other'. */
export function verdictSlug(verdict: string): VerdictSlug {
  return SLUG_BY_LABEL.get(normalise(verdict)) ?? 'other';
}
