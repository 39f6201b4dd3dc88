// Codicons per entity and claim type, shared by hover cards, tree views and quick picks.
import type { ClaimType, EntityType } from '../model';

export const ENTITY_ICONS: Record<EntityType, string> = {
  person: 'person',
  country: 'globe',
  place: 'location',
  organization: 'organization',
  weapon: 'rocket',
  date: 'calendar',
  event: 'milestone',
  quantity: 'symbol-number',
};

export const CLAIM_ICONS: Record<ClaimType, string> = {
  factual: 'info',
  statistical: 'graph',
  attributed: 'quote',
  speculative: 'question',
  recommendation: 'lightbulb',
  prediction: 'telescope',
  opinion: 'comment',
  none: 'circle-slash',
};

export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'Person',
  country: 'Country',
  place: 'Place',
  organization: 'Organization',
  weapon: 'Weapon system',
  date: 'Date',
  event: 'Event',
  quantity: 'Quantity',
};

export const CLAIM_LABELS: Record<ClaimType, string> = {
  factual: 'Factual claim',
  statistical: 'Statistical claim',
  attributed: 'Attributed claim',
  speculative: 'Speculative claim',
  recommendation: 'Recommendation',
  prediction: 'Prediction',
  opinion: 'Opinion',
  none: 'Not a claim',
};
