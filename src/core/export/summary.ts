// The figures a report opens with, shared by the Markdown and HTML reports.
import type { AnchorState, Annotation, AnnotationKind } from '../model';
import type { ExportInput } from './exportInput';
import { labelType } from './reviewOrder';

export interface Count {
  name: string;
  count: number;
}

export interface ReviewSummary {
  annotations: number;
  byKind: Count[];
  /** Verdicts of claim reviews in the configured order, then any others, then "no verdict yet". */
  byVerdict: Count[];
  /** Claim or entity types of the annotations. */
  byType: Count[];
  byState: Count[];
  reviewers: string[];
}

export const NO_VERDICT = 'no verdict yet';

function tally(names: string[], order: readonly string[] = []): Count[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const known = order.filter((n) => counts.has(n));
  const rest = [...counts.keys()].filter((n) => !order.includes(n)).sort();
  return [...known, ...rest].map((name) => ({ name, count: counts.get(name)! }));
}

const KIND_ORDER: readonly AnnotationKind[] = ['claim-review', 'entity-correction', 'note', 'rejected-suggestion'];
const STATE_ORDER: readonly AnchorState[] = ['exact', 'moved', 'fuzzy', 'orphan'];

export function summarise(input: ExportInput): ReviewSummary {
  const annotations: Annotation[] = input.anchored.map((a) => a.annotation);
  const claims = annotations.filter((a) => a.kind === 'claim-review');
  return {
    annotations: annotations.length,
    byKind: tally(annotations.map((a) => a.kind), KIND_ORDER),
    byVerdict: tally(claims.map((a) => a.verdict ?? NO_VERDICT), [...input.verdicts, NO_VERDICT]),
    byType: tally(annotations.map(labelType).filter((t) => t)),
    byState: tally(input.anchored.map((a) => a.state), STATE_ORDER),
    reviewers: [...new Set(annotations.map((a) => a.creator))].sort(),
  };
}
