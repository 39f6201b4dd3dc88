// "Annotate Selection": a claim review, an entity correction or a free note on the selected
// text; asks for the kind, then the label (claim type, or entity type and canonical name),
// then an optional note.
import * as vscode from 'vscode';
import { CLAIM_TYPES, ENTITY_TYPES, type AnnotationLabel, type ClaimType, type EntityType } from '../core/model';
import { CLAIM_ICONS, CLAIM_LABELS, ENTITY_ICONS, ENTITY_LABELS } from '../core/hover/icons';
import { CommandIds } from './ids';
import { claimOf, mentionOf, resolveTarget, type AnnotationCommandContext, type AnnotationInput } from './annotationTarget';

type Kind = NonNullable<AnnotationInput['kind']>;

const KINDS: (vscode.QuickPickItem & { value: Kind })[] = [
  { value: 'claim-review', label: '$(law) Claim review', description: 'a claim to check: type now, verdict later' },
  { value: 'entity-correction', label: '$(symbol-class) Entity correction', description: 'what this name really is' },
  { value: 'note', label: '$(note) Note', description: 'a free remark on the passage' },
];

export function registerAnnotateSelection(ctx: AnnotationCommandContext): vscode.Disposable {
  return vscode.commands.registerCommand(CommandIds.annotateSelection, async (...args: unknown[]) => {
    const t = await resolveTarget(ctx, args);
    if (!t) return undefined;
    const mention = mentionOf(t);
    const claim = claimOf(t);
    const range = t.range ?? (mention && { start: mention.start, end: mention.end });
    if (!range) {
      void vscode.window.showInformationMessage('Policy Lens: select the text to annotate first.');
      return undefined;
    }
    const kind = t.input.kind ?? (await vscode.window.showQuickPick(KINDS, { title: 'Annotate selection', placeHolder: 'What kind of annotation?' }))?.value;
    if (!kind) return undefined;

    let label: AnnotationLabel | undefined;
    if (kind === 'claim-review') {
      const claimType = t.input.claimType ?? (await pickClaimType(claim?.type));
      if (!claimType) return undefined;
      label = { claimType };
    } else if (kind === 'entity-correction') {
      const entityType = t.input.entityType ?? (await pickEntityType(mention?.type));
      if (!entityType) return undefined;
      const selected = t.document.getText(new vscode.Range(t.document.positionAt(range.start), t.document.positionAt(range.end)));
      const canonical =
        t.input.canonical ??
        (await vscode.window.showInputBox({ title: 'Canonical name', prompt: 'The entity this text refers to', value: mention?.canonical ?? selected.trim() }));
      if (canonical === undefined) return undefined;
      label = canonical.trim() ? { entityType, canonical: canonical.trim() } : { entityType };
    }

    const note = 'note' in t.input ? t.input.note : await vscode.window.showInputBox({ title: 'Note (optional, Markdown)', prompt: 'Leave empty for none' });
    if (note === undefined && !('note' in t.input)) return undefined;
    const created = await ctx.store.add(t.document, {
      kind,
      range,
      label,
      verdict: t.input.verdict,
      note: note?.trim() ? note : undefined,
      tags: t.input.tags,
    });
    return created?.id;
  });
}

async function pickClaimType(suggested: ClaimType | undefined): Promise<ClaimType | undefined> {
  const items = CLAIM_TYPES.filter((c) => c !== 'none').map((c) => ({ label: `$(${CLAIM_ICONS[c]}) ${CLAIM_LABELS[c]}`, type: c, picked: c === suggested }));
  items.sort((a, b) => Number(b.picked) - Number(a.picked));
  return (await vscode.window.showQuickPick(items, { title: 'Claim type', placeHolder: suggested ? `Policy Lens suggests ${CLAIM_LABELS[suggested]}` : 'Choose a claim type' }))?.type;
}

async function pickEntityType(suggested: EntityType | undefined): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((e) => ({ label: `$(${ENTITY_ICONS[e]}) ${ENTITY_LABELS[e]}`, type: e, picked: e === suggested }));
  items.sort((a, b) => Number(b.picked) - Number(a.picked));
  return (await vscode.window.showQuickPick(items, { title: 'Entity type', placeHolder: suggested ? `Policy Lens suggests ${ENTITY_LABELS[suggested]}` : 'Choose an entity type' }))?.type;
}
