// Builds the entity and claim hover cards from analysis data and the reviewer's annotations.
import type { Annotation, Claim, EntityGroup, Mention } from '../model';
import { CLAIM_ICONS, CLAIM_LABELS, ENTITY_ICONS, ENTITY_LABELS } from './icons';
import { scoreBar, type CardAction, type CardPart, type HoverCard } from './card';

/** What the card needs to know of a knowledge-base entry (structural, so core/hover does not
 *  depend on the knowledge module's full type). */
export interface CardEntry {
  description?: string;
  roles?: { title: string; of?: string; from?: string; to?: string }[];
  wikidata?: string;
}

/** Actions offered on a card. Each is optional, so actions appear as their commands exist. */
export type CardActions = Partial<Record<'nextMention' | 'annotate' | 'notEntity' | 'addToKnowledge' | 'setVerdict' | 'editNote' | 'editTags' | 'accept' | 'reject', CardAction>>;

export interface EntityCardInput {
  mention: Mention;
  group?: EntityGroup;
  /** 0-based position of this mention among the group's mentions. */
  ordinal?: number;
  entry?: CardEntry;
  /** Names of related entities for the roles' `of` ids, resolved by the caller. */
  resolveName?: (id: string) => string | undefined;
  annotations?: readonly Annotation[];
  actions?: CardActions;
}

export function entityCard(input: EntityCardInput): HoverCard {
  const { mention: m, group, entry } = input;
  const parts: CardPart[] = [{ kind: 'title', icon: ENTITY_ICONS[m.type], kindLabel: ENTITY_LABELS[m.type], text: m.canonical }];
  if (entry?.description) parts.push({ kind: 'text', text: entry.description });
  const roles = (entry?.roles ?? []).map((r) => formatRole(r, input.resolveName));
  // A single role the description already states would only repeat it.
  const repeated = roles.length === 1 && !!entry?.description?.includes(entry.roles![0].title);
  if (roles.length && !repeated) parts.push(listOrField('Roles', roles));
  const written = normalizeSpace(m.text);
  if (written !== m.canonical) parts.push({ kind: 'field', label: 'Written here as', value: written });
  if (group && group.forms.length > 0) parts.push({ kind: 'field', label: 'Forms in this article', value: group.forms.join(', ') });
  const how = m.reasons.map((r) => r.detail);
  if (m.metonym) how.push(`metonym: "${m.text}" stands for ${m.canonical}`);
  if (m.confidence < 1) how.push(`confidence ${m.confidence.toFixed(2)}`);
  if (how.length) parts.push(listOrField('Recognised by', dedupe(how)));
  if (group) {
    const n = group.mentions.length;
    const at = input.ordinal !== undefined ? ` (this is ${input.ordinal + 1} of ${n})` : '';
    parts.push({ kind: 'field', label: 'Mentions', value: `${n} in this article${at}` });
  }
  pushReview(parts, input.annotations);
  pushActions(parts, input.actions, ['nextMention', 'annotate', 'notEntity', 'addToKnowledge']);
  return { parts };
}

export interface ClaimCardInput {
  claim: Claim;
  threshold: number;
  annotations?: readonly Annotation[];
  actions?: CardActions;
}

export function claimCard(input: ClaimCardInput): HoverCard {
  const c = input.claim;
  const parts: CardPart[] = [{ kind: 'title', icon: CLAIM_ICONS[c.type], kindLabel: CLAIM_LABELS[c.type], text: suggestionLabel(input.annotations) }];
  if (c.flags.length) parts.push({ kind: 'field', label: 'Also', value: c.flags.map((f) => CLAIM_LABELS[f].toLowerCase()).join(', ') });
  parts.push({
    kind: 'score',
    label: 'Check-worthiness',
    value: c.score,
    detail: c.checkworthy ? 'check-worthy' : `below the ${input.threshold.toFixed(2)} threshold`,
  });
  const a = c.attribution;
  if (a) {
    parts.push({ kind: 'field', label: 'Speaker', value: a.speaker.canonical && a.speaker.canonical !== a.speaker.text ? `${a.speaker.text} (${a.speaker.canonical})` : a.speaker.text });
    if (a.cue) parts.push({ kind: 'field', label: 'Cue', value: a.cue.text });
    if (a.quote) parts.push({ kind: 'field', label: 'Reported', value: clip(c.text.slice(a.quote.start - c.start, a.quote.end - c.start), 160) });
  }
  if (c.hedges.length) {
    parts.push({
      kind: 'list',
      label: 'Hedges',
      items: c.hedges.map((h) => (h.band ? `"${h.text}" → ${h.band.label} (${h.band.min}–${h.band.max}%)` : `"${h.text}"`)),
    });
  }
  if (c.entities.length) parts.push({ kind: 'field', label: 'Involves', value: c.entities.join(', ') });
  if (c.reasons.length) parts.push({ kind: 'list', label: 'Why', items: dedupe(c.reasons.map((r) => r.detail)) });
  pushReview(parts, input.annotations);
  pushActions(parts, input.actions, ['setVerdict', 'editNote', 'editTags', 'accept', 'reject']);
  return { parts };
}

function suggestionLabel(annotations: readonly Annotation[] | undefined): string {
  const review = annotations?.find((a) => a.kind === 'claim-review');
  if (review?.verdict) return `reviewed: ${review.verdict}`;
  if (review) return 'accepted, no verdict yet';
  return 'suggestion, not reviewed';
}

function pushReview(parts: CardPart[], annotations: readonly Annotation[] | undefined): void {
  if (!annotations?.length) return;
  parts.push({ kind: 'separator' });
  for (const a of annotations) {
    const head = [a.verdict ? `Verdict: ${a.verdict}` : undefined, `${a.kind.replace('-', ' ')} by ${a.creator}`, a.modified.slice(0, 10)]
      .filter(Boolean)
      .join(' · ');
    parts.push({ kind: 'text', text: head, italic: true });
    if (a.label?.canonical || a.label?.entityType || a.label?.claimType) {
      parts.push({ kind: 'field', label: 'Label', value: [a.label.claimType ?? a.label.entityType, a.label.canonical].filter(Boolean).join(': ') });
    }
    if (a.note) parts.push({ kind: 'field', label: 'Note', value: a.note });
    if (a.tags.length) parts.push({ kind: 'field', label: 'Tags', value: a.tags.join(', ') });
  }
}

function pushActions(parts: CardPart[], actions: CardActions | undefined, order: (keyof CardActions)[]): void {
  const list = order.map((k) => actions?.[k]).filter((x): x is CardAction => !!x);
  if (list.length) parts.push({ kind: 'actions', actions: list });
}

function formatRole(r: NonNullable<CardEntry['roles']>[number], resolve?: (id: string) => string | undefined): string {
  const of = r.of ? ` of ${resolve?.(r.of) ?? r.of}` : '';
  const span = r.from ? ` (${r.from.slice(0, 4)}–${r.to ? r.to.slice(0, 4) : ''})` : '';
  return `${r.title}${of}${span}`;
}

/** One item reads better on one line; several as a list. Keeps cards short enough to show whole. */
function listOrField(label: string, items: string[]): CardPart {
  return items.length === 1 ? { kind: 'field', label, value: items[0] } : { kind: 'list', label, items };
}

/** No-break and other spaces in the article should not make "Ri Yong-ho" look like a new form. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

export { scoreBar };
