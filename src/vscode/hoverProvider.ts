// Hover cards for entities and claims. Content is built in src/core/hover as plain data and
// rendered here; an entity inside a claim shows both cards, the entity first.
import * as vscode from 'vscode';
import type { AnchoredAnnotation, Annotation } from '../core/model';
import { claimAt, groupOf, mentionAt } from '../core/analysis/lookup';
import { claimCard, entityCard, type CardActions, type CardEntry } from '../core/hover/cards';
import { annotationsOn, claimReview, isRejected } from '../core/review/match';
import type { AnalysisService } from './analysisService';
import type { ReviewLookup } from './reviewLookup';
import { renderCard } from './renderCard';
import { readSettings } from './settings';

export interface HoverDeps {
  analyses: AnalysisService;
  reviews: ReviewLookup;
  /** Knowledge-base details for an entity id. */
  entry: (id: string) => (CardEntry & { name: string }) | undefined;
  threshold: number;
  /** Commands the cards may link to (only registered Policy Lens commands). */
  trustedCommands: () => readonly string[];
  entityActions: (uri: vscode.Uri, mentionIndex: number) => CardActions;
  claimActions: (uri: vscode.Uri, claimStart: number) => CardActions;
}

export class PolicyHoverProvider implements vscode.HoverProvider {
  constructor(private readonly deps: HoverDeps) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.deps.analyses.get(document);
    if (!analysis || !this.deps.analyses.isEnabledFor(document)) return undefined;
    const settings = readSettings(document.uri);
    const offset = document.offsetAt(position);
    const placed = this.deps.reviews.placed(document.uri);
    const trusted = this.deps.trustedCommands();
    const contents: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const hit = settings.showEntities ? mentionAt(analysis, offset) : undefined;
    if (hit && settings.entityTypes.includes(hit.mention.type) && !isRejected(placed, hit.mention)) {
      const m = hit.mention;
      const group = groupOf(analysis, m);
      const entry = m.entityId ? this.deps.entry(m.entityId) : undefined;
      contents.push(renderCard(entityCard({
        mention: m,
        group,
        ordinal: group ? group.mentions.indexOf(hit.index) : undefined,
        entry,
        resolveName: (id) => this.deps.entry(id)?.name,
        annotations: plain(annotationsOn(placed, m)),
        actions: this.deps.entityActions(document.uri, hit.index),
      }), trusted));
      range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
    }

    const claim = settings.showClaims ? claimAt(analysis, offset) : undefined;
    if (claim && claim.type !== 'none') {
      const review = claimReview(placed, claim);
      const reviewed = review?.annotation.kind === 'claim-review';
      const shown = reviewed || (settings.claimTypes.includes(claim.type) && claim.score >= settings.minScore);
      if (review?.annotation.kind !== 'rejected-suggestion' && shown) {
        contents.push(renderCard(claimCard({
          claim,
          threshold: this.deps.threshold,
          annotations: plain(annotationsOn(placed, claim).filter((a) => a.annotation.kind !== 'entity-correction')),
          actions: this.deps.claimActions(document.uri, claim.start),
        }), trusted));
        range ??= new vscode.Range(document.positionAt(claim.start), document.positionAt(claim.end));
      }
    }
    return contents.length ? new vscode.Hover(contents, range) : undefined;
  }
}

function plain(list: AnchoredAnnotation[]): Annotation[] {
  return list.map((a) => a.annotation);
}
